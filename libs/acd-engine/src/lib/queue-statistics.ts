/** A caller waiting now, for the live list (CC-6). */
export interface WaitingCallerFigure {
  callerId: string;
  number: string;
  waitSeconds: number;
}

export interface AgentCallFigures {
  answered: number;
  /** When the agent last answered a call of this queue. */
  lastCallAt: number | null;
}

/** CC-6 figures of one queue since the statistics started. Seconds; null where nothing was measured yet. */
export interface QueueFigures {
  answered: number;
  /** Callers who left without an agent: hung up while waiting, or sent to the exit / full action. */
  unanswered: number;
  waiting: WaitingCallerFigure[];
  /** Mean wait until answer, over answered calls. */
  averageWaitSeconds: number | null;
  /** Longest wait of any finished wait (answered or not) in the period. */
  maxWaitSeconds: number | null;
  /** Longest wait among the callers waiting now. */
  longestWaitingNowSeconds: number | null;
  averageTalkSeconds: number | null;
  slaSeconds: number;
  /** Share (0..1) of finished waits answered within the SLA seconds; null before the first one. */
  slaShare: number | null;
}

/** Incremental monitoring of one queue: every record* call is O(1); `figures` is O(callers waiting). */
export class QueueStatistics {
  private readonly waitingSince = new Map<string, { number: string; at: number }>();
  private readonly talkingSince = new Map<string, number>();
  private readonly perAgent = new Map<string, AgentCallFigures>();
  private answered = 0;
  private unanswered = 0;
  private answeredWithinSla = 0;
  private answeredWaitMs = 0;
  private maxWaitMs: number | null = null;
  private talkCount = 0;
  private talkMs = 0;

  constructor(private slaSeconds: number) {}

  setSlaSeconds(slaSeconds: number): void {
    this.slaSeconds = slaSeconds;
  }

  recordEnqueued(callerId: string, number: string, at: number): void {
    this.waitingSince.set(callerId, { number, at });
  }

  recordAnswered(callerId: string, agentId: string, at: number): void {
    const waiting = this.waitingSince.get(callerId);
    if (!waiting) return;
    this.waitingSince.delete(callerId);
    const waitMs = at - waiting.at;
    this.answered++;
    this.answeredWaitMs += waitMs;
    if (waitMs <= this.slaSeconds * 1000) this.answeredWithinSla++;
    this.noteWait(waitMs);
    this.talkingSince.set(callerId, at);
    const agent = this.agentFigures(agentId);
    this.perAgent.set(agentId, { answered: agent.answered + 1, lastCallAt: at });
  }

  /** A caller left without an agent (hang-up, exit or full action); the SLA counts it as missed. */
  recordUnanswered(callerId: string, at: number): void {
    const waiting = this.waitingSince.get(callerId);
    if (!waiting) return;
    this.waitingSince.delete(callerId);
    this.unanswered++;
    this.noteWait(at - waiting.at);
  }

  /** Talk time runs from the agent's answer to the hang-up. */
  recordCallEnded(callerId: string, at: number): void {
    const since = this.talkingSince.get(callerId);
    if (since === undefined) return;
    this.talkingSince.delete(callerId);
    this.talkCount++;
    this.talkMs += at - since;
  }

  agentFigures(agentId: string): AgentCallFigures {
    return this.perAgent.get(agentId) ?? { answered: 0, lastCallAt: null };
  }

  figures(now: number): QueueFigures {
    const waiting = [...this.waitingSince].map(([callerId, { number, at }]) => ({ callerId, number, waitSeconds: (now - at) / 1000 }));
    const finished = this.answered + this.unanswered;
    return {
      answered: this.answered,
      unanswered: this.unanswered,
      waiting,
      averageWaitSeconds: this.answered > 0 ? this.answeredWaitMs / this.answered / 1000 : null,
      maxWaitSeconds: this.maxWaitMs === null ? null : this.maxWaitMs / 1000,
      longestWaitingNowSeconds: waiting.length > 0 ? Math.max(...waiting.map((caller) => caller.waitSeconds)) : null,
      averageTalkSeconds: this.talkCount > 0 ? this.talkMs / this.talkCount / 1000 : null,
      slaSeconds: this.slaSeconds,
      slaShare: finished > 0 ? this.answeredWithinSla / finished : null,
    };
  }

  private noteWait(waitMs: number): void {
    if (this.maxWaitMs === null || waitMs > this.maxWaitMs) this.maxWaitMs = waitMs;
  }
}
