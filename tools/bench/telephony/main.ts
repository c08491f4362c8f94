import { Client } from 'pg';
import { percentile, printReport, round } from '../bench-report';
import { api, children, login, sleep, startBenchStack, supportToken } from '../bench-stack';

/**
 * Issue 3, item 11: call set-ups through the real engine against the PBX simulator, each
 * in its own process. A set-up is an inbound call to a phone account's DID, from StasisStart
 * through ringing the phone, its answer and the bridge, to its CDR rows written.
 */
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

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const { apiUrl, simUrl, databaseUrl } = stack;
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
    await stack.stop();
  }
}

/** One account, PHONES phone accounts registered in the simulator, each with its own DID. */
async function provision(apiUrl: string, simUrl: string, databaseUrl: string): Promise<{ dids: string[]; support: string }> {
  const support = await supportToken(apiUrl, databaseUrl);
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

main().catch((error: unknown) => {
  children.forEach((child) => child.kill('SIGKILL'));
  console.error(error);
  process.exit(1);
});
