import { eventually, EventLog, PbxSimProcess } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface SimChannel {
  id: string;
  name: string;
  state: string;
}

/** Issue 3, items 6-8: real calls through the simulator, driven over ARI by the engine. */
describe('call engine (inbound, outbound, internal, CDRs)', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let events: EventLog;
  let admin: Session;
  let phone: { id: string; sipLogin: string; extension: string };
  let did: string;

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    process.env['ARI_URLS'] = sim.ariUrl;
    t = await createTestApp();
    events = sim.observe();
    await events.ready;
    const support = await t.supportSession();
    admin = await t.customerSession(support);
    phone = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Reception' }).expect(201)).body;
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=12').expect(200);
    const number = await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    did = number.body.number;
    await t.as(admin).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'phone-account', targetId: phone.id }).expect(200);
    await eventually(async () => {
      const health = await t.http().get('/api/health');
      return health.body.info?.ari?.connections?.[0]?.state === 'connected';
    });
  });
  afterAll(async () => {
    events.close();
    await t.close();
    await sim.stop();
    delete process.env['ARI_URLS'];
  });

  async function callsOf(session: Session, query = ''): Promise<Array<Record<string, unknown>>> {
    return (await t.as(session).get(`/api/calls${query}`).expect(200)).body.items;
  }

  it('rings the phone account a DID points to, bridges the answer, and writes a CDR per leg', async () => {
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { answerAfterSeconds: 2 });
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48601111111', to: did });
    const ring = await events.waitFor((e) => e.type === 'Dial' && String((e['peer'] as SimChannel)?.name).startsWith(`PJSIP/${phone.sipLogin}`));
    expect(ring).toBeDefined();
    await events.waitFor((e) => e.type === 'ChannelEnteredBridge' && (e['channel'] as SimChannel).id === caller.id);
    const bridged = await eventually(async () => {
      const channels = await sim.sim<SimChannel[]>('GET', '/channels');
      return channels.filter((c) => c.state === 'Up').length === 2 && channels;
    });
    expect(bridged.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^PJSIP/${phone.sipLogin}-`))]));

    await new Promise((r) => setTimeout(r, 300));
    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
    const legs = await eventually(async () => {
      const calls = await callsOf(admin);
      return calls.length === 2 && calls;
    });
    expect(legs.every((leg) => leg['callId'] === legs[0]['callId'])).toBe(true);
    for (const leg of legs) {
      expect(leg).toMatchObject({ direction: 'inbound', from: '48601111111', did, service: 'phone-account', disposition: 'answered', hangupCause: 16 });
      expect(leg['answeredAt']).not.toBeNull();
    }
    expect(legs.map((leg) => leg['to']).sort()).toEqual([did, phone.extension].sort());
    expect(await sim.sim<SimChannel[]>('GET', '/channels')).toEqual([]);
  });

  it('passes busy on to the caller and records it', async () => {
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { busy: true });
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48602222222', to: did });
    const destroyed = await events.waitFor((e) => e.type === 'ChannelDestroyed' && (e['channel'] as SimChannel).id === caller.id);
    expect(destroyed['cause']).toBe(17);
    const calls = await eventually(async () => {
      const rows = await callsOf(admin, '?number=48602222222');
      return rows.length === 2 && rows;
    });
    expect(calls.map((c) => c['disposition'])).toEqual(['busy', 'busy']);
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { busy: false, answerAfterSeconds: 2 });
  });

  it('gives the caller congestion when the phone is not registered, and records the failure', async () => {
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { registered: false });
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48602333333', to: did });
    const destroyed = await events.waitFor((e) => e.type === 'ChannelHangupRequest' && (e['channel'] as SimChannel).id === caller.id);
    expect(destroyed).toBeDefined();
    const calls = await eventually(async () => {
      const rows = await callsOf(admin, '?number=48602333333');
      return rows.length === 1 && rows;
    });
    expect(calls[0]).toMatchObject({ disposition: 'failed', hangupCause: 34 });
    await sim.sim('PUT', `/phones/${phone.sipLogin}`, { registered: true, busy: false, answerAfterSeconds: 2 });
  });

  it('announces "not in service" and hangs up for a number that points nowhere', async () => {
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48603333333', to: '48129999999' });
    const playback = await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string }).target_uri === `channel:${caller.id}`);
    expect((playback['playback'] as { media_uri: string }).media_uri).toBe('sound:ss-noservice');
    await events.waitFor((e) => e.type === 'ChannelDestroyed' && (e['channel'] as SimChannel).id === caller.id);
  });

  it('keeps calls between phone accounts of one account inside, as internal calls', async () => {
    const colleague = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Back office' }).expect(201)).body;
    await sim.sim('PUT', `/phones/${colleague.sipLogin}`, { answerAfterSeconds: 1, hangupAfterSeconds: 2 });
    await sim.sim('POST', `/phones/${phone.sipLogin}/calls`, { to: colleague.extension });
    const legs = await eventually(async () => {
      const rows = await callsOf(admin, '?direction=internal');
      return rows.length === 2 && rows;
    });
    expect(legs.map((l) => l['to']).sort()).toEqual([colleague.extension, colleague.extension]);
    expect(legs.every((l) => l['from'] === phone.extension && l['disposition'] === 'answered')).toBe(true);
  });

  it("sends other numbers out through the account's trunk with the account's number as caller ID", async () => {
    await t.as(admin).post('/api/trunks').send({ name: 'Carrier', host: 'sip.carrier.example' }).expect(201);
    await sim.sim('PUT', '/numbers/48226667777', { answerProbability: 1, ringSeconds: 1, talkSeconds: 2 });
    await sim.sim('POST', `/phones/${phone.sipLogin}/calls`, { to: '48226667777' });
    const dial = await events.waitFor((e) => e.type === 'Dial' && String((e['peer'] as SimChannel)?.name).includes('trunk'));
    expect(dial).toBeDefined();
    const legs = await eventually(async () => {
      const rows = await callsOf(admin, '?direction=outbound');
      return rows.length === 2 && rows;
    });
    expect(legs.every((l) => l['from'] === did && l['to'] === '48226667777' && l['disposition'] === 'answered')).toBe(true);
  });
});
