import { getQueueToken } from '@nestjs/bull';
import { Queue } from 'bull';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testFtpConnection } from '../src/modules/recording-upload/ftp-connection-test';
import { RecordingFiles } from '../src/modules/recordings/recording-files.service';
import { RecordingEntity } from '../src/modules/recordings/recording.entity';
import { RecordingDayUploadService } from '../src/queues/recording-upload/recording-day-upload.service';
import { RECORDING_UPLOAD_QUEUE } from '../src/queues/recording-upload/recording-upload.constants';
import { RecordingUploadScheduler } from '../src/queues/recording-upload/recording-upload.scheduler';
import { FakeClock } from './ftp/fake-clock';
import { storeRecording } from './ftp/recording-fixtures';
import { createRecordingUploadTestApp } from './ftp/recording-upload-test-app';
import { freePort, startSilentServer, TestFtpServer } from './ftp/test-ftp-server';
import { Session, TestApp } from './test-app';

/** 23:30 on 14 January in Warsaw: inside the window; the 13th is a past day. */
const NIGHT_1 = '2026-01-14T22:30:00Z';
const NIGHT_2 = '2026-01-15T22:30:00Z';
const NIGHT_3 = '2026-01-16T22:30:00Z';
const DAY = '2026-01-13';
const AUDIO = 40_000;

describe('Recording upload to FTP (REC-3, REC-4)', () => {
  let recordingsDir: string;
  let clock: FakeClock;
  let ftp: TestFtpServer;
  let t: TestApp;
  let support: Session;

  beforeAll(async () => {
    recordingsDir = await mkdtemp(join(tmpdir(), 'pbx-recordings-'));
    process.env['RECORDINGS_DIR'] = recordingsDir;
    clock = new FakeClock(new Date(NIGHT_1));
    ftp = await TestFtpServer.start();
    t = await createRecordingUploadTestApp(clock);
    support = await t.supportSession();
  });

  afterAll(async () => {
    await rm(recordingsDir, { recursive: true, force: true });
    await t.close();
    await ftp.close();
  });

  beforeEach(() => {
    ftp.faults = {};
    ftp.stores.length = 0;
    clock.set(NIGHT_1);
  });

  /** A new account sending recordings to FTP, with the given server saved, and its admin. */
  async function ftpCustomer(settings: Record<string, unknown> = {}): Promise<Session & { accountId: string; base: string }> {
    const session = await t.customerSession(support);
    // Each account its own base folder on the shared server, so tests never see each other's files.
    const base = `/calls-${(session.accountId as string).slice(0, 8)}`;
    await t.as(session).post('/api/services/recording/activate').send({ storage: 'ftp' }).expect(200);
    await t.as(session).put('/api/recordings/ftp-settings').send({ ...ftp.settings, baseFolder: base, ...settings }).expect(200);
    return { ...session, accountId: session.accountId as string, base };
  }

  /** Files of one account on the server, relative to its base folder. */
  async function filesUnder(base: string): Promise<Record<string, number>> {
    const all = await ftp.files();
    return Object.fromEntries(Object.entries(all).filter(([path]) => path.startsWith(`${base}/`)).map(([path, size]) => [path.slice(base.length), size]));
  }

  async function recordingsOfDay(accountId: string, count: number, app = t): Promise<RecordingEntity[]> {
    const files = app.app.get(RecordingFiles);
    const made: RecordingEntity[] = [];
    for (let i = 0; i < count; i++) {
      // 09:00 Warsaw onwards, one a minute; sizes differ so a mix-up would show.
      const startedAt = new Date(Date.parse(`${DAY}T08:00:00Z`) + i * 60_000);
      made.push(await storeRecording(app.dataSource, files, accountId, { startedAt, audioBytes: AUDIO + i * 1000, from: '+48 22 100 00 0' + i, to: '500600700' }));
    }
    return made;
  }

  const statuses = async (ids: string[], app = t) =>
    (await app.dataSource.getRepository(RecordingEntity).findBy(ids.map((id) => ({ id })))).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());

  const history = async (session: Session) => (await t.as(session).get('/api/recordings/uploads').expect(200)).body as { attempt: number; status: string; filesUploaded: number; filesTotal: number; bytesUploaded: number; error: string | null; day: string }[];

  /** Day folder, then local start time, direction, numbers (sanitised) and the id's first 8 characters. */
  const remoteName = (r: RecordingEntity, i: number) => `/2026/01/13/090${i}00_inbound_+4822100000${i}_500600700_${r.id.slice(0, 8)}.wav`;

  describe('FTP settings', () => {
    it('saves the password sealed, never shows it, keeps it when left out, audits every change', async () => {
      const session = await t.customerSession(support);
      const api = t.as(session);
      await api.get('/api/recordings/ftp-settings').expect(404);
      const missing = await api.put('/api/recordings/ftp-settings').send({ host: '127.0.0.1', username: 'u' }).expect(400);
      expect(missing.body.message).toMatch(/password is required/);
      const saved = await api.put('/api/recordings/ftp-settings').send({ ...ftp.settings }).expect(200);
      expect(saved.body).toEqual(expect.objectContaining({ host: '127.0.0.1', port: ftp.port, username: 'recorder', explicitTls: false, baseFolder: '/', hasPassword: true }));
      expect(JSON.stringify(saved.body)).not.toContain(ftp.password);
      const [row] = await t.dataSource.query(`SELECT password_sealed FROM recording_ftp_settings WHERE account_id = $1`, [session.accountId]);
      expect(row.password_sealed).toMatch(/^v1\./);
      expect(row.password_sealed).not.toContain(ftp.password);

      // Saved again without the password: kept, and the test still logs in.
      await api.put('/api/recordings/ftp-settings').send({ host: '127.0.0.1', port: ftp.port, username: 'recorder', baseFolder: '/rec/' }).expect(200);
      const read = await api.get('/api/recordings/ftp-settings').expect(200);
      expect(read.body).toEqual(expect.objectContaining({ baseFolder: '/rec', hasPassword: true }));
      expect(read.body.password).toBeUndefined();
      expect((await api.post('/api/recordings/ftp-settings/test').send({}).expect(200)).body).toEqual({ ok: true, message: 'Configuration correct. Connection established' });
      // The test leaves nothing behind.
      expect(await filesUnder('/rec')).toEqual({});

      await api.put('/api/recordings/ftp-settings').send({ ...ftp.settings, password: 'x', extra: 1 }).expect(400);
      await api.delete('/api/recordings/ftp-settings').expect(204);
      await api.get('/api/recordings/ftp-settings').expect(404);
      const audit = await t.dataSource.query(`SELECT action, details FROM audit_log WHERE account_id = $1 AND action LIKE 'recording-ftp.%' ORDER BY at`, [session.accountId]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['recording-ftp.saved', 'recording-ftp.saved', 'recording-ftp.tested', 'recording-ftp.deleted']);
      expect(JSON.stringify(audit)).not.toContain(ftp.password);
    });

    it('names the failing step: connect, login, upload (disk full)', async () => {
      const session = await ftpCustomer();
      const api = t.as(session);
      const refused = await api.post('/api/recordings/ftp-settings/test').send({ port: await freePort() }).expect(200);
      expect(refused.body).toEqual(expect.objectContaining({ ok: false, step: 'connect', message: expect.stringMatching(/^Could not connect/) }));
      expect(refused.body.serverMessage).toMatch(/ECONNREFUSED/);

      const wrong = await api.post('/api/recordings/ftp-settings/test').send({ password: 'wrong' }).expect(200);
      expect(wrong.body).toEqual(expect.objectContaining({ ok: false, step: 'login', message: expect.stringMatching(/refused the login/) }));
      expect(wrong.body.serverMessage).toMatch(/^530/);

      ftp.faults = { diskFullFromStore: 1 };
      const full = await api.post('/api/recordings/ftp-settings/test').send({}).expect(200);
      expect(full.body).toEqual(expect.objectContaining({ ok: false, step: 'upload' }));
      expect(full.body.serverMessage).toMatch(/^552/);
      await api.post('/api/recordings/ftp-settings/test').send({ port: 0 }).expect(400);
    });

    it('a silent server fails the connect step after the timeout', async () => {
      const silent = await startSilentServer();
      const started = Date.now();
      const result = await testFtpConnection({ host: '127.0.0.1', port: silent.port, username: 'u', password: 'p', explicitTls: false }, '/', 1_000);
      await silent.close();
      expect(result).toEqual(expect.objectContaining({ ok: false, step: 'connect', serverMessage: expect.stringMatching(/No answer within the time limit/) }));
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  });

  describe('nightly upload', () => {
    it('uploads the past day through the queue, verified, then frees the platform copy', async () => {
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 3);
      const files = t.app.get(RecordingFiles);
      const today = await storeRecording(t.dataSource, files, customer.accountId, { startedAt: new Date('2026-01-14T10:00:00Z') });
      const scheduler = t.app.get(RecordingUploadScheduler);

      // 22:59 local: not yet.
      clock.set('2026-01-14T21:59:00Z');
      expect(await scheduler.enqueueDueUploads()).not.toContainEqual(expect.stringContaining(customer.accountId));
      clock.set(NIGHT_1);
      const enqueued = (await scheduler.enqueueDueUploads()).filter((id) => id.startsWith(customer.accountId));
      expect(enqueued).toEqual([`${customer.accountId}:${DAY}:2026-01-14`]);
      const queue = t.app.get<Queue>(getQueueToken(RECORDING_UPLOAD_QUEUE));
      const job = await queue.getJob(enqueued[0]);
      expect(await job?.finished()).toEqual(expect.objectContaining({ status: 'succeeded' }));

      const server = await filesUnder(customer.base);
      expect(Object.keys(server)).toHaveLength(3);
      recordings.forEach((r, i) => expect(server[remoteName(r, i)]).toBe(r.sizeBytes));
      const after = await statuses(recordings.map((r) => r.id));
      for (const [i, r] of after.entries()) {
        expect(r).toEqual(expect.objectContaining({ status: 'uploaded', storagePath: null, remotePath: customer.base + remoteName(recordings[i], i), uploadedAt: new Date(NIGHT_1) }));
        expect(existsSync(files.absolute(recordings[i].storagePath as string))).toBe(false);
      }
      // Today's recording waits for tomorrow night; the quota holds only it.
      expect((await statuses([today.id]))[0].status).toBe('stored');
      const [usage] = await t.dataSource.query(`SELECT used_bytes FROM recording_storage WHERE account_id = $1`, [customer.accountId]);
      expect(Number(usage.used_bytes)).toBe(today.sizeBytes);
      const total = recordings.reduce((sum, r) => sum + (r.sizeBytes as number), 0);
      expect(await history(customer)).toEqual([expect.objectContaining({ day: DAY, attempt: 1, status: 'succeeded', filesUploaded: 3, filesTotal: 3, bytesUploaded: total, error: null })]);
      expect(await (await queue.getJob(enqueued[0]))?.progress()).toBe(100);
      // Nothing left for that day: the next round enqueues nothing.
      expect((await scheduler.enqueueDueUploads()).filter((id) => id.startsWith(customer.accountId))).toEqual([]);
      // Later tests move the clock to the next nights: keep this account's today out of their queue rounds.
      await files.remove(today, 'test done', 'deleted');
    });

    it('a refused connection fails the night; tried on each of the next nights; the 3rd failure deletes the day', async () => {
      const customer = await ftpCustomer({ ...ftp.settings, port: await freePort() });
      const recordings = await recordingsOfDay(customer.accountId, 2);
      const scheduler = t.app.get(RecordingUploadScheduler);
      const upload = t.app.get(RecordingDayUploadService);
      const mine = async () => (await scheduler.enqueueDueUploads()).filter((id) => id.startsWith(customer.accountId));

      expect((await upload.run(customer.accountId, DAY))?.status).toBe('failed');
      // Once a night: after midnight it is still the same night.
      clock.set('2026-01-15T01:00:00Z');
      expect(await mine()).toEqual([]);
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['stored', 'stored']);

      clock.set(NIGHT_2);
      const second = await mine();
      expect(second).toEqual([`${customer.accountId}:${DAY}:2026-01-15`]);
      // The second night's attempt goes through the queue like in production.
      const queue = t.app.get<Queue>(getQueueToken(RECORDING_UPLOAD_QUEUE));
      expect(await (await queue.getJob(second[0]))?.finished()).toEqual(expect.objectContaining({ status: 'failed' }));
      clock.set(NIGHT_3);
      expect((await upload.run(customer.accountId, DAY))?.status).toBe('gave-up');

      const runs = await history(customer);
      expect(runs.map((r) => [r.attempt, r.status])).toEqual([
        [4, 'gave-up'],
        [3, 'failed'],
        [2, 'failed'],
        [1, 'failed'],
      ]);
      expect(runs[1].error).toMatch(/Could not connect to the FTP server: .*ECONNREFUSED/);
      expect(runs[0].error).toMatch(/2 recordings of 2026-01-13 deleted after 3 failed uploads/);
      const after = await statuses(recordings.map((r) => r.id));
      for (const r of after) {
        expect(r).toEqual(expect.objectContaining({ status: 'deleted', storagePath: null, deletedReason: expect.stringMatching(/^FTP upload failed 3 times/) }));
      }
      const files = t.app.get(RecordingFiles);
      recordings.forEach((r) => expect(existsSync(files.absolute(r.storagePath as string))).toBe(false));
      expect(await mine()).toEqual([]);
    });

    it('a wrong password fails the run and keeps every recording', async () => {
      const customer = await ftpCustomer({ ...ftp.settings, password: 'not-the-password' });
      const recordings = await recordingsOfDay(customer.accountId, 2);
      const run = await t.app.get(RecordingDayUploadService).run(customer.accountId, DAY);
      expect(run).toEqual(expect.objectContaining({ status: 'failed', filesUploaded: 0, error: expect.stringMatching(/refused the login: 530/) }));
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['stored', 'stored']);
      const files = t.app.get(RecordingFiles);
      recordings.forEach((r) => expect(existsSync(files.absolute(r.storagePath as string))).toBe(true));
      expect(ftp.stores).toEqual([]);
    });

    it('a connection cut in mid-file keeps that file and the rest; the next night finishes without duplicates', async () => {
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 3);
      const upload = t.app.get(RecordingDayUploadService);
      ftp.faults = { disconnectDuringStore: { store: 2, afterBytes: 10_000 } };
      const first = await upload.run(customer.accountId, DAY);
      expect(first).toEqual(expect.objectContaining({ status: 'failed', filesUploaded: 1, error: expect.stringMatching(/^Could not upload a file/) }));
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['uploaded', 'stored', 'stored']);

      ftp.faults = {};
      clock.set(NIGHT_2);
      expect(await upload.run(customer.accountId, DAY)).toEqual(expect.objectContaining({ status: 'succeeded', attempt: 2, filesUploaded: 2, filesTotal: 2 }));
      const server = await filesUnder(customer.base);
      recordings.forEach((r, i) => expect(server[remoteName(r, i)]).toBe(r.sizeBytes));
      // The cut file is sent again (it was never verified); the verified one is not.
      expect(ftp.stores.map((p) => p.split('_').pop())).toEqual(recordings.map((r) => `${r.id.slice(0, 8)}.wav`).flatMap((name, i) => (i === 1 ? [name, name] : [name])));
    });

    it('a full disk (552) fails the run after the files that fitted', async () => {
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 3);
      ftp.faults = { diskFullFromStore: 2 };
      const run = await t.app.get(RecordingDayUploadService).run(customer.accountId, DAY);
      expect(run).toEqual(expect.objectContaining({ status: 'failed', filesUploaded: 1, error: expect.stringMatching(/Could not upload a file to the FTP server: 552/) }));
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['uploaded', 'stored', 'stored']);
      expect(Object.keys(await filesUnder(customer.base))).toEqual([remoteName(recordings[0], 0)]);
    });

    it('a slow server still completes; a server that stops reading times out cleanly', async () => {
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 2);
      const upload = t.app.get(RecordingDayUploadService);
      ftp.faults = { throttleBytesPerSecond: 200_000 };
      expect((await upload.run(customer.accountId, DAY))?.status).toBe('succeeded');

      const other = await ftpCustomer();
      const stalled = await recordingsOfDay(other.accountId, 2);
      ftp.faults = { stallStore: ftp.stores.length + 1 };
      const started = Date.now();
      const run = await upload.run(other.accountId, DAY);
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(run).toEqual(expect.objectContaining({ status: 'failed', filesUploaded: 0, error: expect.stringMatching(/No answer within the time limit/) }));
      expect((await statuses(stalled.map((r) => r.id))).map((r) => r.status)).toEqual(['stored', 'stored']);
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['uploaded', 'uploaded']);
    });

    it('starts no file after 05:00: the run is interrupted and continues next night without counting as a failure', async () => {
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 3);
      const upload = t.app.get(RecordingDayUploadService);
      clock.set('2026-01-15T03:58:00Z'); // 04:58 local
      // 05:00:30 arrives while the second file is on its way: it completes, the third never starts.
      ftp.faults = { onStore: (store) => void (store === 2 && clock.set('2026-01-15T04:00:30Z')) };
      const first = await upload.run(customer.accountId, DAY);
      expect(first).toEqual(expect.objectContaining({ status: 'interrupted', filesUploaded: 2, filesTotal: 3, error: expect.stringMatching(/window ended/) }));
      expect((await statuses(recordings.map((r) => r.id))).map((r) => r.status)).toEqual(['uploaded', 'uploaded', 'stored']);
      // Outside the window a queued job does nothing.
      expect(await upload.run(customer.accountId, DAY)).toBeNull();

      ftp.faults = {};
      clock.set(NIGHT_2);
      expect(await upload.run(customer.accountId, DAY)).toEqual(expect.objectContaining({ status: 'succeeded', attempt: 2, filesUploaded: 1 }));
      expect((await history(customer)).map((r) => r.status)).toEqual(['succeeded', 'interrupted']);
    });

    it('survives the worker dying mid-run: no file lost, no verified file sent twice', async () => {
      const crashing = await createRecordingUploadTestApp(clock);
      const customer = await ftpCustomer();
      const recordings = await recordingsOfDay(customer.accountId, 4, crashing);
      // The platform stops while the third file is being sent.
      ftp.faults = { onStore: async (store) => void (store === 3 && (await crashing.close())) };
      await expect(crashing.app.get(RecordingDayUploadService).run(customer.accountId, DAY)).rejects.toThrow();

      ftp.faults = {};
      const restarted = await createRecordingUploadTestApp(clock);
      try {
        expect((await statuses(recordings.map((r) => r.id), restarted)).map((r) => r.status)).toEqual(['uploaded', 'uploaded', 'stored', 'stored']);
        const run = await restarted.app.get(RecordingDayUploadService).run(customer.accountId, DAY);
        expect(run).toEqual(expect.objectContaining({ status: 'succeeded', attempt: 2, filesUploaded: 2 }));
        expect((await history(customer)).map((r) => [r.attempt, r.status])).toEqual([
          [2, 'succeeded'],
          [1, 'interrupted'],
        ]);
        const server = await filesUnder(customer.base);
        recordings.forEach((r, i) => expect(server[remoteName(r, i)]).toBe(r.sizeBytes));
        const sent = ftp.stores.map((p) => p.split('_').pop());
        const names = recordings.map((r) => `${r.id.slice(0, 8)}.wav`);
        expect(sent).toEqual([names[0], names[1], names[2], names[2], names[3]]);
        const files = restarted.app.get(RecordingFiles);
        recordings.forEach((r) => expect(existsSync(files.absolute(r.storagePath as string))).toBe(false));
      } finally {
        await restarted.close();
      }
    });
  });
});
