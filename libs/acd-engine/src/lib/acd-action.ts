import { AgentState, RingTarget } from './agent';
import { CallerAnnouncement } from './announcements';
import { QueueExitReason, QueueExitRoute } from './distributor';

export type StopRingingReason = 'ring-timeout' | 'answered-elsewhere' | 'caller-left' | 'agent-logged-out' | 'member-removed' | 'offer-withdrawn';

/** What the call engine must do over ARI (or tell the live views) after an engine call, in order. */
export type AcdAction =
  /** Put the caller in the queue's holding bridge with its music on hold. */
  | { type: 'hold-with-music'; queueId: string; callerId: string }
  /** Originate the offer to the member; the engine times it out itself at `ringUntil`. */
  | { type: 'ring-agent'; queueId: string; callerId: string; agentId: string; target: RingTarget; ringUntil: number }
  /** Hang up the offer leg (not answered in time, answered elsewhere, withdrawn). */
  | { type: 'stop-ringing'; queueId: string; callerId: string; agentId: string; reason: StopRingingReason }
  /** The member answered: play the campaign's agent message during the delay after answer. */
  | { type: 'play-agent-message'; queueId: string; callerId: string; agentId: string }
  /** Move the caller from the holding bridge into a bridge with the member's channel. */
  | { type: 'bridge'; queueId: string; callerId: string; agentId: string }
  /** Send the caller to the queue's full action (queue-full) or exit action (every other reason). */
  | { type: 'exit'; queueId: string; callerId: string; reason: QueueExitReason; route: QueueExitRoute }
  | { type: 'announce'; queueId: string; callerId: string; announcement: CallerAnnouncement }
  /** For live monitoring and agent-session records. */
  | { type: 'agent-state'; agentId: string; state: AgentState; pauseReason: string | null; at: number };
