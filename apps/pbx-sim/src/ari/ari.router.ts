// Mounts every operation of the served spec on an express router, with Asterisk's auth,
// parameter handling, error bodies, 404 for unknown resources and 405 for wrong methods.
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import { RESOURCES } from '../spec/resources';
import { declaration, listing } from '../spec/dsl';
import type { Credentials } from './auth';
import { isAuthorized } from './auth';
import { AriError } from './errors';
import type { AriContext, Handler, HandlerTable, Reply } from './handler';
import { readParams } from './params';

function basePath(req: Request): string {
  return `http://${req.headers.host ?? 'localhost:8088'}/ari`;
}

function send(res: Response, reply: Reply): void {
  if (reply.file) {
    res.status(reply.status).type(reply.contentType ?? 'application/octet-stream').send(reply.file);
    return;
  }
  if (reply.body === undefined) res.status(reply.status).end();
  else res.status(reply.status).json(reply.body);
}

export function ariRouter(ctx: AriContext, handlers: HandlerTable, creds: Credentials): Router {
  const router = express.Router();

  // The spec documents are readable without credentials, as ari-client first probes them.
  router.get('/api-docs/resources.json', (req, res) => {
    res.json(listing(RESOURCES, basePath(req)));
  });
  for (const r of RESOURCES) {
    router.get(`/api-docs/${r.name}.json`, (req, res) => {
      res.json(declaration(r, basePath(req)));
    });
  }

  router.use((req, res, next) => {
    if (isAuthorized(req, creds)) return next();
    res.status(401).set('WWW-Authenticate', 'Basic realm="Asterisk REST Interface"').json({ message: 'Authentication required' });
  });
  router.use(express.json({ limit: '1mb' }));

  // Literal path segments must win over {params} at the same depth (/channels/create).
  const key = (p: string) => p.replace(/\{/g, '~');
  const apis = RESOURCES.flatMap((r) => r.apis.map((a) => ({ r, a }))).sort((x, y) => (key(x.a.path) < key(y.a.path) ? -1 : 1));
  for (const { r, a } of apis) {
    const expressPath = a.path.replace(/\{(\w+)\}/g, ':$1');
    for (const operation of a.operations) {
      const handler: Handler | undefined = handlers[`${r.name}.${operation.nickname}`];
      if (!handler) continue;
      const method = operation.httpMethod.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      router[method](expressPath, (req: Request, res: Response) => {
        const channelId = req.params['channelId'];
        if (typeof channelId === 'string') ctx.pbx.firstCommand.requested(channelId);
        try {
          send(res, handler(readParams(req, operation), ctx));
        } catch (err) {
          if (err instanceof AriError) res.status(err.status).json(err.body());
          else {
            console.error('[pbx-sim] handler failed', err);
            res.status(500).json({ message: 'Internal Server Error' });
          }
        }
      });
    }
    router.all(expressPath, (_req, res) => {
      res.status(405).json({ message: 'Invalid method' });
    });
  }
  router.use((_req, res) => {
    res.status(404).json({ message: 'Resource not found' });
  });
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    res.status(status).json({ message: status === 400 ? 'Could not parse the request body' : 'Internal Server Error' });
  });
  return router;
}
