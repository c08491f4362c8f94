import { createTestApp, TestApp } from './test-app';

describe('health and OpenAPI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 on /api/health when the database and Redis answer, without a token', async () => {
    const { body } = await t.http().get('/api/health').expect(200);
    expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI document generated from the controllers and DTOs at /api/docs', async () => {
    await t.http().get('/api/docs').expect(200).expect('content-type', /html/);
    const { body } = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/services/{kind}/activate', '/api/accounts', '/api/phone-accounts/{id}']));
    expect(body.components.schemas.CreateAccountDto.required).toEqual(expect.arrayContaining(['name', 'adminEmail', 'adminPassword']));
  });
});
