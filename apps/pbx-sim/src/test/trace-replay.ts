// Replays a recorded ARI trace against the simulator: performs its requests (with ids
// learned from earlier responses and events), collects the websocket events, and returns
// the differences in statuses, bodies, event types, order per channel, states and causes.
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';

export interface TraceEntry {
  t: number;
  request?: { method: string; path: string; query: Record<string, unknown>; body?: unknown };
  response?: { status: number; body: unknown };
  event?: Record<string, unknown>;
}

export interface ReplayOptions {
  ariUrl: string;
  user: string;
  password: string;
  timeScale: number;
  /** Actions standing in for what happened outside ARI (a SIP phone dialing), at trace time t. */
  actions?: { at: number; run: () => void }[];
  /** How long (wall ms) to wait for an expected event before giving up. */
  eventTimeoutMs?: number;
}

export interface ReplayResult {
  problems: string[];
  events: Record<string, unknown>[];
  responses: { status: number; body: unknown }[];
}

type Json = Record<string, unknown>;

export function loadTrace(file: string): TraceEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as TraceEntry[];
}

const GENERATED_ID = /^\d{9,}\.\d+(;2)?$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Makes a string comparable across runs: ids, name sequence numbers and timestamps vanish. */
export function normalizeString(s: string): string {
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(s)) return '<time>';
  return s
    .replace(UUID, '<uuid>')
    .replace(/\d{9,}\.\d+/g, '<id>')
    .replace(/-[0-9a-f]{8}(;[12])?/g, '-<n>$1');
}

export function normalize(v: unknown): unknown {
  if (typeof v === 'string') return normalizeString(v);
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out: Json = {};
    for (const k of Object.keys(v as Json).sort()) out[k] = normalize((v as Json)[k]);
    return out;
  }
  return v;
}

function channelKey(ch: Json): string {
  const id = String(ch['id']);
  return GENERATED_ID.test(id) ? normalizeString(String(ch['name'])) : id;
}

/** Which object an event is about: its channel (or Dial's peer), playback, recording, bridge. */
export function subjectOf(e: Json): string {
  const ch = (e['type'] === 'Dial' ? e['peer'] : e['channel']) as Json | undefined;
  if (ch) return `channel:${channelKey(ch)}`;
  const pb = e['playback'] as Json | undefined;
  if (pb) return `playback:${normalizeString(String(pb['id'])) === '<uuid>' ? `${pb['media_uri']}@${normalizeString(String(pb['target_uri']))}` : pb['id']}`;
  const rec = e['recording'] as Json | undefined;
  if (rec) return `recording:${rec['name']}`;
  const br = e['bridge'] as Json | undefined;
  if (br) return `bridge:${br['id']}`;
  return 'other';
}

/** The facts of an event a trace test compares: type, states, causes, args, digits, variables. */
export function signature(e: Json): string {
  const parts: string[] = [String(e['type'])];
  const ch = (e['type'] === 'Dial' ? e['peer'] : e['channel']) as Json | undefined;
  if (ch) parts.push(`state=${ch['state']}`);
  for (const k of ['cause', 'soft', 'digit', 'dialstatus', 'dialplan_app', 'variable']) if (e[k] !== undefined) parts.push(`${k}=${String(e[k])}`);
  if (e['args']) parts.push(`args=${(e['args'] as string[]).join(',')}`);
  if (e['variable'] !== undefined && !String(e['variable']).startsWith('RTPAUDIOQOS')) parts.push(`value=${normalizeString(String(e['value']))}`);
  if (e['type'] === 'StasisStart' && ch) parts.push(`dialplan=${JSON.stringify(normalize(ch['dialplan']))}`);
  const pb = e['playback'] as Json | undefined;
  if (pb) parts.push(`playback=${pb['state']}`);
  const rec = e['recording'] as Json | undefined;
  if (rec) parts.push(`recording=${rec['state']}`);
  const br = e['bridge'] as Json | undefined;
  if (br) parts.push(`bridge=${br['id']}[${(br['channels'] as string[]).length}]`);
  return parts.join(' ');
}

/** Response bodies compared after normalisation; a playback answered as queued or playing is the same race. */
function normalizeBody(body: unknown, path: string): unknown {
  if (path.startsWith('/asterisk/info') && body && typeof body === 'object') return Object.keys(body as Json).sort();
  const n = normalize(body);
  if (n && typeof n === 'object' && !Array.isArray(n) && (n as Json)['media_uri'] !== undefined) (n as Json)['state'] = 'queued|playing';
  return n;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function replayTrace(trace: TraceEntry[], opts: ReplayOptions): Promise<ReplayResult> {
  const problems: string[] = [];
  const events: Json[] = [];
  const responses: { status: number; body: unknown }[] = [];
  const ids = new Map<string, string>();
  const timeoutMs = opts.eventTimeoutMs ?? 3000;
  const auth = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;

  const ws = new WebSocket(`${opts.ariUrl.replace(/^http/, 'ws')}/events?app=pbx&api_key=${opts.user}:${opts.password}`);
  ws.on('message', (data) => events.push(JSON.parse(String(data)) as Json));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });

  const start = Date.now();
  const wallAt = (t: number) => start + t * opts.timeScale;
  for (const a of opts.actions ?? []) setTimeout(a.run, Math.max(0, wallAt(a.at) - Date.now()));

  // Expected events matched, in order, to the first unmatched simulator event of the same subject and type.
  const expected = trace.filter((e) => e.event).map((e) => e.event as Json);
  const matched = new Set<number>();
  let nextExpected = 0;
  const learn = (traceObj: unknown, simObj: unknown) => {
    if (!traceObj || !simObj || typeof traceObj !== 'object' || typeof simObj !== 'object') return;
    const tId = (traceObj as Json)['id'];
    const sId = (simObj as Json)['id'];
    if (typeof tId === 'string' && typeof sId === 'string' && tId !== sId) ids.set(tId, sId);
  };
  const matchUpTo = (count: number): boolean => {
    while (nextExpected < count) {
      const want = expected[nextExpected];
      const subject = subjectOf(want);
      const idx = events.findIndex((e, i) => !matched.has(i) && e['type'] === want['type'] && subjectOf(e) === subject);
      if (idx < 0) return false;
      matched.add(idx);
      for (const k of ['channel', 'peer', 'playback', 'bridge']) learn(want[k], events[idx][k]);
      nextExpected++;
    }
    return true;
  };
  const waitForEvents = async (count: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    while (!matchUpTo(count)) {
      if (Date.now() > deadline) return false;
      await sleep(2);
    }
    return true;
  };
  const subst = (s: string) =>
    s
      .split('/')
      .map((seg) => ids.get(seg) ?? seg)
      .join('/');
  const substValue = (v: unknown) => (typeof v === 'string' ? v.split(',').map((x) => ids.get(x) ?? x).join(',') : v);

  let eventsBefore = 0;
  let lastRequest: { path: string; res: { status: number; body: unknown } } | null = null;
  for (const entry of trace) {
    if (entry.event) {
      eventsBefore++;
      continue;
    }
    if (entry.request) {
      const wait = wallAt(entry.t) - Date.now();
      if (wait > 0) await sleep(wait);
      if (!(await waitForEvents(eventsBefore))) {
        problems.push(`before ${entry.request.method} ${entry.request.path}: expected event #${nextExpected} ${subjectOf(expected[nextExpected])} ${signature(expected[nextExpected])} never came`);
        break;
      }
      const url = new URL(opts.ariUrl + subst(entry.request.path));
      for (const [k, v] of Object.entries(entry.request.query ?? {})) url.searchParams.set(k, String(substValue(v)));
      const init: RequestInit = { method: entry.request.method, headers: { Authorization: auth } };
      if (entry.request.body !== undefined && entry.request.body !== null) {
        init.body = JSON.stringify(entry.request.body);
        (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
      }
      const r = await fetch(url, init);
      const text = await r.text();
      const res = { status: r.status, body: text ? (JSON.parse(text) as unknown) : null };
      responses.push(res);
      lastRequest = { path: entry.request.path, res };
      continue;
    }
    if (entry.response && lastRequest) {
      const got = lastRequest.res;
      if (got.status !== entry.response.status) {
        problems.push(`${lastRequest.path}: status ${got.status}, trace ${entry.response.status} (body ${JSON.stringify(got.body)})`);
      } else {
        const a = JSON.stringify(normalizeBody(got.body, lastRequest.path));
        const b = JSON.stringify(normalizeBody(entry.response.body, lastRequest.path));
        if (a !== b) problems.push(`${lastRequest.path}: body\n  got   ${a}\n  trace ${b}`);
      }
      learn(entry.response.body, got.body);
    }
  }

  // Let the rest of the scenario play out, then compare per-subject event sequences.
  const last = trace[trace.length - 1]?.t ?? 0;
  const wait = wallAt(last + 300) - Date.now();
  if (wait > 0) await sleep(wait);
  if (!(await waitForEvents(expected.length)) && !problems.length) {
    problems.push(`expected event #${nextExpected} ${subjectOf(expected[nextExpected])} ${signature(expected[nextExpected])} never came`);
  }
  await sleep(Math.max(20, 300 * opts.timeScale));
  ws.close();

  const bySubject = (list: Json[]) => {
    const m = new Map<string, string[]>();
    for (const e of list) {
      const k = subjectOf(e);
      m.set(k, [...(m.get(k) ?? []), signature(e)]);
    }
    return m;
  };
  const want = bySubject(expected);
  const got = bySubject(events);
  for (const k of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(k) ?? [];
    const g = got.get(k) ?? [];
    if (JSON.stringify(w) !== JSON.stringify(g)) {
      problems.push(`events of ${k}:\n  got   ${g.join(' | ')}\n  trace ${w.join(' | ')}`);
    }
  }
  return { problems, events, responses };
}
