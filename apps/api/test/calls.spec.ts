import { randomUUID } from 'node:crypto';
import { createTestApp, Session, TestApp } from './test-app';

/** GET /api/calls: the call list's filters and paging (issue 3, item 8). */
describe('call list', () => {
  let t: TestApp;
  let admin: Session;

  async function record(startedAt: string, direction: string, from: string, to: string): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO call_records (account_id, call_id, channel_id, direction, from_number, to_number, did, service, started_at, answered_at, ended_at,
         duration_seconds, billable_seconds, disposition, hangup_cause, hangup_cause_text)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, 'phone-account', $7, $7, $7::timestamptz + interval '30 seconds', 30, 30, 'answered', 16, 'Normal Clearing')`,
      [admin.accountId, randomUUID(), randomUUID(), direction, from, to, startedAt],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.customerSession(await t.supportSession());
    await record('2026-11-01T08:00:00Z', 'inbound', '48601000001', '48223000000');
    await record('2026-11-02T08:00:00Z', 'outbound', '48223000000', '48501000002');
    await record('2026-11-03T08:00:00Z', 'internal', '100', '101');
    await record('2026-11-04T08:00:00Z', 'inbound', '48601000003', '48223000000');
  });
  afterAll(() => t.close());

  it('lists newest first with paging', async () => {
    const first = await t.as(admin).get('/api/calls?pageSize=3').expect(200);
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.body.items.map((c: { startedAt: string }) => c.startedAt.slice(0, 10))).toEqual(['2026-11-04', '2026-11-03', '2026-11-02']);
    const second = await t.as(admin).get('/api/calls?pageSize=3&page=2').expect(200);
    expect(second.body.items.map((c: { startedAt: string }) => c.startedAt.slice(0, 10))).toEqual(['2026-11-01']);
  });

  it('filters by period, direction and number', async () => {
    const period = await t.as(admin).get('/api/calls?from=2026-11-02T00:00:00Z&to=2026-11-04T00:00:00Z').expect(200);
    expect(period.body.items.map((c: { direction: string }) => c.direction)).toEqual(['internal', 'outbound']);
    const inbound = await t.as(admin).get('/api/calls?direction=inbound').expect(200);
    expect(inbound.body.total).toBe(2);
    const number = await t.as(admin).get('/api/calls?number=501000002').expect(200);
    expect(number.body.items).toHaveLength(1);
    expect(number.body.items[0]).toMatchObject({ direction: 'outbound', to: '48501000002', durationSeconds: 30 });
  });

  it('refuses bad filters naming them', async () => {
    const response = await t.as(admin).get('/api/calls?from=yesterday&direction=sideways').expect(400);
    expect(response.body.message.join(' ')).toMatch(/from.*direction|direction.*from/);
  });
});
