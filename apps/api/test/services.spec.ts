import { createTestApp, Session, TestApp } from './test-app';

describe('service catalogue and activation (ACC-2)', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  it('lists all six kinds, all off for a new account, the dialer not self-service', async () => {
    const admin = await t.customerSession(support);
    const { body } = await t.as(admin).get('/api/services').expect(200);
    expect(body.map((s: { kind: string }) => s.kind)).toEqual(['recording', 'ivr', 'queues', 'conferences', 'call-center', 'dialer']);
    expect(body.every((s: { active: boolean }) => !s.active)).toBe(true);
    expect(body.find((s: { kind: string }) => s.kind === 'dialer').selfService).toBe(false);
    expect(body.filter((s: { selfService: boolean }) => s.selfService)).toHaveLength(5);
  });

  it('activates recording with 1 GB platform storage when no options are given, and audits it', async () => {
    const admin = await t.customerSession(support);
    const { body } = await t.as(admin).post('/api/services/recording/activate').expect(200);
    expect(body).toMatchObject({ kind: 'recording', active: true, options: { storage: 'quota', quotaGb: 1 } });
    const audit = await t.as(admin).get('/api/audit-log').expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'service.activated', actorEmail: admin.email, details: { kind: 'recording' } });
    expect(Date.parse(audit.body[0].at)).not.toBeNaN();
  });

  it('takes the storage option: 3 GB quota or FTP, and refuses other quotas naming the field', async () => {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 3 }).expect(200);
    let { body } = await t.as(admin).get('/api/services').expect(200);
    expect(body[0].options).toEqual({ storage: 'quota', quotaGb: 3, whenFull: 'delete-oldest' });
    await t.as(admin).post('/api/services/recording/activate').send({ storage: 'ftp' }).expect(200);
    ({ body } = await t.as(admin).get('/api/services').expect(200));
    expect(body[0].options).toEqual({ storage: 'ftp' });
    const refused = await t.as(admin).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 5 }).expect(400);
    expect(refused.body.message.join(' ')).toContain('quotaGb');
    await t.as(admin).post('/api/services/telepathy/activate').expect(400);
  });

  it('deactivation keeps the options and the data, and is audited', async () => {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 2 }).expect(200);
    const { body } = await t.as(admin).post('/api/services/recording/deactivate').expect(200);
    expect(body).toMatchObject({ active: false, options: { storage: 'quota', quotaGb: 2 } });
    const audit = await t.as(admin).get('/api/audit-log').expect(200);
    expect(audit.body.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['service.deactivated', 'service.activated']);
  });

  it('refuses the dialer to a customer with 403 and a message to ask support; support activates it', async () => {
    const admin = await t.customerSession(support);
    const refused = await t.as(admin).post('/api/services/dialer/activate').expect(403);
    expect(refused.body.message).toMatch(/ask support/);
    const accountId = admin.accountId as string;
    await t.as(support).post(`/api/accounts/${accountId}/services/dialer/activate`).expect(200);
    const { body } = await t.as(admin).get('/api/services').expect(200);
    expect(body.find((s: { kind: string }) => s.kind === 'dialer').active).toBe(true);
    const account = await t.as(support).get(`/api/accounts/${accountId}`).expect(200);
    expect(account.body.activeServices).toEqual(['dialer']);
    const audit = await t.as(support).get(`/api/accounts/${accountId}/audit-log`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'service.activated', actorEmail: support.email, details: { kind: 'dialer' } });
    await t.as(admin).post('/api/services/dialer/deactivate').expect(403);
    await t.as(support).post(`/api/accounts/${accountId}/services/dialer/deactivate`).expect(200);
  });

  it('support creates accounts with their first admin, default time zone Europe/Warsaw, and refuses bad input', async () => {
    const email = `first-admin-${Date.now()}@test.local`;
    const { body } = await t.as(support).post('/api/accounts').send({ name: 'Kowalski sp. z o.o.', adminEmail: email, adminPassword: 'first-password' }).expect(201);
    expect(body).toMatchObject({ id: expect.any(String), name: 'Kowalski sp. z o.o.', timeZone: 'Europe/Warsaw', activeServices: [] });
    const admin = await t.login(email, 'first-password');
    expect(admin.accountId).toBe(body.id);
    const duplicate = await t.as(support).post('/api/accounts').send({ name: 'Other', adminEmail: email, adminPassword: 'first-password' }).expect(409);
    expect(duplicate.body.message).toContain('adminEmail');
    const badZone = await t.as(support).post('/api/accounts').send({ name: 'Other', timeZone: 'Mars/Olympus', adminEmail: 'x@y.pl', adminPassword: 'first-password' }).expect(400);
    expect(badZone.body.message.join(' ')).toContain('timeZone');
    const list = await t.as(support).get('/api/accounts').expect(200);
    expect(list.body.map((a: { id: string }) => a.id)).toContain(body.id);
  });

  it('customer admins manage their own users and account settings', async () => {
    const admin = await t.customerSession(support);
    const created = await t.as(admin).post('/api/users').send({ email: `colleague-${Date.now()}@test.local`, password: 'colleague-pw', role: 'customer-user' }).expect(201);
    await t.as(admin).patch(`/api/users/${created.body.id}`).send({ role: 'customer-admin' }).expect(200);
    await t.as(admin).post('/api/users').send({ email: `x-${Date.now()}@test.local`, password: 'colleague-pw', role: 'support' }).expect(400);
    await t.as(admin).delete(`/api/users/${created.body.id}`).expect(204);
    const account = await t.as(admin).patch('/api/account').send({ timeZone: 'Europe/Amsterdam' }).expect(200);
    expect(account.body.timeZone).toBe('Europe/Amsterdam');
  });
});
