import { ChildProcess, spawn } from 'node:child_process';

const children: ChildProcess[] = [];

/** Runs a child whose output is prefixed with its name; all children stop with us. */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, quiet = false): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  // Quiet children keep their last lines, to show why they died.
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (quiet) {
          tail.push(line);
          tail.splice(0, Math.max(0, tail.length - 40));
        } else {
          process.stderr.write(prefix + line + '\n');
        }
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(tail.map((line) => prefix + line + '\n').join(''));
      process.stderr.write(`${prefix}exited (${signal ?? code}); stopping everything\n`);
      void stopAll().then(() => process.exit(1));
    }
  });
  children.push(child);
  return child;
}

/** Runs a command to its end, failing on a non-zero exit. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

let stopping = false;
const cleanups: Array<() => Promise<void>> = [];

export function onStop(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export async function stopAll(): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  for (const child of children) {
    child.kill('SIGTERM');
  }
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch(() => undefined);
  }
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
