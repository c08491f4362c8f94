/** Several property decorators as one, so a field's rules are written once for create and update. */
export function rules(...decorators: PropertyDecorator[]): () => PropertyDecorator {
  return () => (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
