import { MAX_FAILURES_PER_EMAIL } from '../src/modules/auth/login-attempt-limiter.service';
import { createTestApp, Session, TestApp } from './test-app';

describe('auth (ACC-1)', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  it('logs in with email and password and returns a JWT, stores argon2id hashes', async () => {
    const admin = await t.customerSession(support);
    expect(admin.token.split('.')).toHaveLength(3);
    const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [admin.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password with 401 and no token', async () => {
    const admin = await t.customerSession(support);
    const response = await t.http().post('/api/auth/login').send({ email: admin.email, password: 'nope-nope' }).expect(401);
    expect(response.body.message).toBe('Wrong email or password');
    expect(response.body.accessToken).toBeUndefined();
  });

  it('answers 429 with a clear message after 10 failed logins for one email, even with the right password', async () => {
    const admin = await t.customerSession(support);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i += 1) {
      await t.http().post('/api/auth/login').send({ email: admin.email, password: `wrong-${i}` }).expect(401);
    }
    const blocked = await t.http().post('/api/auth/login').send({ email: admin.email, password: 'admin-password' }).expect(429);
    expect(blocked.body.message).toMatch(/Too many failed sign-ins\. Try again in \d+ minute/);
  });

  it('rejects requests without a token or with a forged one', async () => {
    await t.http().get('/api/services').expect(401);
    await t.http().get('/api/services').set('Authorization', 'Bearer abc.def.ghi').expect(401);
  });

  it('names the invalid field in validation errors', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 'not-an-email', password: 'x' }).expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining([expect.stringContaining('email')]));
  });

  it('changes the own password after checking the current one', async () => {
    const admin = await t.customerSession(support);
    const body = { currentPassword: 'wrong-current', newPassword: 'brand-new-password' };
    const refused = await t.as(admin).post('/api/auth/password').send(body).expect(400);
    expect(refused.body.message).toContain('currentPassword');
    await t.as(admin).post('/api/auth/password').send({ ...body, currentPassword: 'admin-password' }).expect(204);
    await t.http().post('/api/auth/login').send({ email: admin.email, password: 'admin-password' }).expect(401);
    await t.login(admin.email, 'brand-new-password');
  });

  it('enforces roles: customer users read only, customers stay out of the support area', async () => {
    const admin = await t.customerSession(support);
    await t.as(admin).post('/api/users').send({ email: `user-${Date.now()}@test.local`, password: 'user-password', role: 'customer-user' }).expect(201);
    const users = await t.as(admin).get('/api/users').expect(200);
    const user = await t.login(users.body.find((u: { role: string }) => u.role === 'customer-user').email, 'user-password');
    await t.as(user).get('/api/services').expect(200);
    await t.as(user).get('/api/phone-accounts').expect(200);
    await t.as(user).post('/api/phone-accounts').send({ name: 'Desk' }).expect(403);
    await t.as(user).post('/api/services/ivr/activate').expect(403);
    await t.as(user).get('/api/users').expect(403);
    await t.as(admin).get('/api/accounts').expect(403);
    await t.as(support).get('/api/services').expect(403);
    await t.as(support).get('/api/accounts').expect(200);
  });
});
