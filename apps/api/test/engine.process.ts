import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './pbx-sim.process';

const ROOT = resolve(__dirname, '../../..');

/** The API in the telephony role as its own process, to be killed like a crashed server. */
export class EngineProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly output: () => string,
  ) {}

  static async start(ariUrl: string): Promise<EngineProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'apps/api/tsconfig.runtime.json', ROLE: 'telephony', PORT: String(port), ARI_URLS: ariUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const engine = new EngineProcess(`http://127.0.0.1:${port}`, child, () => output);
    await engine.waitUntilConnected();
    return engine;
  }

  /** Until /api/health says its ARI connection is up. */
  private async waitUntilConnected(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        throw new Error(`engine exited: ${this.output()}`);
      }
      const health = await fetch(`${this.url}/api/health`).then(
        (r) => r.json() as Promise<{ info?: { ari?: { connections?: Array<{ state: string }> } } }>,
        () => undefined,
      );
      if (health?.info?.ari?.connections?.some((c) => c.state === 'connected')) {
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`engine did not connect: ${this.output()}`);
  }

  /** As a crash: no shutdown hooks, no goodbye to Asterisk. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await new Promise((r) => (this.child.exitCode !== null || this.child.signalCode !== null ? r(undefined) : this.child.once('exit', r)));
  }
}
