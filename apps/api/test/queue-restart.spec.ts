import { EngineProcess } from './engine.process';
import { EventLog, PbxSimProcess, SimEvent } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface SimChannel {
  id: string;
  state: string;
}

/** Issue 5, item 5: waiting callers survive a restart of the telephony process, in their order. */
describe('queue restart', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let events: EventLog;
  let engine: EngineProcess | undefined;
  let admin: Session;
  let did: string;
  let desk: { id: string; sipLogin: string };

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    delete process.env['ARI_URLS'];
    t = await createTestApp();
    events = sim.observe();
    await events.ready;
    admin = await t.customerSession(await t.supportSession());
    await t.as(admin).post('/api/services/call-center/activate').expect(200);
    desk = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Agent desk' }).expect(201)).body;
    const agent = (await t.as(admin).post('/api/agents').send({ description: 'Desk agent', loginMode: 'phone', phoneAccountId: desk.id }).expect(201)).body;
    const campaign = (await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Support', settings: { sendWhenNoAgentLoggedIn: true, maxWaitSeconds: 0 } }).expect(201)).body;
    await t.as(admin).put(`/api/queues/${campaign.id}/members`).send({ members: [{ type: 'agent', agentId: agent.id }] }).expect(200);
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=23').expect(200);
    const number = (await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201)).body;
    did = number.number;
    await t.as(admin).put(`/api/numbers/${number.id}/target`).send({ targetType: 'call-center-campaign', targetId: campaign.id }).expect(200);
    await sim.sim('PUT', `/phones/${desk.sipLogin}`, { answerAfterSeconds: 1 });
  }, 60_000);
  afterAll(async () => {
    await engine?.kill();
    events.close();
    await t.close();
    await sim.stop();
  });

  it('keeps waiting callers on hold and in their order across a restart, and offers continue', async () => {
    engine = await EngineProcess.start(sim.ariUrl);
    const first = await sim.sim<SimChannel>('POST', '/calls', { from: '48610000001', to: did, behaviour: { talkSeconds: null } });
    await events.waitFor((e: SimEvent) => e.type === 'ChannelStateChange' && (e['channel'] as SimChannel).id === first.id && (e['channel'] as SimChannel).state === 'Up');
    await new Promise((r) => setTimeout(r, 300));
    const second = await sim.sim<SimChannel>('POST', '/calls', { from: '48610000002', to: did, behaviour: { talkSeconds: null } });
    await events.waitFor((e: SimEvent) => e.type === 'ChannelStateChange' && (e['channel'] as SimChannel).id === second.id && (e['channel'] as SimChannel).state === 'Up');

    await engine.kill();
    engine = await EngineProcess.start(sim.ariUrl);
    expect((await sim.sim<SimChannel[]>('GET', '/channels')).map((c) => c.id).sort()).toEqual([first.id, second.id].sort());

    await sim.sim('POST', `/phones/${desk.sipLogin}/calls`, { to: '*10' });
    const bridged = await events.waitFor((e: SimEvent) => e.type === 'ChannelEnteredBridge' && [first.id, second.id].includes((e['channel'] as SimChannel).id), 20_000);
    expect((bridged['channel'] as SimChannel).id).toBe(first.id);
    const stillWaiting = (await sim.sim<SimChannel[]>('GET', '/channels')).find((c) => c.id === second.id);
    expect(stillWaiting?.state).toBe('Up');
    await sim.sim('POST', `/channels/${first.id}/hangup`, { cause: 16 });
    const next = await events.waitFor((e: SimEvent) => e.type === 'ChannelEnteredBridge' && (e['channel'] as SimChannel).id === second.id, 20_000);
    expect(next).toBeDefined();
  }, 120_000);
});
