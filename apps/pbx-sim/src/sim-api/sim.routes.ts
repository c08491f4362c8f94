// /sim: JSON control of the simulated world (phones, numbers, profiles, calls), no auth.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { AriError } from '../ari/errors';
import type { SimControl } from '../world/sim-control';

type Body = Record<string, unknown>;

function wrap(fn: (req: Request, body: Body) => unknown, status = 200) {
  return (req: Request, res: Response) => {
    try {
      const out = fn(req, (req.body ?? {}) as Body);
      if (out === undefined) res.status(204).end();
      else res.status(status).json(out);
    } catch (err) {
      if (err instanceof AriError) res.status(err.status).json(err.body());
      else res.status(400).json({ message: (err as Error).message });
    }
  };
}

export function simRouter(sim: SimControl): Router {
  const r = express.Router();
  r.use(express.json());
  const param = (req: Request, name: string) => String(req.params[name]);
  r.get('/state', wrap(() => sim.state()));
  r.get('/phones', wrap(() => sim.phones()));
  r.put('/phones/:login', wrap((req, b) => sim.setPhone(param(req, 'login'), b)));
  r.delete('/phones/:login', wrap((req) => void sim.removePhone(param(req, 'login'))));
  r.post('/phones/:login/calls', wrap((req, b) => sim.phoneDials(param(req, 'login'), String(b['to'] ?? ''), { hangupAfterSeconds: b['hangupAfterSeconds'] as number | undefined }), 201));
  r.get('/numbers', wrap(() => sim.numbers()));
  r.put('/numbers/:number', wrap((req, b) => (sim.setNumber(param(req, 'number'), b), b)));
  r.get('/profiles', wrap(() => sim.profiles()));
  r.put('/profiles/:name', wrap((req, b) => (sim.setProfile(param(req, 'name'), b), b)));
  r.put('/dialplan/:context/:exten', wrap((req, b) => (sim.setExtension(param(req, 'context'), param(req, 'exten'), b as never), b)));
  r.post('/calls', wrap((_req, b) => sim.placeInboundCall(b as never), 201));
  r.get('/channels', wrap(() => sim.channels()));
  r.post('/metrics/first-command/take', wrap(() => sim.takeFirstCommandSamples()));
  r.post('/channels/:id/dtmf', wrap((req, b) => sim.sendDtmf(param(req, 'id'), String(b['digits'] ?? ''))));
  r.post('/channels/:id/hangup', wrap((req, b) => sim.hangup(param(req, 'id'), (b['cause'] as number | undefined) ?? 16)));
  r.post('/channels/:id/hold', wrap((req) => sim.hold(param(req, 'id'), true)));
  r.delete('/channels/:id/hold', wrap((req) => sim.hold(param(req, 'id'), false)));
  r.post('/channels/:id/answer', wrap((req) => sim.answer(param(req, 'id'))));
  r.use((_req, res) => {
    res.status(404).json({ message: 'Resource not found' });
  });
  return r;
}
