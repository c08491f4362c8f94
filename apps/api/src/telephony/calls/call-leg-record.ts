import { CallDisposition } from '@pbx/contracts';
import { CallLeg, CallSession } from './call-session';

/** Q.850 causes Asterisk reports in ChannelDestroyed that decide a leg's disposition. */
export const CAUSE = { NORMAL_CLEARING: 16, USER_BUSY: 17, NO_USER_RESPONSE: 18, NO_ANSWER: 19 } as const;

export interface LegEnd {
  endedAt: Date;
  cause: number;
  causeText: string;
}

/** What the CDR says of a leg: pure, so the rules are tested without a call. */
export function legRecord(session: CallSession, leg: CallLeg, end: LegEnd) {
  const startedAt = new Date(leg.startedAt);
  const answeredAt = leg.answeredAt ? new Date(leg.answeredAt) : null;
  return {
    accountId: session.accountId as string,
    callId: session.id,
    channelId: leg.channelId,
    direction: session.direction,
    from: session.from,
    to: leg.to,
    did: session.did,
    service: session.service,
    startedAt,
    answeredAt,
    endedAt: end.endedAt,
    durationSeconds: seconds(startedAt, end.endedAt),
    billableSeconds: answeredAt ? seconds(answeredAt, end.endedAt) : 0,
    disposition: disposition(answeredAt !== null, end.cause),
    hangupCause: end.cause,
    hangupCauseText: end.causeText,
    recordingId: session.recordingId,
  };
}

function seconds(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}

export function disposition(answered: boolean, cause: number): CallDisposition {
  if (answered) {
    return CallDisposition.Answered;
  }
  if (cause === CAUSE.USER_BUSY) {
    return CallDisposition.Busy;
  }
  // The caller giving up while it rang is also "no answer" from the called side's view.
  if (cause === CAUSE.NO_ANSWER || cause === CAUSE.NO_USER_RESPONSE || cause === CAUSE.NORMAL_CLEARING) {
    return CallDisposition.NoAnswer;
  }
  return CallDisposition.Failed;
}
