import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

const ROOT = resolve(__dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/**
 * The PBX simulator as its own process, as Asterisk would be: the engine under test
 * talks to it only over ARI, the test drives the simulated world over /sim.
 */
export class PbxSimProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  get port(): number {
    return Number(new URL(this.url).port);
  }

  get ariUrl(): string {
    return `${this.url}/ari`;
  }

  static async start(options: { timeScale?: number; seed?: number; port?: number } = {}): Promise<PbxSimProcess> {
    const port = options.port ?? (await freePort());
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/pbx-sim/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'apps/pbx-sim/tsconfig.app.json',
        PBX_SIM_PORT: String(port),
        PBX_SIM_TIME_SCALE: String(options.timeScale ?? 0.1),
        PBX_SIM_SEED: String(options.seed ?? 1),
        PBX_SIM_RECORDING_DIR: mkdtempSync(join(tmpdir(), 'pbx-sim-recordings-')),
        ARI_USER: 'pbx',
        ARI_PASSWORD: 'pbx',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const sim = new PbxSimProcess(`http://127.0.0.1:${port}`, child);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`pbx-sim exited: ${stderr}`);
      }
      if (await sim.sim('GET', '/state').then(() => true, () => false)) {
        return sim;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGKILL');
    throw new Error(`pbx-sim did not start: ${stderr}`);
  }

  async sim<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/sim${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} /sim${path}: ${response.status} ${await response.text()}`);
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Every ARI event, as a second application subscribed to everything would see it. */
  observe(): EventLog {
    return new EventLog(`${this.url.replace(/^http/, 'ws')}/ari/events?app=observer&subscribeAll=true&api_key=pbx:pbx`);
  }

  async stop(): Promise<void> {
    this.child.kill('SIGKILL');
    await new Promise((r) => (this.child.exitCode !== null ? r(undefined) : this.child.once('exit', r)));
  }
}

export type SimEvent = { type: string; [key: string]: unknown };

export class EventLog {
  readonly events: SimEvent[] = [];
  private readonly socket: WebSocket;
  readonly ready: Promise<void>;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => this.events.push(JSON.parse(data.toString()) as SimEvent));
    this.ready = new Promise((done, fail) => {
      this.socket.once('open', () => done());
      this.socket.once('error', fail);
    });
  }

  async waitFor(predicate: (event: SimEvent) => boolean, timeoutMs = 20_000): Promise<SimEvent> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.events.find(predicate);
      if (found) {
        return found;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`No such event within ${timeoutMs} ms; saw: ${this.events.map((e) => e.type).join(', ')}`);
  }

  close(): void {
    this.socket.close();
  }
}

export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
