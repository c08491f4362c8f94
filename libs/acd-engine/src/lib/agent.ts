/**
 * Agent states (CC-6, AGD-1). `ringing` is an offer to a free agent; an engaged agent offered
 * a second call (ring busy agents) stays `engaged` with `offerCallerId` set. `rona` = the offer
 * was not answered in time and the agent must make himself available again.
 */
export type AgentState = 'available' | 'ringing' | 'engaged' | 'after-call-work' | 'paused' | 'rona' | 'logged-out';

/** CC-2: permanent agents are always logged in; manual ones use *10 / *11 or the login number. */
export type AgentLoginMode = 'permanent' | 'manual';

/** Where an offer rings: the member's phone account (SIP login) or external number (QUE-1). */
export type RingTarget =
  | { kind: 'phone-account'; sipLogin: string }
  | { kind: 'external-number'; number: string }
  /** DIA-7: the agent's own call to the login line, waiting on music; an offer is bridged at once. */
  | { kind: 'login-line' };

export interface AgentProfile {
  agentId: string;
  /** SIP login of the linked phone account; preferred over the external number. */
  phoneAccount?: string;
  /** External (mobile) number for queue members that are not phone accounts. */
  externalNumber?: string;
  /** Logged in through the login line: offers go to that call, not to a phone. */
  loginLine?: boolean;
  loginMode: AgentLoginMode;
  /** AGD-1 desktop agents go to RONA after an unanswered single offer; plain phones just stay available. */
  ronaOnMissedOffer?: boolean;
}

/** One agent's state with the timestamps monitoring needs; immutable, replaced on every transition. */
export interface AgentStatus {
  readonly state: AgentState;
  /** When the current state was entered (ms). */
  readonly since: number;
  readonly pauseReason: string | null;
  /** The caller currently offered to this agent. */
  readonly offerCallerId: string | null;
  /** Callers this agent is talking to (two only with ring busy agents). */
  readonly activeCallerIds: readonly string[];
  readonly afterCallWorkUntil: number | null;
  /** End of the agent's last call in any queue; null = never called since the engine started. */
  readonly lastCallEndedAt: number | null;
  readonly loggedInAt: number | null;
}

export type AgentEvent =
  | { type: 'login' }
  | { type: 'logout' }
  | { type: 'offer'; callerId: string }
  | { type: 'answer'; callerId: string }
  | { type: 'miss'; callerId: string; rona: boolean }
  | { type: 'end-call'; callerId: string; afterCallWorkSeconds: number }
  | { type: 'extend-after-call-work'; seconds: number }
  | { type: 'finish-after-call-work' }
  | { type: 'pause'; reason: string }
  | { type: 'resume' };

export class AgentTransitionError extends Error {
  constructor(
    readonly from: AgentState,
    readonly event: AgentEvent['type'],
    detail = '',
  ) {
    super(`Agent in state ${from} cannot ${event}${detail ? `: ${detail}` : ''}`);
    this.name = 'AgentTransitionError';
  }
}

export function ringTargetOf(profile: AgentProfile): RingTarget {
  if (profile.loginLine) return { kind: 'login-line' };
  if (profile.phoneAccount) return { kind: 'phone-account', sipLogin: profile.phoneAccount };
  if (profile.externalNumber) return { kind: 'external-number', number: profile.externalNumber };
  throw new Error(`Agent ${profile.agentId} has neither a phone account nor an external number`);
}

export function initialAgentStatus(loggedIn: boolean, now: number): AgentStatus {
  return {
    state: loggedIn ? 'available' : 'logged-out',
    since: now,
    pauseReason: null,
    offerCallerId: null,
    activeCallerIds: [],
    afterCallWorkUntil: null,
    lastCallEndedAt: null,
    loggedInAt: loggedIn ? now : null,
  };
}

function enter(status: AgentStatus, state: AgentState, now: number, changes: Partial<AgentStatus> = {}): AgentStatus {
  const since = state === status.state ? status.since : now;
  return { ...status, pauseReason: null, afterCallWorkUntil: null, ...changes, state, since };
}

/** The pure agent state machine: returns the next status or throws AgentTransitionError. */
export function applyAgentEvent(status: AgentStatus, event: AgentEvent, now: number): AgentStatus {
  const reject = (detail?: string): never => {
    throw new AgentTransitionError(status.state, event.type, detail);
  };
  const { state } = status;
  switch (event.type) {
    case 'login':
      return state === 'logged-out' ? enter(status, 'available', now, { loggedInAt: now }) : reject();
    case 'logout':
      // A talking agent finishes the call first; the engine withdraws a ringing offer itself.
      return state === 'engaged' || state === 'logged-out'
        ? reject()
        : enter(status, 'logged-out', now, { offerCallerId: null, loggedInAt: null });
    case 'offer':
      if (status.offerCallerId !== null) return reject('already offered a call');
      if (state === 'available') return enter(status, 'ringing', now, { offerCallerId: event.callerId });
      if (state === 'engaged') return { ...status, offerCallerId: event.callerId };
      return reject();
    case 'answer':
      if (status.offerCallerId !== event.callerId) return reject(`no offer of ${event.callerId}`);
      return enter(status, 'engaged', now, { offerCallerId: null, activeCallerIds: [...status.activeCallerIds, event.callerId] });
    case 'miss':
      if (status.offerCallerId !== event.callerId) return reject(`no offer of ${event.callerId}`);
      if (state === 'engaged') return { ...status, offerCallerId: null };
      return enter(status, event.rona ? 'rona' : 'available', now, { offerCallerId: null });
    case 'end-call': {
      if (state !== 'engaged' || !status.activeCallerIds.includes(event.callerId)) return reject(`not talking to ${event.callerId}`);
      const activeCallerIds = status.activeCallerIds.filter((id) => id !== event.callerId);
      if (activeCallerIds.length > 0) return { ...status, activeCallerIds, lastCallEndedAt: now };
      const ended = { activeCallerIds, lastCallEndedAt: now, offerCallerId: status.offerCallerId };
      // A call-waiting offer still ringing becomes a plain offer; after-call work would hide it.
      if (status.offerCallerId !== null) return enter(status, 'ringing', now, ended);
      if (event.afterCallWorkSeconds > 0) {
        return enter(status, 'after-call-work', now, { ...ended, afterCallWorkUntil: now + event.afterCallWorkSeconds * 1000 });
      }
      return enter(status, 'available', now, ended);
    }
    case 'extend-after-call-work':
      if (state !== 'after-call-work' || status.afterCallWorkUntil === null) return reject();
      if (!(event.seconds > 0)) return reject('extension must be positive');
      return { ...status, afterCallWorkUntil: status.afterCallWorkUntil + event.seconds * 1000 };
    case 'finish-after-call-work':
      return state === 'after-call-work' ? enter(status, 'available', now) : reject();
    case 'pause':
      return state === 'available' || state === 'after-call-work' || state === 'rona' || state === 'paused'
        ? enter(status, 'paused', now, { pauseReason: event.reason })
        : reject();
    case 'resume':
      return state === 'paused' || state === 'rona' ? enter(status, 'available', now) : reject();
  }
}

export function canApplyAgentEvent(status: AgentStatus, event: AgentEvent, now = status.since): boolean {
  try {
    applyAgentEvent(status, event, now);
    return true;
  } catch (error) {
    if (error instanceof AgentTransitionError) return false;
    throw error;
  }
}
