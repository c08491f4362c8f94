// ARI credentials: HTTP Basic or ?api_key=user:password, as Asterisk's http server accepts.
import type { IncomingMessage } from 'node:http';

export interface Credentials {
  user: string;
  password: string;
}

export function isAuthorized(req: IncomingMessage, creds: Credentials): boolean {
  const url = new URL(req.url ?? '/', 'http://x');
  const apiKey = url.searchParams.get('api_key');
  if (apiKey !== null) return apiKey === `${creds.user}:${creds.password}`;
  const header = req.headers.authorization ?? '';
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  return decoded === `${creds.user}:${creds.password}`;
}
