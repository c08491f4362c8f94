import { API_PREFIX } from '@pbx/contracts';

/** `/api/<segment>/<segment>…` with each segment URI-encoded. */
export function apiUrl(...segments: readonly string[]): string {
  return `/${API_PREFIX}/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}
