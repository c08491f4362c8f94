import { EngineProcess } from './engine.process';
import { eventually, EventLog, PbxSimProcess } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface SimChannel {
  id: string;
  state: string;
}

/**
 * Issue 3, item 6: the telephony process is killed mid-call and started again; the new
 * process re-adopts the calls in progress from Redis, ends them properly and writes their CDRs.
 */
describe('call engine restart', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let events: EventLog;
  let admin: Session;
  let did: string;
  let sipLogin: string;
  let engine: EngineProcess | undefined;

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    // This in-process app only serves HTTP here: the engine under test is its own process.
    delete process.env['ARI_URLS'];
    t = await createTestApp();
    events = sim.observe();
    await events.ready;
    const support = await t.supportSession();
    admin = await t.customerSession(support);
    const phone = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Desk' }).expect(201)).body;
    sipLogin = phone.sipLogin;
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=13').expect(200);
    const number = await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    did = number.body.number;
    await t.as(admin).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'phone-account', targetId: phone.id }).expect(200);
    await sim.sim('PUT', `/phones/${sipLogin}`, { answerAfterSeconds: 1 });
  }, 60_000);
  afterAll(async () => {
    await engine?.kill();
    events.close();
    await t.close();
    await sim.stop();
  });

  async function bridgedCall(from: string): Promise<SimChannel> {
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from, to: did });
    await eventually(async () => {
      const channels = await sim.sim<SimChannel[]>('GET', '/channels');
      return channels.length === 2 && channels.every((c) => c.state === 'Up') && events.events.filter((e) => e.type === 'ChannelEnteredBridge').length >= 2;
    });
    return caller;
  }

  async function legsOf(from: string): Promise<Array<Record<string, unknown>>> {
    return eventually(async () => {
      const rows = (await t.as(admin).get(`/api/calls?number=${from}`).expect(200)).body.items as Array<Record<string, unknown>>;
      return rows.length === 2 && rows;
    }, 20_000);
  }

  it('ends a call normally through a new process after the old one was killed mid-call', async () => {
    engine = await EngineProcess.start(sim.ariUrl);
    const caller = await bridgedCall('48604444444');
    await engine.kill();
    engine = await EngineProcess.start(sim.ariUrl);

    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
    const legs = await legsOf('48604444444');
    expect(legs.map((l) => l['disposition'])).toEqual(['answered', 'answered']);
    expect(await eventually(async () => (await sim.sim<SimChannel[]>('GET', '/channels')).length === 0 || undefined)).toBe(true);
  }, 90_000);

  it('closes a call whose caller hung up while no process was connected', async () => {
    events.events.length = 0;
    const caller = await bridgedCall('48605555555');
    await engine?.kill();
    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
    engine = await EngineProcess.start(sim.ariUrl);

    const legs = await legsOf('48605555555');
    expect(legs.every((l) => l['disposition'] === 'answered')).toBe(true);
    expect(await eventually(async () => (await sim.sim<SimChannel[]>('GET', '/channels')).length === 0 || undefined)).toBe(true);
  }, 90_000);
});
