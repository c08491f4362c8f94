import { createTestApp, Session, TestApp } from './test-app';

describe('phone accounts and trunks (ACC-3, REC-2)', () => {
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    t = await createTestApp();
    support = await t.supportSession();
  });
  afterAll(() => t.close());

  it('creates a phone account from a name alone: extension, SIP login and password generated, recording off', async () => {
    const admin = await t.customerSession(support);
    const first = await t.as(admin).post('/api/phone-accounts').send({ name: 'Anna' }).expect(201);
    const second = await t.as(admin).post('/api/phone-accounts').send({ name: 'Piotr' }).expect(201);
    expect(first.body).toMatchObject({ id: expect.any(String), name: 'Anna', extension: '100', recordingEnabled: false });
    expect(second.body.extension).toBe('101');
    expect(first.body.sipLogin).toMatch(/^\d{6}100$/);
    expect(first.body.sipPassword).toBeUndefined();

    const credentials = await t.as(admin).get(`/api/phone-accounts/${first.body.id}/sip-credentials`).expect(200);
    expect(credentials.body).toMatchObject({ sipLogin: first.body.sipLogin, sipPassword: expect.stringMatching(/^\w{16}$/) });
    const [row] = await t.dataSource.query(`SELECT sip_password_sealed FROM phone_accounts WHERE id = $1`, [first.body.id]);
    expect(row.sip_password_sealed).not.toContain(credentials.body.sipPassword);

    // Asterisk's realtime rows follow the phone account (issue 3, item 9).
    const [endpoint] = await t.dataSource.query(`SELECT e.context, a.auth_type, a.md5_cred, a.password FROM ps_endpoints e JOIN ps_auths a ON a.id = e.auth WHERE e.id = $1`, [first.body.sipLogin]);
    expect(endpoint).toMatchObject({ context: 'from-phones', auth_type: 'md5', password: null });
    expect(endpoint.md5_cred).toMatch(/^[0-9a-f]{32}$/);
    await t.as(admin).delete(`/api/phone-accounts/${second.body.id}`).expect(204);
    const gone = await t.dataSource.query(`SELECT id FROM ps_endpoints WHERE id = $1 UNION ALL SELECT id FROM ps_auths WHERE id = $1 UNION ALL SELECT id FROM ps_aors WHERE id = $1`, [second.body.sipLogin]);
    expect(gone).toEqual([]);

    const duplicate = await t.as(admin).post('/api/phone-accounts').send({ name: 'Clash', extension: '100' }).expect(409);
    expect(duplicate.body.message).toContain('extension');
    const missing = await t.as(admin).post('/api/phone-accounts').send({}).expect(400);
    expect(missing.body.message.join(' ')).toContain('name');
  });

  it('switches recording per phone account (REC-2)', async () => {
    const admin = await t.customerSession(support);
    const created = await t.as(admin).post('/api/phone-accounts').send({ name: 'Sales' }).expect(201);
    const updated = await t.as(admin).patch(`/api/phone-accounts/${created.body.id}`).send({ recordingEnabled: true }).expect(200);
    expect(updated.body.recordingEnabled).toBe(true);
    const list = await t.as(admin).get('/api/phone-accounts').expect(200);
    expect(list.body[0].recordingEnabled).toBe(true);
  });

  it('keeps trunk passwords encrypted and never answers them; recording is a trunk option', async () => {
    const admin = await t.customerSession(support);
    const created = await t.as(admin)
      .post('/api/trunks')
      .send({ name: 'Carrier', host: 'sip.carrier.example', username: 'acme', password: 'trunk-secret-1', recordingEnabled: true })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Carrier', port: 5060, transport: 'udp', hasPassword: true, recordingEnabled: true });
    expect(JSON.stringify(created.body)).not.toContain('trunk-secret-1');
    const [row] = await t.dataSource.query(`SELECT password_sealed FROM trunks WHERE id = $1`, [created.body.id]);
    expect(row.password_sealed).toMatch(/^v1\./);
    expect(row.password_sealed).not.toContain('trunk-secret-1');

    const [aor] = await t.dataSource.query(`SELECT contact FROM ps_aors WHERE id LIKE $1`, [`%-trunk-${created.body.id}`]);
    expect(aor.contact).toBe('sip:sip.carrier.example:5060');

    const kept = await t.as(admin).patch(`/api/trunks/${created.body.id}`).send({ port: 5080 }).expect(200);
    const [moved] = await t.dataSource.query(`SELECT contact FROM ps_aors WHERE id LIKE $1`, [`%-trunk-${created.body.id}`]);
    expect(moved.contact).toBe('sip:sip.carrier.example:5080');
    expect(kept.body).toMatchObject({ port: 5080, hasPassword: true });
    const cleared = await t.as(admin).patch(`/api/trunks/${created.body.id}`).send({ password: '' }).expect(200);
    expect(cleared.body.hasPassword).toBe(false);
    const bad = await t.as(admin).post('/api/trunks').send({ name: 'Bad', host: 'not a host!' }).expect(400);
    expect(bad.body.message.join(' ')).toContain('host');

    const phone = await t.as(admin).post('/api/phone-accounts').send({ name: 'Out', trunkId: created.body.id }).expect(201);
    expect(phone.body.trunkId).toBe(created.body.id);
    await t.as(admin).delete(`/api/trunks/${created.body.id}`).expect(204);
    const after = await t.as(admin).get(`/api/phone-accounts/${phone.body.id}`).expect(200);
    expect(after.body.trunkId).toBeNull();
  });
});
