import { createTestApp, Session, TestApp } from './test-app';

/** QUE-1, CC-1, CC-3, CC-4: queues and campaigns, their settings and members. */
describe('queues and call-center campaigns', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  it('needs the service of its kind, fills in every CC-4 default, and validates settings naming the field', async () => {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Sales' }).expect(403);
    await t.as(admin).post('/api/services/call-center/activate').expect(200);
    const created = await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Sales', settings: { strategy: 'fewest-calls', maxWaitSeconds: 120 } }).expect(201);
    expect(created.body.settings).toMatchObject({ strategy: 'fewest-calls', maxWaitSeconds: 120, agentRingSeconds: 15, averageWaitRoundingSeconds: 30 });
    expect(Object.keys(created.body.settings)).toHaveLength(17);
    const bad = await t.as(admin).patch(`/api/queues/${created.body.id}`).send({ settings: { averageWaitRoundingSeconds: 7, strategy: 'loudest' } }).expect(400);
    expect(bad.body.message.join(' ')).toMatch(/averageWaitRoundingSeconds/);
    expect(bad.body.message.join(' ')).toMatch(/strategy/);
    await t.as(admin).post('/api/queues').send({ kind: 'queue', name: 'Help desk' }).expect(403);
  });

  it('sets members (agents with levels, phone accounts, outside numbers) of its own account only, and takes a number', async () => {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/services/queues/activate').expect(200);
    const queue = (await t.as(admin).post('/api/queues').send({ kind: 'queue', name: 'Help desk' }).expect(201)).body;
    const agent = (await t.as(admin).post('/api/agents').send({ description: 'Ewa' }).expect(201)).body;
    const phone = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Front desk' }).expect(201)).body;
    const set = await t.as(admin).put(`/api/queues/${queue.id}/members`).send({
      members: [
        { type: 'agent', agentId: agent.id, level: 2 },
        { type: 'phone-account', phoneAccountId: phone.id },
        { type: 'external-number', number: '48601555666' },
      ],
    }).expect(200);
    expect(set.body.members.map((m: { label: string; level: number }) => [m.label, m.level])).toEqual([['Front desk', 1], ['48601555666', 1], ['Ewa', 2]]);
    const missing = await t.as(admin).put(`/api/queues/${queue.id}/members`).send({ members: [{ type: 'agent' }] }).expect(400);
    expect(missing.body.message).toContain('members.0.agentId');

    const other = await t.customerSession(support);
    await t.as(other).post('/api/services/queues/activate').expect(200);
    const foreign = (await t.as(other).post('/api/agents').send({ description: 'Not yours' }).expect(201)).body;
    await t.as(admin).put(`/api/queues/${queue.id}/members`).send({ members: [{ type: 'agent', agentId: foreign.id }] }).expect(404);

    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=16').expect(200);
    const number = await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    const assigned = await t.as(admin).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'queue', targetId: queue.id }).expect(200);
    expect(assigned.body.targetName).toBe('Help desk');
    await t.as(admin).delete(`/api/queues/${queue.id}`).expect(204);
    expect((await t.as(admin).get(`/api/numbers/${number.body.id}`).expect(200)).body.status).toBe('reserved');
  });
});
