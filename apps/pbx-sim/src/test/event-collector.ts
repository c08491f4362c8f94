// Test helper: a raw ARI event websocket that records events and waits for one matching.
import WebSocket from 'ws';

export type AriEvent = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class EventCollector {
  readonly events: AriEvent[] = [];
  private waiters: { pred: (e: AriEvent) => boolean; resolve: (e: AriEvent) => void }[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const e = JSON.parse(String(data)) as AriEvent;
      this.events.push(e);
      this.waiters = this.waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
    });
  }

  static async open(ariUrl: string, app = 'pbx', user = 'pbx', password = 'pbx'): Promise<EventCollector> {
    const ws = new WebSocket(`${ariUrl.replace(/^http/, 'ws')}/events?app=${app}&api_key=${user}:${password}`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new EventCollector(ws);
  }

  /** Resolves with the first event (already seen or future) matching pred. */
  waitFor(pred: (e: AriEvent) => boolean, timeoutMs = 5000): Promise<AriEvent> {
    const seen = this.events.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for event')), timeoutMs);
      this.waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  close(): void {
    this.ws.close();
  }
}

/** Plain ARI HTTP call with Basic auth; returns status and parsed body. */
export async function ari(ariUrl: string, method: string, path: string, query: Record<string, string | number> = {}, body?: unknown) {
  const url = new URL(ariUrl + path);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { Authorization: `Basic ${Buffer.from('pbx:pbx').toString('base64')}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: (text ? JSON.parse(text) : null) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
