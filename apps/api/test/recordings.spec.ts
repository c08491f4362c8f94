import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CallDirection } from '@pbx/contracts';
import { GB } from '../src/modules/recordings/recording-policy';
import { RecordingStore } from '../src/modules/recordings/recording-store.service';
import { eventually, PbxSimProcess } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface Row {
  [key: string]: unknown;
}

/** Issue 4, items 2-4 and 7: calls recorded through the simulator, stored within the quota, listened to. */
describe('call recording', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let support: Session;
  let admin: Session;
  let phone: { id: string; sipLogin: string; extension: string };
  let did: string;

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    process.env['ARI_URLS'] = sim.ariUrl;
    // A dot folder, as the default .data/ store: files must still be served from it.
    process.env['RECORDINGS_DIR'] = await mkdtemp(join(tmpdir(), '.pbx-recordings-'));
    t = await createTestApp();
    support = await t.supportSession();
    admin = await t.customerSession(support);
    await t.as(admin).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 1 }).expect(200);
    phone = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Sales', recordingEnabled: true }).expect(201)).body;
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=14').expect(200);
    const number = await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    did = number.body.number;
    await t.as(admin).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'phone-account', targetId: phone.id }).expect(200);
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { answerAfterSeconds: 1 });
    await eventually(async () => (await t.http().get('/api/health')).body.info?.ari?.connections?.[0]?.state === 'connected');
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await sim.stop();
    delete process.env['ARI_URLS'];
    delete process.env['RECORDINGS_DIR'];
  });

  async function recordingOfCall(from: string): Promise<Row> {
    return eventually(async () => {
      const calls = (await t.as(admin).get(`/api/calls?number=${from}`).expect(200)).body.items as Row[];
      const recordingId = calls.find((c) => c['recording'])?.['recordingId'] as string | undefined;
      if (!recordingId) return undefined;
      const recording = (await t.as(admin).get(`/api/recordings/${recordingId}`).expect(200)).body as Row;
      return recording['status'] === 'stored' && recording;
    }, 20_000);
  }

  it('records an answered call of a recorded phone account, both legs linked, into the account storage', async () => {
    await sim.sim('POST', '/calls', { from: '48607000001', to: did, behaviour: { talkSeconds: 20 } });
    const recording = await recordingOfCall('48607000001');
    expect(recording).toMatchObject({ direction: 'inbound', from: '48607000001', to: did, pausedSeconds: 0 });
    expect(recording['durationSeconds']).toBeGreaterThanOrEqual(1);
    const calls = (await t.as(admin).get('/api/calls?number=48607000001').expect(200)).body.items as Row[];
    expect(calls.map((c) => c['recordingId'])).toEqual([recording['id'], recording['id']]);
    const [row] = await t.dataSource.query(`SELECT storage_path, size_bytes FROM recordings WHERE id = $1`, [recording['id']]);
    const file = join(process.env['RECORDINGS_DIR'] as string, row.storage_path);
    expect((await stat(file)).size).toBe(Number(row.size_bytes));
    expect((await readFile(file)).subarray(0, 4).toString()).toBe('RIFF');
    const usage = (await t.as(admin).get('/api/recordings/storage').expect(200)).body;
    expect(usage).toMatchObject({ storage: 'quota', quotaBytes: GB, usedBytes: Number(row.size_bytes), warning: false });
    // Asterisk keeps no copy once the platform has it.
    const stored = async () =>
      (await fetch(`${sim.ariUrl}/recordings/stored`, { headers: { authorization: `Basic ${Buffer.from('pbx:pbx').toString('base64')}` } }).then((r) => r.json())) as Row[];
    await eventually(async () => !(await stored()).some((r) => r['name'] === `call-${recording['callId']}`));
  });

  it('streams with range requests through an expiring link that only the owner can get, downloads and deletes', async () => {
    await sim.sim('POST', '/calls', { from: '48607000002', to: did, behaviour: { talkSeconds: 10 } });
    const recording = await recordingOfCall('48607000002');
    const other = await t.customerSession(support);
    await t.as(other).get(`/api/recordings/${recording['id']}/link`).expect(404);

    const link = (await t.as(admin).get(`/api/recordings/${recording['id']}/link`).expect(200)).body;
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 1000);
    const whole = await t.http().get(link.url).expect(200);
    expect(whole.headers['content-type']).toMatch(/audio\/(wav|wave|x-wav)/);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const part = await t.http().get(link.url).set('Range', 'bytes=0-99').expect(206);
    expect(part.headers['content-range']).toMatch(/^bytes 0-99\//);
    expect(Number(part.headers['content-length'])).toBe(100);
    const download = await t.http().get(link.downloadUrl).expect(200);
    expect(download.headers['content-disposition']).toMatch(/attachment; filename=".*_inbound_48607000002_.*\.wav"/);
    await t.http().get(link.url.replace(/signature=[^&]+/, 'signature=forged')).expect(404);
    await t.http().get(link.url.replace(/account=[^&]+/, `account=${other.accountId}`)).expect(404);

    const before = (await t.as(admin).get('/api/recordings/storage').expect(200)).body.usedBytes as number;
    await t.as(admin).delete(`/api/recordings/${recording['id']}`).expect(204);
    await t.http().get(link.url).expect(404);
    const after = (await t.as(admin).get('/api/recordings/storage').expect(200)).body.usedBytes as number;
    expect(after).toBe(before - Number(recording['sizeBytes']));
    expect((await t.as(admin).get(`/api/recordings/${recording['id']}`).expect(200)).body.status).toBe('deleted');
  });

  it('pauses and resumes a recording during the call; the paused span is cut and reported (REC-7)', async () => {
    await sim.sim('POST', '/calls', { from: '48607000003', to: did, behaviour: { talkSeconds: 60 } });
    const live = await eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT id, call_id FROM recordings WHERE from_number = '48607000003' AND status = 'recording'`);
      return row;
    });
    await t.as(admin).post(`/api/recordings/${live.id}/pause`).expect(200);
    await new Promise((r) => setTimeout(r, 1500));
    await t.as(admin).post(`/api/recordings/${live.id}/resume`).expect(200);
    const caller = ((await sim.sim<Row[]>('GET', '/channels')).find((c) => (c['caller'] as Row)['number'] === '48607000003') as Row)['id'];
    await sim.sim('POST', `/channels/${caller}/hangup`, { cause: 16 });
    const recording = await recordingOfCall('48607000003');
    expect(recording['pausedSeconds']).toBeGreaterThanOrEqual(10);
    const calls = (await t.as(admin).get('/api/calls?number=48607000003').expect(200)).body.items as Row[];
    expect((calls[0]['recording'] as Row)['pausedSeconds']).toBe(recording['pausedSeconds']);
    await t.as(admin).post(`/api/recordings/${live.id}/pause`).expect(409);
  });

  it('never records calls between phone accounts of one account (ACC-4)', async () => {
    const colleague = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Office', recordingEnabled: true }).expect(201)).body;
    await sim.sim('PUT', `/phones/${colleague.sipLogin}`, { answerAfterSeconds: 1, hangupAfterSeconds: 5 });
    await sim.sim('POST', `/phones/${phone.sipLogin}/calls`, { to: colleague.extension });
    const legs = await eventually(async () => {
      const rows = (await t.as(admin).get('/api/calls?direction=internal').expect(200)).body.items as Row[];
      return rows.length === 2 && rows;
    });
    expect(legs.map((l) => l['recordingId'])).toEqual([null, null]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*) FROM recordings WHERE direction = 'internal'`);
    expect(Number(count)).toBe(0);
  });

  describe('quota (REC-5)', () => {
    async function account(options: object): Promise<string> {
      const session = await t.customerSession(support);
      await t.as(session).post('/api/services/recording/activate').send(options).expect(200);
      return session.accountId as string;
    }

    async function finishAtOnce(accountId: string, count: number, size: number): Promise<void> {
      const store = t.app.get(RecordingStore);
      const names = await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const name = `quota-${randomUUID()}`;
          await store.open({ accountId, callId: randomUUID(), asteriskName: name, direction: CallDirection.Inbound, from: '1', to: '2', startedAt: new Date(Date.now() - (count - i) * 1000) });
          return name;
        }),
      );
      const dir = await mkdtemp(join(tmpdir(), 'pbx-quota-'));
      await Promise.all(
        names.map(async (name) => {
          const file = join(dir, `${name}.wav`);
          await writeFile(file, 'RIFF');
          // The size the store accounts for; the file stands in for a large recording.
          await store.accept(name, file, size, 1, new Date());
        }),
      );
    }

    async function usage(accountId: string): Promise<{ used: number; stored: number; failed: number; deleted: number }> {
      const [{ used_bytes }] = await t.dataSource.query(`SELECT used_bytes FROM recording_storage WHERE account_id = $1`, [accountId]);
      const rows: Array<{ status: string; count: string }> = await t.dataSource.query(`SELECT status, count(*) FROM recordings WHERE account_id = $1 GROUP BY status`, [accountId]);
      const of = (status: string) => Number(rows.find((r) => r.status === status)?.count ?? 0);
      return { used: Number(used_bytes), stored: of('stored'), failed: of('failed'), deleted: of('deleted') };
    }

    it('never exceeds the quota when many recordings finish at once, stopping when told to', async () => {
      const accountId = await account({ storage: 'quota', quotaGb: 1, whenFull: 'stop-recording' });
      await finishAtOnce(accountId, 10, Math.round(0.31 * GB));
      const state = await usage(accountId);
      expect(state).toMatchObject({ stored: 3, failed: 7 });
      expect(state.used).toBeLessThanOrEqual(GB);
      expect(state.used).toBe(Math.round(0.31 * GB) * 3);
    });

    it('removes the oldest recordings when the quota is made smaller than what is stored', async () => {
      const session = await t.customerSession(support);
      await t.as(session).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 3, whenFull: 'stop-recording' }).expect(200);
      const accountId = session.accountId as string;
      await finishAtOnce(accountId, 3, Math.round(0.8 * GB));
      expect((await usage(accountId)).stored).toBe(3);
      await t.as(session).post('/api/services/recording/activate').send({ storage: 'quota', quotaGb: 1, whenFull: 'stop-recording' }).expect(200);
      const state = await usage(accountId);
      expect(state).toMatchObject({ stored: 1, deleted: 2 });
      expect(state.used).toBeLessThanOrEqual(GB);
      const [kept] = await t.dataSource.query(`SELECT started_at FROM recordings WHERE account_id = $1 AND status = 'stored'`, [accountId]);
      const [newestDeleted] = await t.dataSource.query(`SELECT max(started_at) AS started_at FROM recordings WHERE account_id = $1 AND status = 'deleted'`, [accountId]);
      expect(new Date(kept.started_at).getTime()).toBeGreaterThan(new Date(newestDeleted.started_at).getTime());
    });

    it('removes the oldest first by default, keeps within the quota, and warns at 90%', async () => {
      const accountId = await account({ storage: 'quota', quotaGb: 1 });
      await finishAtOnce(accountId, 10, Math.round(0.31 * GB));
      const state = await usage(accountId);
      expect(state.used).toBeLessThanOrEqual(GB);
      expect(state.stored).toBe(3);
      expect(state.deleted).toBe(7);
      const [{ used_bytes }] = await t.dataSource.query(`SELECT coalesce(sum(size_bytes), 0) AS used_bytes FROM recordings WHERE account_id = $1 AND status = 'stored'`, [accountId]);
      expect(Number(used_bytes)).toBe(state.used);
      const [warning] = await t.dataSource.query(`SELECT action FROM audit_log WHERE account_id = $1 AND action = 'recording.storage-warning'`, [accountId]);
      expect(warning).toBeDefined();
    });
  });
});
