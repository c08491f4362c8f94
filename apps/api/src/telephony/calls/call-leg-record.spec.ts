import { CallDirection, CallDisposition } from '@pbx/contracts';
import { disposition, legRecord } from './call-leg-record';
import { CallSession } from './call-session';

describe('legRecord', () => {
  const session: CallSession = {
    id: '4b7a0c1e-0000-4000-8000-000000000001',
    server: 'http://pbx/ari',
    accountId: 'acc',
    direction: CallDirection.Inbound,
    from: '48601000000',
    to: '48223000000',
    did: '48223000000',
    service: 'phone-account',
    bridgeId: null,
    farewellPlaybackId: null,
    record: false,
    routedAt: null,
    recordingId: null,
    recordingName: null,
    legs: {},
  };

  it('counts duration from the start and billable seconds from the answer', () => {
    const leg = { channelId: 'c1', role: 'caller' as const, to: '48223000000', startedAt: '2026-11-22T10:00:00.000Z', answeredAt: '2026-11-22T10:00:05.000Z' };
    const record = legRecord(session, leg, { endedAt: new Date('2026-11-22T10:01:05.400Z'), cause: 16, causeText: 'Normal Clearing' });
    expect(record).toMatchObject({ durationSeconds: 65, billableSeconds: 60, disposition: CallDisposition.Answered, hangupCause: 16, did: '48223000000' });
  });

  it('names unanswered legs by their cause', () => {
    expect(disposition(false, 17)).toBe(CallDisposition.Busy);
    expect(disposition(false, 19)).toBe(CallDisposition.NoAnswer);
    expect(disposition(false, 16)).toBe(CallDisposition.NoAnswer);
    expect(disposition(false, 34)).toBe(CallDisposition.Failed);
    expect(disposition(true, 17)).toBe(CallDisposition.Answered);
  });
});
