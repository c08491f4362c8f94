// The /ari/events websocket: authenticates, registers the apps named in ?app=, and keeps
// them registered while the socket is open.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Credentials } from '../ari/auth';
import { isAuthorized } from '../ari/auth';
import type { EventBus } from './event-bus';

const TRUE = new Set(['yes', 'true', 'y', 't', '1', 'on']);

function reject(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ message });
  socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function eventsUpgrade(bus: EventBus, creds: Credentials): { handle: (req: IncomingMessage, socket: Duplex, head: Buffer) => void; close: () => void } {
  const wss = new WebSocketServer({ noServer: true });
  return {
    handle(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/ari/events') return reject(socket, 404, 'Resource not found');
      if (!isAuthorized(req, creds)) return reject(socket, 401, 'Authentication required');
      const apps = (url.searchParams.get('app') ?? '').split(',').filter(Boolean);
      if (!apps.length) return reject(socket, 400, 'Missing parameter app');
      const subscribeAll = TRUE.has((url.searchParams.get('subscribeAll') ?? '').toLowerCase());
      wss.handleUpgrade(req, socket, head, (ws) => {
        for (const app of apps) bus.register(app, ws, subscribeAll);
        ws.on('close', () => apps.forEach((app) => bus.unregister(app, ws)));
        ws.on('error', () => ws.terminate());
      });
    },
    close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
