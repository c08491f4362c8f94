import { UserRole } from '@pbx/contracts';
import { randomUUID } from 'node:crypto';
import { RouteInfo, routeCatalogue } from './route-catalogue';
import { createTestApp, Session, TestApp } from './test-app';

/**
 * Tenant isolation for EVERY route: account B must get 404 for account A's objects
 * (exactly as for ids that do not exist, so it cannot even detect them), must not see
 * them in any list, and must change nothing of A's. Routes are read from the app itself:
 * a new route with an :id is refused here until this file knows an object of A for it.
 */
describe('tenant isolation (every route)', () => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  let support: Session;
  /** Per route prefix, an object of account A that B tries to reach. */
  const objectsOfA = new Map<string, string>();
  /** Strings that would betray A's objects if they appeared in anything B is sent. */
  const markersOfA: string[] = [];
  let snapshotOfA: string;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
    a = await t.customerSession(support, `Tenant A ${randomUUID().slice(0, 6)}`);
    b = await t.customerSession(support, `Tenant B ${randomUUID().slice(0, 6)}`);

    await t.as(a).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 2 }).expect(200);
    await t.as(a).post('/api/services/call-center/activate').expect(200);
    const agent = await t.as(a).post('/api/agents').send({ description: 'A-agent-secret-name', pin: '987654' }).expect(201);
    objectsOfA.set('/api/agents', agent.body.id);
    const campaign = await t.as(a).post('/api/queues').send({ kind: 'call-center-campaign', name: 'A-campaign-secret-name' }).expect(201);
    objectsOfA.set('/api/queues', campaign.body.id);
    markersOfA.push(campaign.body.id, 'A-campaign-secret-name');
    markersOfA.push(agent.body.id, 'A-agent-secret-name');
    const trunk = await t.as(a).post('/api/trunks').send({ name: 'A-trunk-secret-name', host: 'a-carrier.example', password: 'a-trunk-pw' }).expect(201);
    const phone = await t.as(a).post('/api/phone-accounts').send({ name: 'A-phone-secret-name', trunkId: trunk.body.id }).expect(201);
    const offer = await t.as(a).get('/api/numbers/offer?areaCode=22').expect(200);
    const number = await t.as(a).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    await t.as(a).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'phone-account', targetId: phone.body.id }).expect(200);
    const userEmail = `a-colleague-${randomUUID()}@test.local`;
    const user = await t.as(a).post('/api/users').send({ email: userEmail, password: 'colleague-pw', role: UserRole.CustomerUser }).expect(201);

    const [recording] = await t.dataSource.query(
      `INSERT INTO recordings (account_id, call_id, asterisk_name, direction, from_number, to_number, started_at, status, storage_path, size_bytes)
       VALUES ($1, gen_random_uuid(), $2, 'inbound', '48601999999', $3, now(), 'stored', 'a/none.wav', 44) RETURNING id`,
      [a.accountId, `tenant-a-${randomUUID()}`, number.body.number],
    );
    objectsOfA.set('/api/recordings', recording.id);
    const callList = await t.as(a).post('/api/call-lists').send({ from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }).expect(201);
    objectsOfA.set('/api/call-lists', callList.body.id);
    await t.as(a).put('/api/recordings/ftp-settings').send({ host: 'a-ftp-marker.example', username: 'a-ftp-user-marker', password: 'a-ftp-secret' }).expect(200);
    markersOfA.push('a-ftp-marker.example', 'a-ftp-user-marker', 'a-ftp-secret');
    markersOfA.push(callList.body.id);
    markersOfA.push(recording.id, '48601999999');
    objectsOfA.set('/api/trunks', trunk.body.id);
    objectsOfA.set('/api/phone-accounts', phone.body.id);
    objectsOfA.set('/api/numbers', number.body.id);
    objectsOfA.set('/api/users', user.body.id);
    objectsOfA.set('/api/accounts', a.accountId as string);
    markersOfA.push(a.accountId as string, trunk.body.id, phone.body.id, number.body.id, user.body.id, number.body.number);
    markersOfA.push('A-trunk-secret-name', 'A-phone-secret-name', userEmail, a.email, phone.body.sipLogin);
    snapshotOfA = await stateOf(a);
  });
  afterAll(() => t.close());

  /** Everything A can read about itself, to prove B's attempts changed none of it. */
  async function stateOf(session: Session): Promise<string> {
    const parts = await Promise.all(
      ['/api/account', '/api/services', '/api/trunks', '/api/phone-accounts', '/api/numbers', '/api/users', '/api/agents', '/api/queues', '/api/recordings/ftp-settings'].map(
        async (url) => (await t.as(session).get(url).expect(200)).text,
      ),
    );
    return parts.join('\n');
  }

  /** Bodies that pass validation, so a mutation reaches the ownership check rather than stopping at 400. */
  const bodies: Record<string, () => Promise<object>> = {
    'PUT /api/queues/:id/members': async () => ({ members: [] }),
    'POST /api/agents/:id/pause': async () => ({ reason: 'break' }),
    'PUT /api/numbers/:id/target': async () => {
      const own = await t.as(b).post('/api/phone-accounts').send({ name: 'B phone' }).expect(201);
      return { targetType: 'phone-account', targetId: own.body.id };
    },
  };
  const parameterValues: Record<string, string> = { kind: 'recording' };
  /** Lists that need a query to answer at all. */
  const queries: Record<string, string> = { '/api/numbers/offer': '?areaCode=22' };

  function objectFor(route: RouteInfo): string | undefined {
    const prefix = [...objectsOfA.keys()].find((p) => route.path === p || route.path.startsWith(`${p}/`));
    return prefix ? objectsOfA.get(prefix) : undefined;
  }

  function fill(route: RouteInfo, id: string): string {
    return route.path.replace(/:(\w+)/g, (_, name: string) => (name === 'id' || name === 'accountId' ? id : (parameterValues[name] ?? `unknown-${name}`)));
  }

  async function send(route: RouteInfo, url: string, body: object) {
    const call = t.as(b)[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
    return route.method === 'GET' || route.method === 'DELETE' ? call : call.send(body);
  }

  it('covers every route: each one public or role-guarded, and a known object for every :id', () => {
    const routes = routeCatalogue(t.app);
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      expect({ route: `${route.method} ${route.path}`, guarded: route.isPublic || route.roles.length > 0 }).toEqual({
        route: `${route.method} ${route.path}`,
        guarded: true,
      });
      if (/:(id|accountId)\b/.test(route.path)) {
        expect({ route: route.path, objectOfAccountA: objectFor(route) !== undefined }).toEqual({ route: route.path, objectOfAccountA: true });
      }
    }
  });

  it("answers B exactly as for a missing id (404) on every route that names one of A's objects", async () => {
    const routes = routeCatalogue(t.app).filter((r) => !r.isPublic && /:(id|accountId)\b/.test(r.path));
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const body = bodies[key] ? await bodies[key]() : {};
      const forA = await send(route, fill(route, objectFor(route) as string), body);
      const forNothing = await send(route, fill(route, randomUUID()), body);
      const customerRoute = route.roles.includes(UserRole.CustomerAdmin) || route.roles.includes(UserRole.CustomerUser);
      const expected = customerRoute ? 404 : 403;
      expect({ route: key, status: forA.status }).toEqual({ route: key, status: expected });
      expect({ route: key, body: forA.body }).toEqual({ route: key, body: forNothing.body });
      for (const marker of markersOfA) {
        expect({ route: key, leaks: forA.text.includes(marker) }).toEqual({ route: key, leaks: false });
      }
    }
  });

  it("never shows A's objects in anything B lists", async () => {
    const lists = routeCatalogue(t.app).filter((r) => r.method === 'GET' && !r.isPublic && !r.path.includes(':'));
    expect(lists.length).toBeGreaterThan(5);
    for (const route of lists) {
      const response = await send(route, route.path + (queries[route.path] ?? ''), {});
      // 404: B has none of that kind (FTP settings not configured), which is not A's business either.
      expect([200, 403, 404]).toContain(response.status);
      for (const marker of markersOfA) {
        expect({ route: route.path, leaks: response.text.includes(marker) }).toEqual({ route: route.path, leaks: false });
      }
    }
  });

  it("left every object of A as it was after all of B's attempts", async () => {
    expect(await stateOf(a)).toEqual(snapshotOfA);
  });
});
