import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

/** Processes and HTTP calls the benchmarks share: each starts the simulator and the engine itself. */
export const ROOT = resolve(__dirname, '../..');
export const children: ChildProcess[] = [];

export async function login(apiUrl: string, email: string, password: string): Promise<string> {
  return ((await api(apiUrl, '', 'POST', '/api/auth/login', { email, password })) as { accessToken: string }).accessToken;
}

export async function api(apiUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(apiUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

export function start(name: string, args: string[], env: Record<string, string>): void {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  children.push(child);
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export async function waitFor(url: string, ok: (body: unknown) => boolean = () => true): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const body = await fetch(url).then((r) => (r.ok ? r.json() : undefined), () => undefined);
    if (body !== undefined && ok(body)) {
      return;
    }
    await sleep(100);
  }
  throw new Error(`${url} did not become ready`);
}

export async function sql(url: string, query: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


export interface BenchStack {
  apiUrl: string;
  simUrl: string;
  databaseUrl: string;
  enginePid: number;
  stop(): Promise<void>;
}

/**
 * A fresh database and Redis db, the PBX simulator and the engine (all roles), each in its own
 * process, as DESIGN.md's benchmark convention asks; stop() removes everything again.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const adminUrl = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `pbx_bench_${Date.now()}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379/7';
  await sql(adminUrl, `CREATE DATABASE ${dbName}`);
  const stop = async () => {
    children.forEach((child) => child.kill('SIGKILL'));
    await sql(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  };
  try {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    redis.disconnect();
    await run(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/database/migrate.ts'], { DATABASE_URL: databaseUrl, SWC_NODE_PROJECT: 'apps/api/tsconfig.runtime.json' });
    const simPort = await freePort();
    const simUrl = `http://127.0.0.1:${simPort}`;
    start('pbx-sim', ['apps/pbx-sim/src/main.ts'], { SWC_NODE_PROJECT: 'apps/pbx-sim/tsconfig.app.json', PBX_SIM_PORT: String(simPort), PBX_SIM_TIME_SCALE: '1' });
    await waitFor(`${simUrl}/sim/state`);
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    start('engine', ['apps/api/src/main.ts'], {
      SWC_NODE_PROJECT: 'apps/api/tsconfig.runtime.json',
      ROLE: 'all',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      ARI_URLS: `${simUrl}/ari`,
      JWT_SECRET: 'bench-jwt-secret-that-is-at-least-32-characters',
      SECRETS_KEY: 'bench-secrets-key-that-is-at-least-32-characters',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    });
    await waitFor(`${apiUrl}/api/health`, (body) => JSON.stringify(body).includes('"state":"connected"'));
    return { apiUrl, simUrl, databaseUrl, enginePid: children[children.length - 1].pid as number, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A support user made directly in the database: no API creates one. */
export async function supportToken(apiUrl: string, databaseUrl: string): Promise<string> {
  const argon2 = await import('argon2');
  await sql(databaseUrl, `INSERT INTO users (email, password_hash, role) VALUES ('bench-support@pbx.local', '${await argon2.hash('bench-support')}', 'support')`);
  return login(apiUrl, 'bench-support@pbx.local', 'bench-support');
}
