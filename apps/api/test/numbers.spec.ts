import { createTestApp, Session, TestApp } from './test-app';

describe('numbers (ACC-3)', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  it('has the 49 Polish geographic zones with their area codes and free counts', async () => {
    const admin = await t.customerSession(support);
    const { body } = await t.as(admin).get('/api/numbers/zones').expect(200);
    expect(body).toHaveLength(49);
    expect(body).toEqual(expect.arrayContaining([
      expect.objectContaining({ areaCode: '22', name: 'Warszawa' }),
      expect.objectContaining({ areaCode: '12', name: 'Kraków' }),
      expect.objectContaining({ areaCode: '58', name: 'Gdańsk' }),
    ]));
    expect(body.every((z: { freeCount: number }) => z.freeCount > 0)).toBe(true);
  });

  it('offers 6 free numbers of a zone, golden ones separately', async () => {
    const admin = await t.customerSession(support);
    const { body } = await t.as(admin).get('/api/numbers/offer?areaCode=71').expect(200);
    expect(body).toHaveLength(6);
    for (const n of body) {
      expect(n.number).toMatch(/^4871\d{7}$/);
      expect(n).toMatchObject({ status: 'free', golden: false, areaCode: '71' });
    }
    const golden = await t.as(admin).get('/api/numbers/offer?areaCode=71&golden=true').expect(200);
    expect(golden.body.length).toBeGreaterThan(0);
    expect(golden.body.every((n: { golden: boolean }) => n.golden)).toBe(true);
    await t.as(admin).get('/api/numbers/offer?areaCode=Warsaw').expect(400);
  });

  it('claims a number into the reserve pool, assigns it to a phone account, releases it; only the releaser can take it back', async () => {
    const a = await t.customerSession(support);
    const b = await t.customerSession(support);
    const offer = await t.as(a).get('/api/numbers/offer?areaCode=61').expect(200);
    const number = offer.body[0].number as string;
    const claimed = await t.as(a).post('/api/numbers/claim').send({ number }).expect(201);
    expect(claimed.body).toMatchObject({ number, status: 'reserved', targetId: null });
    await t.as(b).post('/api/numbers/claim').send({ number }).expect(409);

    const desk = await t.as(a).post('/api/phone-accounts').send({ name: 'Reception' }).expect(201);
    const assigned = await t.as(a).put(`/api/numbers/${claimed.body.id}/target`).send({ targetType: 'phone-account', targetId: desk.body.id }).expect(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', targetType: 'phone-account', targetId: desk.body.id, targetName: 'Reception' });

    // Deleting the phone account puts the number back into the reserve pool.
    await t.as(a).delete(`/api/phone-accounts/${desk.body.id}`).expect(204);
    const afterDelete = await t.as(a).get(`/api/numbers/${claimed.body.id}`).expect(200);
    expect(afterDelete.body).toMatchObject({ status: 'reserved', targetId: null });

    const released = await t.as(a).post(`/api/numbers/${claimed.body.id}/release`).expect(200);
    expect(released.body.status).toBe('released');
    const list = await t.as(a).get('/api/numbers').expect(200);
    expect(list.body.find((n: { number: string }) => n.number === number).status).toBe('released');
    await t.as(b).post('/api/numbers/claim').send({ number }).expect(409);
    const reclaimed = await t.as(a).post('/api/numbers/claim').send({ number }).expect(201);
    expect(reclaimed.body.status).toBe('reserved');
  });

  it('does not point a number at another account\'s phone account', async () => {
    const a = await t.customerSession(support);
    const b = await t.customerSession(support);
    const offer = await t.as(a).get('/api/numbers/offer?areaCode=62').expect(200);
    const claimed = await t.as(a).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    const foreign = await t.as(b).post('/api/phone-accounts').send({ name: 'Not yours' }).expect(201);
    const refused = await t.as(a).put(`/api/numbers/${claimed.body.id}/target`).send({ targetType: 'phone-account', targetId: foreign.body.id }).expect(404);
    expect(refused.body.message).toContain('targetId');
  });

  it('lets support add a block of numbers to the pool', async () => {
    const { body } = await t.as(support).post('/api/number-pool').send({ areaCode: '95', first: '48957000000', count: 5 }).expect(201);
    expect(body.added).toBe(5);
    const again = await t.as(support).post('/api/number-pool').send({ areaCode: '95', first: '48957000003', count: 4 }).expect(201);
    expect(again.body.added).toBe(2);
  });
});
