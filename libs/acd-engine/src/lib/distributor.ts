import { lowestLevelTier } from './competence-level';
import { pickMember } from './distribution-strategy';
import { isEligible, isLoggedIn, MemberView } from './queue-member';
import { QueueSettings } from './queue-settings';
import { RandomSource } from './random-source';

/** Why a caller leaves the queue without an agent; `queue-full` goes to the full action, the rest to the exit action. */
export type QueueExitReason = 'queue-full' | 'max-wait' | 'no-agent-logged-in' | 'no-agent-available';

export type QueueExitRoute = 'full-action' | 'exit-action';

export function exitRouteOf(reason: QueueExitReason): QueueExitRoute {
  return reason === 'queue-full' ? 'full-action' : 'exit-action';
}

/** A caller still waiting for an agent (ringing included), as the distributor sees it. */
export interface CallerView {
  callerId: string;
  enqueuedAt: number;
  /** Higher goes first; FIFO within a priority. */
  priority: number;
  /** Members ringing for this caller now (one, or a tier for ring-all). */
  ringingAgentIds: readonly string[];
  ringUntil: number | null;
  /** Pause between agents: no new offer before this time. */
  nextOfferAt: number;
  /** Members already rung without answer in the current round. */
  triedAgentIds: readonly string[];
}

export interface PlannedOffer {
  callerId: string;
  agentIds: string[];
  ringUntil: number;
  /** Every eligible member had been tried: the caller's round starts over with these. */
  newRound: boolean;
}

export interface PlannedExit {
  callerId: string;
  reason: QueueExitReason;
}

export interface DistributionPlan {
  offers: PlannedOffer[];
  exits: PlannedExit[];
  /** When the plan may change without any outside event (ring timeout, pause end, ACW end, max wait); null = only on events. */
  wakeAt: number | null;
}

export interface DistributionInput {
  settings: QueueSettings;
  now: number;
  callers: readonly CallerView[];
  members: readonly MemberView[];
  random: RandomSource;
}

/** Service order: priority first, then first come first served. */
export function compareCallers(a: CallerView, b: CallerView): number {
  return b.priority - a.priority || a.enqueuedAt - b.enqueuedAt || (a.callerId < b.callerId ? -1 : a.callerId > b.callerId ? 1 : 0);
}

/**
 * Admission of a new caller (CC-4). While nobody is logged in, "send when no agent is logged
 * in" decides alone; "drop when no agent is available" applies when members are logged in
 * but none could be offered the call now.
 */
export function admitCaller(settings: QueueSettings, members: readonly MemberView[], callersWaiting: number): QueueExitReason | null {
  if (settings.maxCallersWaiting > 0 && callersWaiting >= settings.maxCallersWaiting) return 'queue-full';
  if (!members.some(isLoggedIn)) return settings.sendWhenNoAgentLoggedIn ? null : 'no-agent-logged-in';
  if (settings.dropWhenNoAgentAvailable && !members.some((member) => isEligible(member, settings))) return 'no-agent-available';
  return null;
}

/** The decisions for one queue at `now`: offers to start, callers to send away, and when to look again. */
export function planDistribution({ settings, now, callers, members, random }: DistributionInput): DistributionPlan {
  const offers: PlannedOffer[] = [];
  const exits: PlannedExit[] = [];
  let wakeAt: number | null = null;
  const wake = (at: number | null) => {
    if (at !== null && at > now && (wakeAt === null || at < wakeAt)) wakeAt = at;
  };
  const anyoneLoggedIn = members.some(isLoggedIn);
  const taken = new Set<string>();
  // Callers ahead in their pause between agents keep a free member for themselves, so FIFO holds.
  let reserved = 0;
  let someoneWaitsForMember = false;

  for (const caller of [...callers].sort(compareCallers)) {
    const deadline = settings.maxWaitSeconds > 0 ? caller.enqueuedAt + settings.maxWaitSeconds * 1000 : null;
    if (deadline !== null && deadline <= now) {
      exits.push({ callerId: caller.callerId, reason: 'max-wait' });
      continue;
    }
    // Asterisk's leavewhenempty: callers admitted earlier leave too when the last member logs out.
    if (!anyoneLoggedIn && !settings.sendWhenNoAgentLoggedIn) {
      exits.push({ callerId: caller.callerId, reason: 'no-agent-logged-in' });
      continue;
    }
    wake(deadline);
    if (caller.ringingAgentIds.length > 0) {
      wake(caller.ringUntil);
      continue;
    }
    if (caller.nextOfferAt > now) {
      wake(caller.nextOfferAt);
      reserved++;
      continue;
    }
    const pool = members.filter((member) => !taken.has(member.agentId) && isEligible(member, settings));
    if (pool.length <= reserved) {
      someoneWaitsForMember = true;
      continue;
    }
    const ringUntil = now + settings.agentRingSeconds * 1000;
    if (settings.strategy === 'ring-all') {
      const tier = lowestLevelTier(pool);
      tier.forEach((member) => taken.add(member.agentId));
      offers.push({ callerId: caller.callerId, agentIds: tier.map((member) => member.agentId), ringUntil, newRound: false });
      continue;
    }
    const untried = pool.filter((member) => !caller.triedAgentIds.includes(member.agentId));
    const chosen = pickMember(settings.strategy, untried.length > 0 ? untried : pool, now, random);
    taken.add(chosen.agentId);
    offers.push({ callerId: caller.callerId, agentIds: [chosen.agentId], ringUntil, newRound: untried.length === 0 });
  }
  // Members in after-call work become free by the clock, not by an event.
  if (someoneWaitsForMember) members.forEach((member) => wake(member.state === 'after-call-work' ? member.afterCallWorkUntil : null));
  return { offers, exits, wakeAt };
}
