import { CallDirection } from '@pbx/contracts';
import { randomUUID } from 'node:crypto';
import { AriChannel } from '../ari/ari-port';
import { ariTime } from '../ari/ari-time';

/** DIA-7: where an agent's call to the login line stands. */
export interface LoginLineState {
  step: 'id' | 'pin';
  digits: string;
  tries: number;
  agentNumber: string | null;
  /** Set once logged in: the call then waits on music for offers. */
  agentId: string | null;
  /** After this "incorrect" message, the agent ID is asked for again. */
  repromptAfter?: string;
}

/** One channel of a call. */
export interface CallLeg {
  channelId: string;
  role: 'caller' | 'callee';
  /** The number or login this leg reached (for its CDR). */
  to: string;
  startedAt: string;
  answeredAt: string | null;
  /** From ChannelHangupRequest: a caller's channel ends with StasisEnd, which has no cause. */
  hangupCause?: number;
}

/**
 * A call in progress: its legs, its bridge and what the engine is waiting for. Kept in
 * Redis so a restarted telephony process re-adopts it (DESIGN.md).
 */
export interface CallSession {
  id: string;
  /** ARI URL of the Asterisk server the call lives on. */
  server: string;
  accountId: string | null;
  direction: CallDirection;
  from: string;
  to: string;
  did: string | null;
  service: string | null;
  bridgeId: string | null;
  /** Playback after which the caller is hung up (announcement of an unknown number). */
  farewellPlaybackId: string | null;
  /** REC-2: set while routing, from the phone account's or trunk's switch. */
  record: boolean;
  /** When routing began: the StasisStart of the caller's leg, by Asterisk's clock. */
  routedAt: string | null;
  /** The recording of the call, once the bridge is recorded; CDRs link to it. */
  recordingId: string | null;
  recordingName: string | null;
  /** Only on calls to the agent login line. */
  login?: LoginLineState;
  legs: Record<string, CallLeg>;
}

/** A call that starts with a caller's channel entering Stasis. */
export function callerSession(server: string, channel: AriChannel, direction: CallDirection, to: string, did: string | null): CallSession {
  return {
    id: randomUUID(),
    server,
    accountId: null,
    direction,
    from: channel.caller.number,
    to,
    did,
    service: null,
    bridgeId: null,
    farewellPlaybackId: null,
    record: false,
    routedAt: null,
    recordingId: null,
    recordingName: null,
    legs: { [channel.id]: { channelId: channel.id, role: 'caller', to, startedAt: ariTime(channel.creationtime).toISOString(), answeredAt: null } },
  };
}
