import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { percentile, printReport, round } from '../bench-report';
import { api, children, sleep, startBenchStack, supportToken } from '../bench-stack';

/**
 * Issue 5, item 9: the call distribution against the simulator in another process. 200
 * agents parked on the login line, a burst of 400 waiting callers, then 10 calls a second,
 * talk time exponential with mean 15 s: offer latency from an agent freeing up to its next
 * offer, and the engine's CPU seconds per 1,000 calls.
 */
const AGENTS = Number(process.env['BENCH_AGENTS'] ?? 200);
const BURST = Number(process.env['BENCH_BURST'] ?? 400);
const ARRIVALS_PER_SECOND = 10;
const MEAN_TALK_SECONDS = 15;
const WINDOW_SECONDS = Number(process.env['BENCH_WINDOW_SECONDS'] ?? 60);
const PIN = '2468';

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Seeded, so two runs place the same calls. */
function exponential(seed: { s: number }, mean: number): number {
  seed.s = (seed.s * 1103515245 + 12345) % 2 ** 31;
  return -Math.log(1 - seed.s / 2 ** 31) * mean;
}

/** utime + stime of a process, in seconds (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  try {
    const { apiUrl, simUrl, databaseUrl } = stack;
    const support = await supportToken(apiUrl, databaseUrl);
    await api(apiUrl, support, 'POST', '/api/accounts', { name: 'Bench', adminEmail: 'bench@pbx.local', adminPassword: 'bench-password' });
    await api(apiUrl, support, 'POST', '/api/number-pool', { areaCode: '22', first: '48225560000', count: 2 });
    const admin = ((await api(apiUrl, '', 'POST', '/api/auth/login', { email: 'bench@pbx.local', password: 'bench-password' })) as { accessToken: string }).accessToken;
    const me = (await api(apiUrl, admin, 'GET', '/api/auth/me')) as { accountId: string };
    await api(apiUrl, admin, 'POST', '/api/services/call-center/activate');
    const agents: Array<{ id: string; agentNumber: string }> = [];
    for (let i = 0; i < AGENTS; i += 1) {
      agents.push((await api(apiUrl, admin, 'POST', '/api/agents', { description: `Agent ${i}`, pin: PIN })) as { id: string; agentNumber: string });
    }
    const campaign = (await api(apiUrl, admin, 'POST', '/api/queues', { kind: 'call-center-campaign', name: 'Bench', settings: { strategy: 'least-recent', maxWaitSeconds: 0, sendWhenNoAgentLoggedIn: true } })) as { id: string };
    await api(apiUrl, admin, 'PUT', `/api/queues/${campaign.id}/members`, { members: agents.map((a) => ({ type: 'agent', agentId: a.id, level: 1 })) });
    const [campaignNumber, loginNumber] = await Promise.all(
      ['48225560000', '48225560001'].map(async (n) => (await api(apiUrl, admin, 'POST', '/api/numbers/claim', { number: n })) as { id: string; number: string }),
    );
    await api(apiUrl, admin, 'PUT', `/api/numbers/${campaignNumber.id}/target`, { targetType: 'call-center-campaign', targetId: campaign.id });
    await api(apiUrl, admin, 'PUT', `/api/numbers/${loginNumber.id}/target`, { targetType: 'dialer-login', targetId: me.accountId });

    const sim = async (method: string, path: string, body?: unknown): Promise<{ id: string }> => {
      const response = await fetch(`${simUrl}/sim${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return text ? (JSON.parse(text) as { id: string }) : { id: '' };
    };
    log(`logging ${AGENTS} agents in through the login line`);
    await Promise.all(
      agents.map(async (agent, i) => {
        await sleep(i * 20);
        const call = await sim('POST', '/calls', { from: `4860100${String(i).padStart(4, '0')}`, to: loginNumber.number, behaviour: { talkSeconds: null } });
        await sleep(500);
        await sim('POST', `/channels/${call.id}/dtmf`, { digits: `${agent.agentNumber}#` });
        // The simulated keypad takes its time per digit, as a person does.
        await sleep(2500);
        await sim('POST', `/channels/${call.id}/dtmf`, { digits: `${PIN}#` });
      }),
    );
    let available = 0;
    for (let i = 0; i < 100 && available < AGENTS; i += 1) {
      const list = (await api(apiUrl, admin, 'GET', '/api/agents')) as Array<{ state: string }>;
      available = list.filter((a) => a.state === 'available').length;
      await sleep(200);
    }
    log(`${available} of ${AGENTS} agents logged in`);

    // Talk time counts from the bridge with the agent: the customer hangs up that long after it.
    const seed = { s: 42 };
    const observer = new WebSocket(`${simUrl.replace(/^http/, 'ws')}/ari/events?app=bench-observer&subscribeAll=true&api_key=pbx:pbx`);
    await new Promise((resolve) => observer.once('open', resolve));
    observer.on('message', (raw) => {
      const event = JSON.parse(raw.toString()) as { type: string; channel?: { id: string; caller: { number: string } }; bridge?: { bridge_type: string } };
      if (event.type === 'ChannelEnteredBridge' && event.bridge?.bridge_type === 'mixing' && event.channel?.caller.number.startsWith('48602')) {
        const id = event.channel.id;
        setTimeout(() => void sim('POST', `/channels/${id}/hangup`, { cause: 16 }).catch(() => undefined), exponential(seed, MEAN_TALK_SECONDS) * 1000);
      }
    });
    let placed = 0;
    const place = () => sim('POST', '/calls', { from: String(48602000000 + placed++), to: campaignNumber.number, behaviour: { talkSeconds: null } });
    log(`burst of ${BURST} callers, then ${ARRIVALS_PER_SECOND} calls/s for ${WINDOW_SECONDS} s`);
    await api(apiUrl, support, 'POST', '/api/telephony/metrics/offer-latency/take');
    const cpuBefore = cpuSeconds(stack.enginePid);
    const callsBefore = Number(((await api(apiUrl, admin, 'GET', '/api/calls?pageSize=1')) as { total: number }).total);
    for (let i = 0; i < BURST; i += 10) {
      await Promise.all(Array.from({ length: Math.min(10, BURST - i) }, place));
    }
    const began = Date.now();
    while (Date.now() - began < WINDOW_SECONDS * 1000) {
      const due = Math.floor(((Date.now() - began) / 1000) * ARRIVALS_PER_SECOND) - (placed - BURST);
      await Promise.all(Array.from({ length: Math.max(0, due) }, place));
      await sleep(20);
    }
    const cpu = cpuSeconds(stack.enginePid) - cpuBefore;
    observer.close();
    const samples = ((await api(apiUrl, support, 'POST', '/api/telephony/metrics/offer-latency/take')) as { samplesMs: number[] }).samplesMs;
    // Calls are one CDR row per leg: customer and agent.
    const finished = (Number(((await api(apiUrl, admin, 'GET', '/api/calls?pageSize=1')) as { total: number }).total) - callsBefore) / 2;
    const p99 = round(percentile(samples, 99));
    printReport(
      'acd',
      [
        {
          agents: AGENTS,
          burst: BURST,
          arrivalsPerSecond: ARRIVALS_PER_SECOND,
          meanTalkSeconds: MEAN_TALK_SECONDS,
          windowSeconds: WINDOW_SECONDS,
          callsPlaced: placed,
          callsFinished: finished,
          offerLatencyP50Ms: round(percentile(samples, 50)),
          offerLatencyP99Ms: p99,
          offerLatencySamples: samples.length,
          engineCpuSeconds: round(cpu),
          engineCpuSecondsPer1000Calls: finished > 0 ? round((cpu / finished) * 1000) : null,
        },
      ],
      [{ metric: 'offerLatencyP99Ms', value: p99, target: '<= 50', met: p99 <= 50 }],
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  children.forEach((child) => child.kill('SIGKILL'));
  console.error(error);
  process.exit(1);
});
