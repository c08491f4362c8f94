// Interprets a dialplan extension (or a far end's behaviour) step by step on the scheduler.
import type { AmdResult, Channel } from '../model/channel';
import type { Scheduler, TimerHandle } from '../time/scheduler';
import { substitute } from '../world/dialplan';
import type { Step } from '../world/dialplan';

/** What a script can do to the call it drives. */
export interface ScriptPort {
  /** The channel whose dialplan location the script moves (null for a far end). */
  readonly channel: Channel | null;
  answer(): void;
  ringing(): void;
  busy(): void;
  congestion(cause: number): void;
  dtmf(digit: string): void;
  hangup(cause: number): void;
  stasis(app: string, args: string[]): void;
  dialplanEvent(app: string, data: string): void;
  amd(): AmdResult;
  isUp(): boolean;
  whenUp(fn: () => void): void;
  lookup(name: string): string | undefined;
  setVar(name: string, value: string): void;
  alive(): boolean;
}

export const DTMF_FIRST_MS = 200;
export const DTMF_SPACING_MS = 350;
export const ANSWER_DELAY_MS = 500;

export class ScriptRunner {
  private index = 0;
  private timer: TimerHandle | null = null;
  private stopped = false;

  constructor(
    private readonly sched: Scheduler,
    private readonly port: ScriptPort,
    private readonly steps: Step[],
    private readonly context: string,
    private readonly exten: string,
  ) {}

  start(): void {
    this.run();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
  }

  private next(delayMs: number): void {
    this.index++;
    if (delayMs <= 0) this.run();
    else this.timer = this.sched.after(delayMs, () => this.run());
  }

  private run(): void {
    if (this.stopped || !this.port.alive()) return;
    const step = this.steps[this.index];
    if (!step) {
      // Falling off the end of an extension hangs the channel up, as in Asterisk.
      this.stopped = true;
      this.port.hangup(16);
      return;
    }
    const ch = this.port.channel;
    const data = stepData(step);
    if (ch) {
      ch.dialplan = {
        context: this.context,
        exten: this.exten,
        priority: (step.app === 'Stasis' && step.priority) || this.index + 1,
        app_name: step.app,
        app_data: substitute(data, (n) => this.port.lookup(n)),
      };
    }
    if (step.app !== 'WaitAnswer') this.port.dialplanEvent(step.app, ch ? ch.dialplan.app_data : data);
    switch (step.app) {
      case 'Answer': {
        const wasUp = this.port.isUp();
        this.port.answer();
        return this.next(wasUp ? 0 : ANSWER_DELAY_MS);
      }
      case 'Ringing':
        this.port.ringing();
        return this.next(0);
      case 'Wait':
        return this.next(step.seconds * 1000);
      case 'SendDTMF': {
        const digits = [...step.digits];
        digits.forEach((d, i) => this.sched.after(DTMF_FIRST_MS + DTMF_SPACING_MS * i, () => !this.stopped && this.port.alive() && this.port.dtmf(d)));
        return this.next(digits.length ? DTMF_FIRST_MS + DTMF_SPACING_MS * (digits.length - 1) + 250 : 0);
      }
      case 'Hangup':
        this.stopped = true;
        return this.port.hangup(step.cause ?? 16);
      case 'Busy':
        this.stopped = true;
        return this.port.busy();
      case 'Congestion':
        this.stopped = true;
        return this.port.congestion(step.cause ?? 34);
      case 'Stasis': {
        this.stopped = true;
        const [app, ...args] = substitute(step.data, (n) => this.port.lookup(n)).split(',');
        return this.port.stasis(app, args);
      }
      case 'AMD': {
        const r = this.port.amd();
        this.timer = this.sched.after(r.afterMs, () => {
          if (this.stopped || !this.port.alive()) return;
          this.port.setVar('AMDSTATUS', r.status);
          this.port.setVar('AMDCAUSE', r.cause);
          this.next(0);
        });
        return;
      }
      case 'WaitAnswer': {
        if (step.maxSeconds !== undefined) {
          this.timer = this.sched.after(step.maxSeconds * 1000, () => {
            if (this.stopped || this.port.isUp()) return;
            this.stopped = true;
            this.port.hangup(16);
          });
        }
        this.port.whenUp(() => {
          if (this.stopped) return;
          this.timer?.cancel();
          this.next(0);
        });
        return;
      }
    }
  }
}

function stepData(step: Step): string {
  switch (step.app) {
    case 'Wait':
      return String(step.seconds);
    case 'SendDTMF':
      return step.digits;
    case 'Busy':
      return '5';
    case 'Stasis':
      return step.data;
    case 'Hangup':
      return step.cause ? String(step.cause) : '';
    default:
      return '';
  }
}
