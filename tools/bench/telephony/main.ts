import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { percentile, printReport, round } from '../bench-report';

/**
 * Issue 3, item 11: call set-ups through the real engine against the PBX simulator, each
 * in its own process. A set-up is an inbound call to a phone account's DID, from StasisStart
 * through ringing the phone, its answer and the bridge, to its CDR rows written.
 */
const ROOT = resolve(__dirname, '../../..');
const LEVELS = (process.env['BENCH_LEVELS'] ?? '100,300,1000').split(',').map(Number);
const WINDOW_SECONDS = Number(process.env['BENCH_WINDOW_SECONDS'] ?? 15);
const WARMUP_SECONDS = 3;
const PHONES = 20;
const ANSWER_AFTER_SECONDS = 0.1;
/**
 * Latency is measured at the target load: new calls arrive at this rate, and each lasts
 * concurrency / rate seconds, so that many calls are up at once (Little's law).
 */
const ARRIVALS_PER_SECOND = 100;
/** Capacity is measured closed-loop with short calls: how many set-ups per second it sustains. */
const CAPACITY_TALK_SECONDS = 0.5;
const children: ChildProcess[] = [];

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const adminUrl = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `pbx_bench_${Date.now()}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379/7';
  await sql(adminUrl, `CREATE DATABASE ${dbName}`);
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
    const { dids, support } = await provision(apiUrl, simUrl, databaseUrl);
    log(`provisioned ${dids.length} phone accounts with their numbers`);
    const takeEngineSamples = async () => ((await api(apiUrl, support, 'POST', '/api/telephony/metrics/first-command/take')) as { samplesMs: number[] }).samplesMs;

    const results = [];
    for (const concurrency of LEVELS) {
      // Less the ring and set-up time, so that the calls up at once reach the level.
      const talkSeconds = concurrency / ARRIVALS_PER_SECOND - ANSWER_AFTER_SECONDS - 0.1;
      log(`${concurrency} concurrent calls: ${ARRIVALS_PER_SECOND} new calls/s of ${talkSeconds} s; ${WINDOW_SECONDS} s measured`);
      results.push({ mode: 'at target load', ...(await measure(simUrl, databaseUrl, dids, { concurrency, talkSeconds, ratePerSecond: ARRIVALS_PER_SECOND }, takeEngineSamples)) });
    }
    log(`capacity: 300 calls in flight, closed loop, calls of ${CAPACITY_TALK_SECONDS} s`);
    const capacity = { mode: 'capacity', ...(await measure(simUrl, databaseUrl, dids, { concurrency: 300, talkSeconds: CAPACITY_TALK_SECONDS }, takeEngineSamples)) };
    results.push(capacity);
    const at300 = results.find((r) => r.mode === 'at target load' && r.concurrentCalls === 300);
    printReport('telephony', results, [
      { metric: 'setupsPerSecond sustained (300 in flight)', value: capacity.setupsPerSecond, target: '>= 100', met: capacity.setupsPerSecond >= 100 },
      { metric: 'firstCommandP99Ms@300 concurrent', value: at300?.firstCommandP99Ms ?? Number.NaN, target: '<= 20', met: (at300?.firstCommandP99Ms ?? Infinity) <= 20 },
    ]);
  } finally {
    children.forEach((child) => child.kill('SIGKILL'));
    await sql(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  }
}

/** One account, PHONES phone accounts registered in the simulator, each with its own DID. */
async function provision(apiUrl: string, simUrl: string, databaseUrl: string): Promise<{ dids: string[]; support: string }> {
  const argon2 = await import('argon2');
  await sql(databaseUrl, `INSERT INTO users (email, password_hash, role) VALUES ('bench-support@pbx.local', '${await argon2.hash('bench-support')}', 'support')`);
  const support = await login(apiUrl, 'bench-support@pbx.local', 'bench-support');
  await api(apiUrl, support, 'POST', '/api/accounts', { name: 'Bench', adminEmail: 'bench@pbx.local', adminPassword: 'bench-password' });
  await api(apiUrl, support, 'POST', '/api/number-pool', { areaCode: '22', first: '48225550000', count: PHONES });
  const admin = await login(apiUrl, 'bench@pbx.local', 'bench-password');
  const dids: string[] = [];
  for (let i = 0; i < PHONES; i += 1) {
    const phone = (await api(apiUrl, admin, 'POST', '/api/phone-accounts', { name: `Desk ${i}` })) as { id: string; sipLogin: string };
    const number = (await api(apiUrl, admin, 'POST', '/api/numbers/claim', { number: String(48225550000 + i) })) as { id: string; number: string };
    await api(apiUrl, admin, 'PUT', `/api/numbers/${number.id}/target`, { targetType: 'phone-account', targetId: phone.id });
    await fetch(`${simUrl}/sim/phones/${phone.sipLogin}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answerAfterSeconds: ANSWER_AFTER_SECONDS }) });
    dids.push(number.number);
  }
  return { dids, support };
}

interface Load {
  /** Calls in flight at most. */
  concurrency: number;
  talkSeconds: number;
  /** Open loop at this arrival rate; closed loop (as fast as calls complete) without. */
  ratePerSecond?: number;
}

/** A call completes when both its CDR rows are written. */
async function measure(simUrl: string, databaseUrl: string, dids: string[], load: Load, takeEngineSamples: () => Promise<number[]>) {
  const { concurrency, talkSeconds, ratePerSecond } = load;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const completedNow = async () => Math.floor(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM call_records')).rows[0].n) / 2);
  const base = await completedNow();
  let completed = 0;
  let placed = 0;
  let failures = 0;
  let stop = false;
  const poller = (async () => {
    while (!stop) {
      completed = (await completedNow()) - base;
      await sleep(100);
    }
  })();
  const place = async () => {
    const n = placed++;
    const response = await fetch(`${simUrl}/sim/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: String(48600000000 + ((concurrency * 100000 + n) % 99999999)), to: dids[n % dids.length], behaviour: { talkSeconds } }),
    }).catch(() => undefined);
    if (!response?.ok) {
      failures += 1;
    }
  };
  const began = Date.now();
  const driver = (async () => {
    while (!stop) {
      const inFlightRoom = concurrency - (placed - completed - failures);
      const due = ratePerSecond === undefined ? Infinity : Math.floor(((Date.now() - began) / 1000) * ratePerSecond) - placed;
      const room = Math.min(inFlightRoom, due, 50);
      await Promise.all(Array.from({ length: Math.max(0, room) }, place));
      await sleep(room > 0 ? 0 : 5);
    }
  })();
  // Until the calls of the first second end, concurrency is still building up.
  await sleep((WARMUP_SECONDS + talkSeconds) * 1000);
  await fetch(`${simUrl}/sim/metrics/first-command/take`, { method: 'POST' });
  await takeEngineSamples();
  const startCompleted = completed;
  let peakInFlight = 0;
  const started = Date.now();
  while (Date.now() - started < WINDOW_SECONDS * 1000) {
    peakInFlight = Math.max(peakInFlight, placed - completed - failures);
    await sleep(100);
  }
  const elapsed = (Date.now() - started) / 1000;
  const setups = completed - startCompleted;
  const atSimulator = ((await (await fetch(`${simUrl}/sim/metrics/first-command/take`, { method: 'POST' })).json()) as { samplesMs: number[] }).samplesMs;
  const samplesMs = await takeEngineSamples();
  stop = true;
  await Promise.all([driver, poller]);
  // Let the calls in flight finish before the next level.
  for (let i = 0; i < 100 && (await completedNow()) - base < placed - failures; i += 1) {
    await sleep(100);
  }
  await db.end();
  return {
    concurrentCalls: concurrency,
    peakInFlight,
    setupsPerSecond: round(setups / elapsed, 1),
    // From Asterisk's StasisStart timestamp to the engine sending its first request.
    firstCommandP50Ms: round(percentile(samplesMs, 50)),
    firstCommandP99Ms: round(percentile(samplesMs, 99)),
    latencySamples: samplesMs.length,
    // The same seen from the simulator, which adds its own queueing when it is the busiest process.
    atSimulatorP50Ms: round(percentile(atSimulator, 50)),
    atSimulatorP99Ms: round(percentile(atSimulator, 99)),
    failedPlacements: failures,
  };
}

async function login(apiUrl: string, email: string, password: string): Promise<string> {
  return ((await api(apiUrl, '', 'POST', '/api/auth/login', { email, password })) as { accessToken: string }).accessToken;
}

async function api(apiUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
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

function start(name: string, args: string[], env: Record<string, string>): void {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  children.push(child);
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function waitFor(url: string, ok: (body: unknown) => boolean = () => true): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const body = await fetch(url).then((r) => (r.ok ? r.json() : undefined), () => undefined);
    if (body !== undefined && ok(body)) {
      return;
    }
    await sleep(100);
  }
  throw new Error(`${url} did not become ready`);
}

async function sql(url: string, query: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

main().catch((error: unknown) => {
  children.forEach((child) => child.kill('SIGKILL'));
  console.error(error);
  process.exit(1);
});
