import { AcdAction, StopRingingReason } from './acd-action';
import { AgentEvent, AgentProfile, AgentState, AgentStatus, applyAgentEvent, initialAgentStatus, ringTargetOf } from './agent';
import { AnnouncementSchedule, AverageWaitEstimator, dueAnnouncements, initialAnnouncementSchedule } from './announcements';
import { admitCaller, CallerView, compareCallers, exitRouteOf, planDistribution, QueueExitReason } from './distributor';
import { isValidLevel, MemberView, memberViewOf, QueueMembership } from './queue-member';
import { QueueSettings, QueueSettingsInvalidError, validateQueueSettings } from './queue-settings';
import { QueueFigures, QueueStatistics } from './queue-statistics';
import { RandomSource } from './random-source';

/** A caller entering a queue; `callerId` is the call engine's id (e.g. the ARI channel id), unique across queues. */
export interface QueueCaller {
  callerId: string;
  /** Caller's number, shown in the live waiting list. */
  number: string;
  priority?: number;
  /** When the caller first joined, if before now: a re-adopted caller keeps its place (issue 5, item 5). */
  enqueuedAt?: number;
}

/** CC-6 agent status as the monitor shows it. */
export type AgentMonitorStatus = 'free' | 'busy' | 'pause' | 'logged-out';

export interface AgentMonitorFigure {
  agentId: string;
  level: number;
  status: AgentMonitorStatus;
  state: AgentState;
  stateSince: number;
  pauseReason: string | null;
  answered: number;
  lastCallAt: number | null;
}

export interface QueueMonitor extends QueueFigures {
  queueId: string;
  agents: AgentMonitorFigure[];
}

export interface AcdEngineOptions {
  random: RandomSource;
  /** How many recent answered waits the announced average uses. */
  averageWaitSamples?: number;
}

type CallerPhase = 'waiting' | 'connecting' | 'talking';

interface CallerRecord {
  callerId: string;
  queueId: string;
  priority: number;
  enqueuedAt: number;
  phase: CallerPhase;
  ringingAgentIds: string[];
  ringUntil: number | null;
  nextOfferAt: number;
  triedAgentIds: string[];
  schedule: AnnouncementSchedule;
  agentId: string | null;
  bridgeAt: number | null;
}

interface QueueRecord {
  queueId: string;
  settings: QueueSettings;
  members: Map<string, QueueMembership>;
  callers: Map<string, CallerRecord>;
  statistics: QueueStatistics;
  waitEstimator: AverageWaitEstimator;
}

interface AgentRecord {
  profile: AgentProfile;
  status: AgentStatus;
}

const MONITOR_STATUS: Record<AgentState, AgentMonitorStatus> = {
  available: 'free',
  ringing: 'busy',
  engaged: 'busy',
  'after-call-work': 'busy',
  paused: 'pause',
  rona: 'pause',
  'logged-out': 'logged-out',
};

/**
 * The ACD of one account: queues, agents shared between them (CC-3) and their callers.
 * Event-driven and clock-free: every method takes `now` (ms) and returns the actions to
 * carry out; the caller of the engine must also call `tick(nextWakeAt())` when that time comes.
 */
export class AcdEngine {
  private readonly queues = new Map<string, QueueRecord>();
  private readonly agents = new Map<string, AgentRecord>();
  private readonly callerQueue = new Map<string, string>();
  private lastNow = Number.NEGATIVE_INFINITY;
  // Timer actions produced before a rejected event are handed out with the next call.
  private pending: AcdAction[] = [];

  constructor(private readonly options: AcdEngineOptions) {}

  upsertQueue(queueId: string, settings: QueueSettings, now: number): AcdAction[] {
    const errors = validateQueueSettings(settings);
    if (errors.length > 0) throw new QueueSettingsInvalidError(errors);
    return this.run(now, () => {
      const queue = this.queues.get(queueId);
      if (queue) {
        queue.settings = { ...settings };
        queue.statistics.setSlaSeconds(settings.slaSeconds);
        return;
      }
      this.queues.set(queueId, {
        queueId,
        settings: { ...settings },
        members: new Map(),
        callers: new Map(),
        statistics: new QueueStatistics(settings.slaSeconds),
        waitEstimator: new AverageWaitEstimator(this.options.averageWaitSamples),
      });
    });
  }

  /** Registers an agent; permanent agents (CC-2) are logged in at once. */
  addAgent(profile: AgentProfile, now: number): AcdAction[] {
    if (this.agents.has(profile.agentId)) throw new Error(`Agent ${profile.agentId} exists`);
    ringTargetOf(profile);
    return this.run(now, (out) => {
      const status = initialAgentStatus(profile.loginMode === 'permanent', now);
      this.agents.set(profile.agentId, { profile: { ...profile }, status });
      this.emitAgentState(profile.agentId, status, out);
    });
  }

  /** Adds the agent to a queue with a competence level (1 = most competent), or changes the level. */
  setMember(queueId: string, agentId: string, level: number, now: number): AcdAction[] {
    if (!isValidLevel(level)) throw new Error(`Level must be a whole number from 1: ${level}`);
    const queue = this.queue(queueId);
    this.agent(agentId);
    return this.run(now, () => queue.members.set(agentId, { agentId, level }));
  }

  removeMember(queueId: string, agentId: string, now: number): AcdAction[] {
    const queue = this.queue(queueId);
    return this.run(now, (out) => {
      const offered = this.agent(agentId).status.offerCallerId;
      const caller = offered === null ? undefined : queue.callers.get(offered);
      if (caller) this.withdrawOffer(queue, caller, agentId, 'member-removed', false, now, out);
      queue.members.delete(agentId);
    });
  }

  login(agentId: string, now: number): AcdAction[] {
    return this.agentEvent(agentId, { type: 'login' }, now);
  }

  /** Withdraws a ringing offer first; an engaged agent must finish the call (AgentTransitionError). */
  logout(agentId: string, now: number): AcdAction[] {
    return this.run(now, (out) => {
      const record = this.agent(agentId);
      if (record.status.state === 'engaged') applyAgentEvent(record.status, { type: 'logout' }, now);
      this.withdrawAgentOffer(agentId, 'agent-logged-out', now, out);
      this.setStatus(agentId, applyAgentEvent(record.status, { type: 'logout' }, now), out);
    });
  }

  pause(agentId: string, reason: string, now: number): AcdAction[] {
    return this.agentEvent(agentId, { type: 'pause', reason }, now);
  }

  /** Back to available from a pause or from RONA (AGD-1: only the agent does this). */
  resume(agentId: string, now: number): AcdAction[] {
    return this.agentEvent(agentId, { type: 'resume' }, now);
  }

  extendAfterCallWork(agentId: string, seconds: number, now: number): AcdAction[] {
    return this.agentEvent(agentId, { type: 'extend-after-call-work', seconds }, now);
  }

  /** The agent ends after-call work early ("ready"). */
  finishAfterCallWork(agentId: string, now: number): AcdAction[] {
    return this.agentEvent(agentId, { type: 'finish-after-call-work' }, now);
  }

  /** A caller enters the queue: admitted to wait on music (and maybe offered at once), or sent to the full / exit action. */
  enqueue(queueId: string, caller: QueueCaller, now: number): AcdAction[] {
    const queue = this.queue(queueId);
    if (this.callerQueue.has(caller.callerId)) throw new Error(`Caller ${caller.callerId} is already queued`);
    return this.run(now, (out) => {
      const enqueuedAt = Math.min(caller.enqueuedAt ?? now, now);
      queue.statistics.recordEnqueued(caller.callerId, caller.number, enqueuedAt);
      const waiting = [...queue.callers.values()].filter((c) => c.phase === 'waiting').length;
      const refusal = admitCaller(queue.settings, this.memberViews(queue), waiting);
      if (refusal) {
        queue.statistics.recordUnanswered(caller.callerId, now);
        out.push({ type: 'exit', queueId, callerId: caller.callerId, reason: refusal, route: exitRouteOf(refusal) });
        return;
      }
      queue.callers.set(caller.callerId, {
        callerId: caller.callerId,
        queueId,
        priority: caller.priority ?? 0,
        enqueuedAt,
        phase: 'waiting',
        ringingAgentIds: [],
        ringUntil: null,
        nextOfferAt: now,
        triedAgentIds: [],
        schedule: initialAnnouncementSchedule(queue.settings, enqueuedAt),
        agentId: null,
        bridgeAt: null,
      });
      this.callerQueue.set(caller.callerId, queueId);
      out.push({ type: 'hold-with-music', queueId, callerId: caller.callerId });
    });
  }

  /** The member's leg answered; a late answer to a withdrawn offer is told to hang up. */
  offerAnswered(callerId: string, agentId: string, now: number): AcdAction[] {
    return this.run(now, (out) => {
      const queue = this.queueOfCaller(callerId);
      const caller = queue?.callers.get(callerId);
      if (!queue || !caller || caller.phase !== 'waiting' || !caller.ringingAgentIds.includes(agentId)) {
        out.push({ type: 'stop-ringing', queueId: queue?.queueId ?? '', callerId, agentId, reason: 'offer-withdrawn' });
        return;
      }
      for (const other of caller.ringingAgentIds.filter((id) => id !== agentId)) {
        this.withdrawOffer(queue, caller, other, 'answered-elsewhere', false, now, out);
      }
      this.setStatus(agentId, applyAgentEvent(this.agent(agentId).status, { type: 'answer', callerId }, now), out);
      queue.statistics.recordAnswered(callerId, agentId, now);
      queue.waitEstimator.recordAnsweredWait(now - caller.enqueuedAt);
      Object.assign(caller, { phase: 'connecting', ringingAgentIds: [], ringUntil: null, agentId });
      caller.bridgeAt = now + queue.settings.delayAfterAnswerSeconds * 1000;
      out.push({ type: 'play-agent-message', queueId: queue.queueId, callerId, agentId });
      if (caller.bridgeAt <= now) this.bridge(queue, caller, out);
    });
  }

  /** The offer failed before its ring time (busy, rejected, unreachable): next member after the pause. */
  offerFailed(callerId: string, agentId: string, now: number): AcdAction[] {
    return this.run(now, (out) => {
      const queue = this.queueOfCaller(callerId);
      const caller = queue?.callers.get(callerId);
      if (!queue || !caller || !caller.ringingAgentIds.includes(agentId)) return;
      this.withdrawOffer(queue, caller, agentId, 'offer-withdrawn', false, now, out);
    });
  }

  /** Caller or agent hung up: an abandon while waiting, otherwise the end of the call (after-call work starts). */
  hangUp(callerId: string, now: number): AcdAction[] {
    return this.run(now, (out) => {
      const queue = this.queueOfCaller(callerId);
      const caller = queue?.callers.get(callerId);
      if (!queue || !caller) return;
      if (caller.phase === 'waiting') {
        this.removeWaiting(queue, caller, now, out);
        return;
      }
      const agentId = caller.agentId as string;
      queue.statistics.recordCallEnded(callerId, now);
      const event: AgentEvent = { type: 'end-call', callerId, afterCallWorkSeconds: queue.settings.afterCallWorkSeconds };
      this.setStatus(agentId, applyAgentEvent(this.agent(agentId).status, event, now), out);
      queue.callers.delete(callerId);
      this.callerQueue.delete(callerId);
    });
  }

  /** Runs the timers due by `now`: ring timeouts, pauses, after-call work, max wait, bridges, announcements. */
  tick(now: number): AcdAction[] {
    return this.run(now, () => undefined);
  }

  /** The earliest time `tick` has something to do; null = only outside events change anything. */
  nextWakeAt(): number | null {
    let wakeAt: number | null = null;
    const wake = (at: number | null) => {
      if (at !== null && at > this.lastNow && (wakeAt === null || at < wakeAt)) wakeAt = at;
    };
    for (const { status } of this.agents.values()) wake(status.afterCallWorkUntil);
    for (const queue of this.queues.values()) {
      for (const caller of queue.callers.values()) {
        if (caller.phase !== 'waiting') {
          wake(caller.bridgeAt);
          continue;
        }
        if (queue.settings.maxWaitSeconds > 0) wake(caller.enqueuedAt + queue.settings.maxWaitSeconds * 1000);
        wake(caller.ringUntil);
        wake(caller.nextOfferAt);
        wake(caller.schedule.nextAnnouncementAt);
        wake(caller.schedule.nextCampaignMessageAt);
      }
    }
    return wakeAt;
  }

  agentStatus(agentId: string): AgentStatus {
    return this.agent(agentId).status;
  }

  /** Position (1-based) of a waiting caller, or null once answered or gone. */
  positionOf(callerId: string): number | null {
    const queue = this.queueOfCaller(callerId);
    if (!queue) return null;
    const index = this.waitingCallers(queue).findIndex((caller) => caller.callerId === callerId);
    return index < 0 ? null : index + 1;
  }

  /** CC-6 live figures of one queue. */
  monitor(queueId: string, now: number): QueueMonitor {
    const queue = this.queue(queueId);
    const agents = [...queue.members.values()].map(({ agentId, level }) => {
      const { status } = this.agent(agentId);
      const calls = queue.statistics.agentFigures(agentId);
      return {
        agentId,
        level,
        status: MONITOR_STATUS[status.state],
        state: status.state,
        stateSince: status.since,
        pauseReason: status.pauseReason,
        answered: calls.answered,
        lastCallAt: calls.lastCallAt,
      };
    });
    return { queueId, ...queue.statistics.figures(now), agents };
  }

  private run(now: number, change: (out: AcdAction[]) => void): AcdAction[] {
    // Time never runs backwards inside the engine, even if two callers' clocks disagree slightly.
    const at = Math.max(now, this.lastNow);
    this.lastNow = at;
    const out = this.pending;
    this.pending = [];
    this.advance(at, out);
    try {
      change(out);
    } catch (error) {
      this.pending = out;
      throw error;
    }
    this.distribute(at, out);
    this.announce(at, out);
    return out;
  }

  private agentEvent(agentId: string, event: AgentEvent, now: number): AcdAction[] {
    return this.run(now, (out) => this.setStatus(agentId, applyAgentEvent(this.agent(agentId).status, event, now), out));
  }

  private advance(now: number, out: AcdAction[]): void {
    for (const [agentId, { status }] of this.agents) {
      if (status.state === 'after-call-work' && status.afterCallWorkUntil !== null && status.afterCallWorkUntil <= now) {
        this.setStatus(agentId, applyAgentEvent(status, { type: 'finish-after-call-work' }, status.afterCallWorkUntil), out);
      }
    }
    for (const queue of this.queues.values()) {
      for (const caller of [...queue.callers.values()]) {
        if (caller.phase === 'waiting' && caller.ringUntil !== null && caller.ringUntil <= now) {
          const deadline = caller.ringUntil;
          // RONA only for a single offer: in ring-all every member but one "misses" by design.
          const single = caller.ringingAgentIds.length === 1;
          for (const agentId of [...caller.ringingAgentIds]) {
            this.withdrawOffer(queue, caller, agentId, 'ring-timeout', single && this.agent(agentId).profile.ronaOnMissedOffer === true, deadline, out);
          }
        }
        if (caller.phase === 'connecting' && caller.bridgeAt !== null && caller.bridgeAt <= now) this.bridge(queue, caller, out);
      }
    }
  }

  /** Queues whose first caller waits longest go first, so a shared agent serves the oldest call. */
  private distribute(now: number, out: AcdAction[]): void {
    const busyQueues = [...this.queues.values()]
      .map((queue) => ({ queue, head: this.waitingCallers(queue)[0] }))
      .filter((entry): entry is { queue: QueueRecord; head: CallerRecord } => entry.head !== undefined)
      .sort((a, b) => a.head.enqueuedAt - b.head.enqueuedAt);
    for (const { queue } of busyQueues) {
      const plan = planDistribution({
        settings: queue.settings,
        now,
        callers: this.waitingCallers(queue).map(toCallerView),
        members: this.memberViews(queue),
        random: this.options.random,
      });
      for (const exit of plan.exits) this.exitCaller(queue, queue.callers.get(exit.callerId) as CallerRecord, exit.reason, now, out);
      for (const offer of plan.offers) {
        const caller = queue.callers.get(offer.callerId) as CallerRecord;
        if (offer.newRound) caller.triedAgentIds = [];
        caller.ringingAgentIds = [...offer.agentIds];
        caller.ringUntil = offer.ringUntil;
        for (const agentId of offer.agentIds) {
          const record = this.agent(agentId);
          this.setStatus(agentId, applyAgentEvent(record.status, { type: 'offer', callerId: caller.callerId }, now), out);
          out.push({ type: 'ring-agent', queueId: queue.queueId, callerId: caller.callerId, agentId, target: ringTargetOf(record.profile), ringUntil: offer.ringUntil });
        }
      }
    }
  }

  private announce(now: number, out: AcdAction[]): void {
    for (const queue of this.queues.values()) {
      const averageWait = queue.waitEstimator.averageSeconds();
      this.waitingCallers(queue).forEach((caller, index) => {
        const due = dueAnnouncements(queue.settings, caller.schedule, now, index + 1, averageWait);
        caller.schedule = due.schedule;
        for (const announcement of due.announcements) out.push({ type: 'announce', queueId: queue.queueId, callerId: caller.callerId, announcement });
      });
    }
  }

  private bridge(queue: QueueRecord, caller: CallerRecord, out: AcdAction[]): void {
    caller.phase = 'talking';
    caller.bridgeAt = null;
    out.push({ type: 'bridge', queueId: queue.queueId, callerId: caller.callerId, agentId: caller.agentId as string });
  }

  /** Ends one ringing offer; when none is left the caller's pause between agents starts. */
  private withdrawOffer(queue: QueueRecord, caller: CallerRecord, agentId: string, reason: StopRingingReason, rona: boolean, at: number, out: AcdAction[]): void {
    this.setStatus(agentId, applyAgentEvent(this.agent(agentId).status, { type: 'miss', callerId: caller.callerId, rona }, at), out);
    out.push({ type: 'stop-ringing', queueId: queue.queueId, callerId: caller.callerId, agentId, reason });
    caller.ringingAgentIds = caller.ringingAgentIds.filter((id) => id !== agentId);
    if (queue.settings.strategy !== 'ring-all' && !caller.triedAgentIds.includes(agentId)) caller.triedAgentIds.push(agentId);
    if (caller.ringingAgentIds.length === 0 && reason !== 'answered-elsewhere') {
      caller.ringUntil = null;
      caller.nextOfferAt = at + queue.settings.pauseBetweenAgentsSeconds * 1000;
    }
  }

  private withdrawAgentOffer(agentId: string, reason: StopRingingReason, now: number, out: AcdAction[]): void {
    const callerId = this.agent(agentId).status.offerCallerId;
    const queue = callerId === null ? undefined : this.queueOfCaller(callerId);
    const caller = callerId === null ? undefined : queue?.callers.get(callerId);
    if (queue && caller) this.withdrawOffer(queue, caller, agentId, reason, false, now, out);
  }

  private removeWaiting(queue: QueueRecord, caller: CallerRecord, now: number, out: AcdAction[]): void {
    for (const agentId of [...caller.ringingAgentIds]) this.withdrawOffer(queue, caller, agentId, 'caller-left', false, now, out);
    queue.statistics.recordUnanswered(caller.callerId, now);
    queue.callers.delete(caller.callerId);
    this.callerQueue.delete(caller.callerId);
  }

  private exitCaller(queue: QueueRecord, caller: CallerRecord, reason: QueueExitReason, now: number, out: AcdAction[]): void {
    this.removeWaiting(queue, caller, now, out);
    out.push({ type: 'exit', queueId: queue.queueId, callerId: caller.callerId, reason, route: exitRouteOf(reason) });
  }

  private setStatus(agentId: string, status: AgentStatus, out: AcdAction[]): void {
    const record = this.agent(agentId);
    const before = record.status;
    record.status = status;
    if (before.state !== status.state || before.pauseReason !== status.pauseReason) this.emitAgentState(agentId, status, out);
  }

  private emitAgentState(agentId: string, status: AgentStatus, out: AcdAction[]): void {
    out.push({ type: 'agent-state', agentId, state: status.state, pauseReason: status.pauseReason, at: status.since });
  }

  private waitingCallers(queue: QueueRecord): CallerRecord[] {
    return [...queue.callers.values()].filter((caller) => caller.phase === 'waiting').sort((a, b) => compareCallers(toCallerView(a), toCallerView(b)));
  }

  private memberViews(queue: QueueRecord): MemberView[] {
    return [...queue.members.values()].map((membership) =>
      memberViewOf(membership, this.agent(membership.agentId).status, queue.statistics.agentFigures(membership.agentId).answered),
    );
  }

  private queue(queueId: string): QueueRecord {
    const queue = this.queues.get(queueId);
    if (!queue) throw new Error(`Unknown queue ${queueId}`);
    return queue;
  }

  private agent(agentId: string): AgentRecord {
    const agent = this.agents.get(agentId);
    if (!agent) throw new Error(`Unknown agent ${agentId}`);
    return agent;
  }

  private queueOfCaller(callerId: string): QueueRecord | undefined {
    const queueId = this.callerQueue.get(callerId);
    return queueId === undefined ? undefined : this.queues.get(queueId);
  }
}

function toCallerView(caller: CallerRecord): CallerView {
  return {
    callerId: caller.callerId,
    enqueuedAt: caller.enqueuedAt,
    priority: caller.priority,
    ringingAgentIds: caller.ringingAgentIds,
    ringUntil: caller.ringUntil,
    nextOfferAt: caller.nextOfferAt,
    triedAgentIds: caller.triedAgentIds,
  };
}
