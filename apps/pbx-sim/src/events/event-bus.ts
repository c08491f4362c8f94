// Delivers events to the websocket of each Stasis application, stamped per app as Asterisk does.
import type { WebSocket } from 'ws';
import { asteriskTime } from '../time/scheduler';

export const ASTERISK_ID = '02:fc:00:00:00:01';

export type EventPayload = Record<string, unknown>;

export class EventBus {
  private readonly sockets = new Map<string, WebSocket>();
  private readonly all = new Set<string>();
  private readonly listeners = new Set<(app: string, event: EventPayload) => void>();

  constructor(private readonly now: () => number) {}

  /** Registers an app's websocket; a second socket for the same app replaces the first. */
  register(app: string, ws: WebSocket, subscribeAll: boolean): void {
    const old = this.sockets.get(app);
    if (old && old !== ws) {
      this.sendTo(old, { type: 'ApplicationReplaced', timestamp: asteriskTime(this.now()), application: app });
    }
    this.sockets.set(app, ws);
    if (subscribeAll) this.all.add(app);
    else this.all.delete(app);
  }

  unregister(app: string, ws: WebSocket): void {
    if (this.sockets.get(app) === ws) {
      this.sockets.delete(app);
      this.all.delete(app);
    }
  }

  isRegistered(app: string): boolean {
    return this.sockets.has(app);
  }

  apps(): string[] {
    return [...this.sockets.keys()];
  }

  /** Test and tooling hook: sees every event as delivered to each app. */
  onEvent(fn: (app: string, event: EventPayload) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  publish(type: string, body: EventPayload, apps: Iterable<string>): void {
    const targets = new Set(apps);
    for (const a of this.all) targets.add(a);
    if (targets.size === 0) return;
    const timestamp = asteriskTime(this.now());
    for (const app of targets) {
      const event = { type, timestamp, ...body, asterisk_id: ASTERISK_ID, application: app };
      for (const l of this.listeners) l(app, event);
      const ws = this.sockets.get(app);
      if (ws) this.sendTo(ws, event);
    }
  }

  closeAll(): void {
    for (const ws of this.sockets.values()) ws.terminate();
    this.sockets.clear();
  }

  private sendTo(ws: WebSocket, event: EventPayload): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
  }
}
