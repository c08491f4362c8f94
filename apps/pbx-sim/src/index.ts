// startPbxSim: the simulator in-process (tests) or behind main.ts (a process).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { ariRouter } from './ari/ari.router';
import { bridgeHandlers } from './ari/bridges.routes';
import { channelHandlers } from './ari/channels.routes';
import type { AriContext } from './ari/handler';
import { playbackHandlers } from './ari/playbacks.routes';
import { recordingHandlers } from './ari/recordings.routes';
import { systemHandlers } from './ari/system.routes';
import { Pbx } from './engine/pbx';
import { EventBus } from './events/event-bus';
import { eventsUpgrade } from './events/events.websocket';
import { IdGenerator } from './model/ids';
import { simRouter } from './sim-api/sim.routes';
import { Prng } from './time/prng';
import { Scheduler } from './time/scheduler';
import { defaultDialplan, Dialplan } from './world/dialplan';
import type { DialplanConfig } from './world/dialplan';
import { SimControl } from './world/sim-control';
import { World } from './world/world';

export { SimControl } from './world/sim-control';
export type { InboundCall } from './world/sim-control';
export type { NumberBehaviour, PhoneBehaviour } from './world/profiles';
export type { DialplanConfig, Extension, Step } from './world/dialplan';

export const DEFAULT_SOUND_DURATIONS: Record<string, number> = {
  'hello-world': 1400,
  beep: 300,
  'queue-thereare': 3000,
  'queue-periodic-announce': 6000,
  'pls-wait-connect-call': 2000,
  'vm-goodbye': 1000,
};

export interface PbxSimOptions {
  port?: number;
  host?: string;
  /** Wall seconds per simulated second: 0.01 makes a 5 s ring take 50 ms. */
  timeScale?: number;
  seed?: number;
  recordingDir?: string;
  ariUser?: string;
  ariPassword?: string;
  soundDurations?: Record<string, number>;
  defaultSoundMs?: number;
  dialplan?: DialplanConfig;
}

export interface PbxSim {
  /** Base URL for ari.connect(url, user, password); ARI lives under `${url}/ari`. */
  url: string;
  ariUrl: string;
  port: number;
  world: SimControl;
  pbx: Pbx;
  bus: EventBus;
  recordingDir: string;
  close(): Promise<void>;
}

export async function startPbxSim(opts: PbxSimOptions = {}): Promise<PbxSim> {
  const timeScale = opts.timeScale ?? 1;
  const sched = new Scheduler(timeScale);
  const prng = new Prng(opts.seed ?? 1);
  const ids = new IdGenerator(sched.now());
  const bus = new EventBus(() => sched.now());
  const world = new World();
  const recordingDir = opts.recordingDir ?? join(tmpdir(), 'pbx-sim-recordings');
  const soundDurations = { ...DEFAULT_SOUND_DURATIONS, ...(opts.soundDurations ?? {}) };
  const pbx = new Pbx(sched, bus, ids, prng, new Dialplan(opts.dialplan ?? defaultDialplan()), world, recordingDir, soundDurations, opts.defaultSoundMs ?? 3000);
  const control = new SimControl(world, pbx);
  const creds = { user: opts.ariUser ?? process.env['ARI_USER'] ?? 'pbx', password: opts.ariPassword ?? process.env['ARI_PASSWORD'] ?? 'pbx' };
  const ctx: AriContext = { pbx, bus, world, startedAt: sched.now(), soundDurations };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use('/ari', ariRouter(ctx, { ...channelHandlers, ...bridgeHandlers, ...playbackHandlers, ...recordingHandlers, ...systemHandlers }, creds));
  app.use('/sim', simRouter(control));
  const server = createServer(app);
  const ws = eventsUpgrade(bus, creds);
  server.on('upgrade', ws.handle);
  server.keepAliveTimeout = 1000;

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8088, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  return {
    url,
    ariUrl: `${url}/ari`,
    port,
    world: control,
    pbx,
    bus,
    recordingDir,
    close: async () => {
      sched.close();
      ws.close();
      bus.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
