import { Injectable, Logger } from '@nestjs/common';
import { CallDirection } from '@pbx/contracts';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../common/time/clock';
import { CallRecordWriter } from '../../modules/calls/call-record.writer';
import { AriPort, HangupReason } from '../ari/ari-port';
import { CAUSE, legRecord } from './call-leg-record';
import { CallSession } from './call-session';
import { CallRecorder } from './call-recorder.service';
import { CallSessionStore } from './call-session.store';

/** Stasis app of every call, and the first appArgs of legs the engine originates. */
export const STASIS_APP = 'pbx';
export const DIALED_LEG = 'dialed';
/** How long a phone rings before the caller hears "no answer". */
export const RING_SECONDS = 30;
/** Asterisk core sound: "the number you have dialed is not in service". */
export const NOT_IN_SERVICE = 'sound:ss-noservice';

/** The Q.850 cause Asterisk gives a channel we hang up with each reason. */
const REASON_CAUSES: Record<HangupReason, number> = {
  normal: 16,
  busy: 17,
  no_answer: 19,
  timeout: 19,
  congestion: 34,
  rejected: 21,
  unallocated: 1,
};

/** What flows do to calls: dial a leg, connect it when answered, announce, end. */
@Injectable()
export class CallActions {
  private readonly logger = new Logger(CallActions.name);

  constructor(
    private readonly store: CallSessionStore,
    private readonly records: CallRecordWriter,
    private readonly clock: Clock,
    private readonly recorder: CallRecorder,
  ) {}

  private readonly afterCallerLeft: Array<(session: CallSession) => Promise<void>> = [];

  /** Flows that keep state beyond the call (an agent's login) clean up when its caller leaves. */
  onCallerLeft(hook: (session: CallSession) => Promise<void>): void {
    this.afterCallerLeft.push(hook);
  }

  /** Rings a new leg; its StasisStart (args `dialed,<callId>`) means it answered. */
  async dial(port: AriPort, session: CallSession, endpoint: string, to: string, callerId?: string): Promise<void> {
    const channelId = randomUUID();
    // Until Asterisk reports the new channel, it counts from when the caller's leg began being routed.
    const startedAt = session.routedAt ?? this.clock.now().toISOString();
    session.legs[channelId] = { channelId, role: 'callee', to, startedAt, answeredAt: null };
    this.store.indexChannel(channelId, session.id);
    try {
      await port.originate({
        endpoint,
        channelId,
        app: STASIS_APP,
        appArgs: `${DIALED_LEG},${session.id}`,
        callerId: callerId ?? session.from,
        timeout: RING_SECONDS,
      });
    } catch (error) {
      // An unreachable endpoint (a phone not registered: 500 Allocation failed) never rings:
      // the caller gets congestion, as from Dial() in a dialplan, and the call ends normally.
      this.logger.warn(`Call ${session.id}: ${endpoint} cannot be reached: ${String(error)}`);
      delete session.legs[channelId];
      await this.store.forgetChannel(channelId);
      await this.store.save(session);
      const caller = Object.values(session.legs).find((leg) => leg.role === 'caller');
      if (caller) {
        await this.hangUp(port, session, caller.channelId, 'congestion');
      }
      return;
    }
    await this.store.save(session);
  }

  /**
   * The dialled leg answered (its StasisStart at `answeredAt`, Asterisk's clock): answer
   * the caller and bridge both.
   */
  async connect(port: AriPort, session: CallSession, calleeId: string, answeredAt: Date, calleeCreated: Date): Promise<void> {
    const now = answeredAt.toISOString();
    const callee = session.legs[calleeId];
    const caller = Object.values(session.legs).find((leg) => leg.role === 'caller');
    if (!callee || !caller) {
      return;
    }
    callee.answeredAt = now;
    callee.startedAt = calleeCreated.toISOString();
    session.bridgeId = randomUUID();
    const callerAnswered = caller.answeredAt === null ? port.answer(caller.channelId) : Promise.resolve();
    caller.answeredAt ??= now;
    await Promise.all([callerAnswered, port.createBridge(session.bridgeId, 'mixing')]);
    await port.addToBridge(session.bridgeId, [caller.channelId, calleeId]);
    if (session.record && session.direction !== CallDirection.Internal) {
      await this.recorder.start(port, session, answeredAt);
    }
    await this.store.save(session);
  }

  /** "Not in service" to the caller, then hang up: never a silent drop. */
  async announceAndHangUp(port: AriPort, session: CallSession, channelId: string, media = NOT_IN_SERVICE): Promise<void> {
    session.farewellPlaybackId = randomUUID();
    const leg = session.legs[channelId];
    leg.answeredAt ??= session.routedAt ?? this.clock.now().toISOString();
    await port.answer(channelId);
    await port.play(channelId, media, session.farewellPlaybackId);
    await this.store.save(session);
  }

  async playbackFinished(port: AriPort, session: CallSession, playbackId: string): Promise<void> {
    if (session.farewellPlaybackId === playbackId) {
      await Promise.all(Object.keys(session.legs).map((id) => this.hangUp(port, session, id, 'normal')));
    }
  }

  /**
   * A leg is gone: write its CDR; an unanswered callee passes its cause on to the caller
   * (busy, no answer); any other end hangs up the rest of the call.
   */
  async legEnded(port: AriPort, session: CallSession, channelId: string, cause: number, causeText: string, at: Date): Promise<void> {
    const leg = session.legs[channelId];
    if (!leg) {
      return;
    }
    delete session.legs[channelId];
    await this.store.forgetChannel(channelId);
    // The call is over with its first hang-up: the recording ends there (trace 06: stop, then RecordingFinished).
    if (session.recordingName) {
      const name = session.recordingName;
      session.recordingName = null;
      await port.stopRecording(name);
    }
    if (session.accountId) {
      this.records.write(legRecord(session, leg, { endedAt: at, cause, causeText })).catch((error: unknown) => {
        this.logger.error(`CDR of channel ${channelId} not written: ${String(error)}`);
      });
    }
    const remaining = Object.keys(session.legs);
    if (leg.role === 'caller') {
      await this.afterCallerLeft.reduce((previous, hook) => previous.then(() => hook(session)), Promise.resolve());
    }
    if (remaining.length === 0) {
      if (session.bridgeId) {
        await port.destroyBridge(session.bridgeId);
      }
      await this.store.remove(session);
      return;
    }
    const reason: HangupReason =
      leg.role === 'callee' && leg.answeredAt === null
        ? cause === CAUSE.USER_BUSY
          ? 'busy'
          : cause === CAUSE.NO_ANSWER || cause === CAUSE.NO_USER_RESPONSE
            ? 'no_answer'
            : 'congestion'
        : 'normal';
    await this.store.save(session);
    await Promise.all(remaining.map((id) => this.hangUp(port, session, id, reason)));
  }

  /** Hangs a leg up and remembers why, for its CDR: its StasisEnd will carry no cause. */
  async hangUp(port: AriPort, session: CallSession, channelId: string, reason: HangupReason): Promise<void> {
    const leg = session.legs[channelId];
    if (leg) {
      leg.hangupCause ??= REASON_CAUSES[reason];
    }
    await port.hangup(channelId, reason);
  }
}
