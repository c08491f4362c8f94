import { CallDirection, CallDisposition, CallRecord } from '@pbx/contracts';
import { callListHtml } from './call-list-html';

describe('callListHtml', () => {
  it('lists the calls in the account zone and escapes what callers control', () => {
    const call = {
      startedAt: '2026-11-21T23:30:00.000Z',
      direction: CallDirection.Inbound,
      from: '<script>alert(1)</script>',
      to: '48223000000',
      did: '48223000000',
      durationSeconds: 65,
      billableSeconds: 60,
      disposition: CallDisposition.Answered,
      recordingId: 'r1',
    } as CallRecord;
    const html = callListHtml({ accountName: 'Demo & Co', timeZone: 'Europe/Warsaw', from: new Date('2026-11-21T00:00:00Z'), to: new Date('2026-11-22T00:00:00Z'), direction: null }, [call]);
    expect(html).toContain('Demo &amp; Co');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('22.11.2026, 00:30:00');
    expect(html).toContain('calls: 1');
  });
});
