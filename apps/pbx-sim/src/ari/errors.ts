// ARI error replies: Asterisk answers {"message": …} (and {"error": …} for allocation failures).
export class AriError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly key: 'message' | 'error' = 'message',
  ) {
    super(message);
  }

  body(): Record<string, string> {
    return { [this.key]: this.message };
  }
}

export const notFound = (what: string) => new AriError(404, `${what} not found`);
export const notInStasis = () => new AriError(409, 'Channel not in Stasis application');
