// Behaviour of external numbers and phones, and how one call's behaviour is drawn from it.
import type { AmdResult } from '../model/channel';
import type { Prng } from '../time/prng';
import type { Step } from './dialplan';

export type Range = number | [number, number];

export interface NumberBehaviour {
  /** Probability the callee answers (after ringSeconds). Default 1. */
  answerProbability?: number;
  ringSeconds?: Range;
  /** How long the callee stays after answering before hanging up; null: until we hang up. */
  talkSeconds?: Range | null;
  busy?: boolean;
  /** Not reachable: the call fails with this cause (3 no route, 34 congestion...). */
  unreachableCause?: number;
  /** Answering machine: AMD reports MACHINE. */
  machine?: boolean;
  amd?: AmdResult;
  /** DTMF the far end types, seconds after answer. */
  dtmf?: { digits: string; atSeconds: number }[];
  /** Inbound callers: hang up if nobody answers within this many seconds. */
  abandonSeconds?: number;
}

export const DEFAULT_PROFILES: Record<string, NumberBehaviour> = {
  human: { answerProbability: 1, ringSeconds: [2, 6], talkSeconds: [20, 90], amd: { status: 'HUMAN', cause: 'HUMAN-300-900', afterMs: 1800 } },
  'human-stays': { answerProbability: 1, ringSeconds: 3, talkSeconds: null, amd: { status: 'HUMAN', cause: 'HUMAN-300-900', afterMs: 1800 } },
  machine: { answerProbability: 1, ringSeconds: [3, 8], talkSeconds: 25, machine: true, amd: { status: 'MACHINE', cause: 'LONGGREETING-1500-1500', afterMs: 2300 } },
  'not-sure': { answerProbability: 1, ringSeconds: 3, talkSeconds: 30, amd: { status: 'NOTSURE', cause: 'TOOLONG-4820', afterMs: 5000 } },
  busy: { busy: true },
  'no-answer': { answerProbability: 0 },
  unreachable: { unreachableCause: 3 },
  congestion: { unreachableCause: 34 },
  'sometimes-answers': { answerProbability: 0.5, ringSeconds: [3, 15], talkSeconds: [10, 120] },
};

export function draw(r: Range | undefined, prng: Prng, fallback: number): number {
  if (r === undefined) return fallback;
  return typeof r === 'number' ? r : prng.between(r[0], r[1]);
}

/** One call's far-end script for an outbound call to a number with this behaviour. */
export function calleeScript(b: NumberBehaviour, prng: Prng): Step[] {
  if (b.unreachableCause !== undefined) return [{ app: 'Congestion', cause: b.unreachableCause }];
  if (b.busy) return [{ app: 'Busy' }];
  const steps: Step[] = [{ app: 'Ringing' }];
  if (!prng.chance(b.answerProbability ?? 1)) return [...steps, { app: 'Wait', seconds: 3600 }];
  steps.push({ app: 'Wait', seconds: draw(b.ringSeconds, prng, 3) }, { app: 'Answer' });
  return [...steps, ...talkSteps(b, prng)];
}

/** One inbound caller's script: waits to be answered, types DTMF, hangs up. */
export function callerScript(b: NumberBehaviour, prng: Prng): Step[] {
  return [{ app: 'WaitAnswer', maxSeconds: b.abandonSeconds }, ...talkSteps(b, prng)];
}

function talkSteps(b: NumberBehaviour, prng: Prng): Step[] {
  const steps: Step[] = [];
  let at = 0;
  for (const d of [...(b.dtmf ?? [])].sort((x, y) => x.atSeconds - y.atSeconds)) {
    if (d.atSeconds > at) steps.push({ app: 'Wait', seconds: d.atSeconds - at });
    steps.push({ app: 'SendDTMF', digits: d.digits });
    at = d.atSeconds + d.digits.length * 0.35;
  }
  const talk = b.talkSeconds === null ? null : draw(b.talkSeconds, prng, 60);
  if (talk === null) return [...steps, { app: 'Wait', seconds: 1e7 }];
  if (talk > at) steps.push({ app: 'Wait', seconds: talk - at });
  steps.push({ app: 'Hangup' });
  return steps;
}

export interface PhoneBehaviour {
  registered: boolean;
  /** Seconds of ringing before the phone answers; null: never answers. */
  answerAfterSeconds: number | null;
  /** Hang up this long after answering; null: stays until the other side hangs up. */
  hangupAfterSeconds: number | null;
  busy: boolean;
}

export function phoneScript(p: PhoneBehaviour): Step[] {
  if (p.busy) return [{ app: 'Busy' }];
  if (p.answerAfterSeconds === null) return [{ app: 'Ringing' }, { app: 'Wait', seconds: 1e7 }];
  const steps: Step[] = [{ app: 'Ringing' }, { app: 'Wait', seconds: p.answerAfterSeconds }, { app: 'Answer' }];
  if (p.hangupAfterSeconds !== null) steps.push({ app: 'Wait', seconds: p.hangupAfterSeconds }, { app: 'Hangup' });
  else steps.push({ app: 'Wait', seconds: 1e7 });
  return steps;
}
