import { CallList, LIVE_EVENTS, LIVE_NAMESPACE } from '@pbx/contracts';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { eventually } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

/** REC-6: "Add to queue" makes a call list in the worker; progress arrives live over the socket. */
describe('call lists to download', () => {
  let t: TestApp;
  let admin: Session;
  let socket: Socket;
  const updates: CallList[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    admin = await t.customerSession(await t.supportSession());
    for (let i = 0; i < 1200; i += 1) {
      await t.dataSource.query(
        `INSERT INTO call_records (account_id, call_id, channel_id, direction, from_number, to_number, started_at, answered_at, ended_at,
           duration_seconds, billable_seconds, disposition, hangup_cause, hangup_cause_text)
         VALUES ($1, $2, $3, $4, $5, '48223000000', $6, $6, $6, 10, 10, 'answered', 16, 'Normal Clearing')`,
        [admin.accountId, randomUUID(), randomUUID(), i % 3 === 0 ? 'outbound' : 'inbound', `486010${String(i).padStart(5, '0')}`, new Date(Date.UTC(2026, 10, 20, 8, 0, i))],
      );
    }
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    socket = io(`http://127.0.0.1:${port}${LIVE_NAMESPACE}`, { auth: { token: admin.token }, transports: ['websocket'] });
    socket.on(LIVE_EVENTS.callListUpdated, (list: CallList) => updates.push(list));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
  }, 60_000);
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  it('queues the list, reports progress live, and offers the HTML file and its calls when ready', async () => {
    const created = await t.as(admin).post('/api/call-lists').send({ from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z', direction: 'inbound' }).expect(201);
    expect(created.body).toMatchObject({ status: 'queued', direction: 'inbound' });
    const ready = await eventually(async () => updates.find((u) => u.id === created.body.id && u.status === 'ready'), 20_000);
    expect(ready.rows).toBe(800);
    expect(updates.filter((u) => u.id === created.body.id && u.status === 'running').length).toBeGreaterThan(1);

    const lists = await t.as(admin).get('/api/call-lists').expect(200);
    expect(lists.body[0]).toMatchObject({ id: created.body.id, status: 'ready', progress: 100 });
    const file = await t.as(admin).get(`/api/call-lists/${created.body.id}/file`).expect(200);
    expect(file.headers['content-disposition']).toContain('call-list_2026-11-20_2026-11-21.html');
    expect(file.text).toContain('calls: 800');
    expect(file.text).toContain('48601000001');
    expect(file.text).not.toContain('48601000000');
    const shown = await t.as(admin).get(`/api/call-lists/${created.body.id}/calls?pageSize=10`).expect(200);
    expect(shown.body).toMatchObject({ total: 800, pageSize: 10 });
  });

  it('refuses a period that ends before it starts, and keeps live updates within the account', async () => {
    await t.as(admin).post('/api/call-lists').send({ from: '2026-11-21T00:00:00Z', to: '2026-11-20T00:00:00Z' }).expect(400);
    const other = await t.customerSession(await t.supportSession());
    const before = updates.length;
    await t.as(other).post('/api/call-lists').send({ from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' }).expect(201);
    await new Promise((r) => setTimeout(r, 1000));
    expect(updates.length).toBe(before);
  });

  it('refuses a socket without a valid token', async () => {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const stranger = io(`http://127.0.0.1:${port}${LIVE_NAMESPACE}`, { auth: { token: 'forged' }, transports: ['websocket'], reconnection: false });
    await eventually(async () => (stranger.disconnected && !stranger.active) || undefined, 5000);
    stranger.close();
  });
});
