// The simulated dialplan: contexts of extensions, each a list of steps the script runner
// interprets. The defaults reproduce the dialplan the ARI traces were recorded with.
import type { AmdResult } from '../model/channel';

export type Step =
  | { app: 'Answer' }
  | { app: 'Ringing' }
  | { app: 'Wait'; seconds: number }
  | { app: 'SendDTMF'; digits: string }
  | { app: 'Hangup'; cause?: number }
  | { app: 'Busy' }
  | { app: 'Congestion'; cause?: number }
  | { app: 'Stasis'; data: string; priority?: number }
  | { app: 'AMD' }
  /** Far ends only: wait until the near side answers, hanging up after maxSeconds. */
  | { app: 'WaitAnswer'; maxSeconds?: number };

export interface Extension {
  steps: Step[];
  /** What Asterisk's AMD() concludes when it listens to this extension answering. */
  amd?: AmdResult;
}

export type Context = Record<string, Extension>;
export type DialplanConfig = Record<string, Context>;

export function defaultDialplan(): DialplanConfig {
  return {
    far: {
      answer: {
        steps: [{ app: 'Answer' }, { app: 'Wait', seconds: 2 }, { app: 'SendDTMF', digits: '12#' }, { app: 'Wait', seconds: 2 }, { app: 'Hangup' }],
      },
      'answer-long': { steps: [{ app: 'Answer' }, { app: 'Wait', seconds: 120 }] },
      busy: { steps: [{ app: 'Busy' }] },
      noanswer: { steps: [{ app: 'Ringing' }, { app: 'Wait', seconds: 60 }] },
      'ring-then-answer': { steps: [{ app: 'Ringing' }, { app: 'Wait', seconds: 3 }, { app: 'Answer' }, { app: 'Wait', seconds: 30 }] },
    },
    'far-amd': {
      human: {
        steps: [{ app: 'Answer' }, { app: 'Wait', seconds: 60 }],
        amd: { status: 'NOTSURE', cause: 'TOOLONG-4820', afterMs: 5000 },
      },
      machine: {
        steps: [{ app: 'Answer' }, { app: 'Wait', seconds: 60 }],
        amd: { status: 'MACHINE', cause: 'LONGGREETING-1500-1500', afterMs: 2300 },
      },
    },
    'to-stasis': { '_X.': { steps: [{ app: 'Stasis', data: 'pbx,inbound,${EXTEN}', priority: 2 }] } },
    // As asterisk/extensions.conf: feature codes (*10, *11) and one-character numbers reach Stasis too.
    'from-phones': {
      '_[*#+0-9a-zA-Z].': { steps: [{ app: 'Stasis', data: 'pbx,outbound,${EXTEN}' }] },
      '_[*#+0-9]': { steps: [{ app: 'Stasis', data: 'pbx,outbound,${EXTEN}' }] },
    },
    'from-trunk': {
      '_[*#+0-9a-zA-Z].': { steps: [{ app: 'Stasis', data: 'pbx,inbound,${EXTEN}' }] },
      '_[*#+0-9]': { steps: [{ app: 'Stasis', data: 'pbx,inbound,${EXTEN}' }] },
    },
    'dialer-amd': { s: { steps: [{ app: 'AMD' }, { app: 'Stasis', data: 'pbx,dialer,${AMDSTATUS},${AMDCAUSE}' }] } },
  };
}

/** Asterisk extension pattern match: `_` patterns with X, Z, N, [..], `.` and `!`. */
export function matchExten(pattern: string, exten: string): boolean {
  if (!pattern.startsWith('_')) return pattern === exten;
  let re = '^';
  const p = pattern.slice(1);
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === 'X') re += '[0-9]';
    else if (c === 'Z') re += '[1-9]';
    else if (c === 'N') re += '[2-9]';
    else if (c === '.') re += '.+';
    else if (c === '!') re += '.*';
    else if (c === '[') {
      const end = p.indexOf(']', i);
      re += p.slice(i, end + 1);
      i = end;
    } else re += c.replace(/[\\^$*+?.()|{}]/g, '\\$&');
  }
  return new RegExp(re + '$').test(exten);
}

export class Dialplan {
  constructor(private readonly config: DialplanConfig) {}

  find(context: string, exten: string): Extension | null {
    const ctx = this.config[context];
    if (!ctx) return null;
    if (ctx[exten]) return ctx[exten];
    for (const [pattern, ext] of Object.entries(ctx)) if (matchExten(pattern, exten)) return ext;
    return null;
  }

  set(context: string, exten: string, ext: Extension): void {
    (this.config[context] ??= {})[exten] = ext;
  }
}

/** `${VAR}` substitution from channel variables (EXTEN included). */
export function substitute(data: string, lookup: (name: string) => string | undefined): string {
  return data.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => lookup(name) ?? '');
}
