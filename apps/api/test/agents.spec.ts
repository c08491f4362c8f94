import { createTestApp, Session, TestApp } from './test-app';

/** Agents (DIA-1, CC-2; DESIGN.md's agent model): one per person per account, not panel users. */
describe('agents', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  async function callCenterAccount(): Promise<Session> {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/services/call-center/activate').expect(200);
    return admin;
  }

  it('needs one of the agent services on', async () => {
    const admin = await t.customerSession(support);
    const refused = await t.as(admin).post('/api/agents').send({ description: 'Anna' }).expect(403);
    expect(refused.body.message).toMatch(/activate/);
  });

  it('assigns agent IDs from 1001, generates a PIN shown to customer admins only, and seals it at rest', async () => {
    const admin = await callCenterAccount();
    const first = await t.as(admin).post('/api/agents').send({ description: 'Anna' }).expect(201);
    const second = await t.as(admin).post('/api/agents').send({ description: 'Piotr', pin: '4321' }).expect(201);
    expect(first.body).toMatchObject({ agentNumber: '1001', loginMode: 'line', state: 'logged-out', pin: expect.stringMatching(/^\d{6}$/) });
    expect(second.body).toMatchObject({ agentNumber: '1002', pin: '4321' });
    const [row] = await t.dataSource.query(`SELECT pin_sealed FROM agents WHERE id = $1`, [second.body.id]);
    expect(row.pin_sealed).not.toContain('4321');

    await t.as(admin).post('/api/users').send({ email: `viewer-${Date.now()}@test.local`, password: 'viewer-password', role: 'customer-user' }).expect(201);
    const users = await t.as(admin).get('/api/users').expect(200);
    const viewer = await t.login(users.body.find((u: { role: string }) => u.role === 'customer-user').email, 'viewer-password');
    const seen = await t.as(viewer).get('/api/agents').expect(200);
    expect(seen.body.map((a: { pin: string | null }) => a.pin)).toEqual([null, null]);
  });

  it('needs a linked phone account for permanent and *10/*11 agents, and logs permanent ones in', async () => {
    const admin = await callCenterAccount();
    const refused = await t.as(admin).post('/api/agents').send({ description: 'Desk agent', loginMode: 'phone' }).expect(400);
    expect(refused.body.message).toContain('phoneAccountId');
    const phone = await t.as(admin).post('/api/phone-accounts').send({ name: 'Desk' }).expect(201);
    const permanent = await t.as(admin).post('/api/agents').send({ description: 'Always on', loginMode: 'permanent', phoneAccountId: phone.body.id }).expect(201);
    expect(permanent.body).toMatchObject({ state: 'available', phoneAccountId: phone.body.id });
    const badPin = await t.as(admin).patch(`/api/agents/${permanent.body.id}`).send({ pin: '12' }).expect(400);
    expect(badPin.body.message.join(' ')).toContain('pin');
    const other = await callCenterAccount();
    const foreignPhone = await t.as(other).post('/api/phone-accounts').send({ name: 'Not yours' }).expect(201);
    await t.as(admin).patch(`/api/agents/${permanent.body.id}`).send({ phoneAccountId: foreignPhone.body.id }).expect(404);
    await t.as(admin).delete(`/api/agents/${permanent.body.id}`).expect(204);
  });
});
