import { AgentState, AgentStatus } from './agent';
import { QueueSettings } from './queue-settings';

/** CC-3: an agent's competence level in one queue; 1 is the most competent. */
export interface QueueMembership {
  agentId: string;
  level: number;
}

/** What the distributor needs to know about one member at `now`. */
export interface MemberView {
  agentId: string;
  level: number;
  state: AgentState;
  /** An offer is ringing at this member (for any queue). */
  hasOffer: boolean;
  activeCallCount: number;
  /** Calls this member answered in this queue (fewest-calls). */
  answeredCount: number;
  /** End of the member's last call; null = never called (least-recent puts them first). */
  lastCallEndedAt: number | null;
  afterCallWorkUntil: number | null;
}

export function isValidLevel(level: number): boolean {
  return Number.isInteger(level) && level >= 1;
}

export function memberViewOf(membership: QueueMembership, status: AgentStatus, answeredCount: number): MemberView {
  return {
    agentId: membership.agentId,
    level: membership.level,
    state: status.state,
    hasOffer: status.offerCallerId !== null,
    activeCallCount: status.activeCallerIds.length,
    answeredCount,
    lastCallEndedAt: status.lastCallEndedAt,
    afterCallWorkUntil: status.afterCallWorkUntil,
  };
}

export function isLoggedIn(member: Pick<MemberView, 'state'>): boolean {
  return member.state !== 'logged-out';
}

/** A member that may be offered a call now; talking members only with "ring busy agents", and only one waiting call each. */
export function isEligible(member: MemberView, settings: Pick<QueueSettings, 'ringBusyAgents'>): boolean {
  if (member.hasOffer) return false;
  if (member.state === 'available') return true;
  return settings.ringBusyAgents && member.state === 'engaged' && member.activeCallCount === 1;
}
