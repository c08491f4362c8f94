import { eventually, EventLog, PbxSimProcess, SimEvent } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface SimChannel {
  id: string;
  name: string;
  state: string;
}

/** Issue 5, items 1 and 4, first cut: a CC campaign's calls reach phone agents and login-line agents. */
describe('call-center campaign calls', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let events: EventLog;
  let admin: Session;
  let did: string;
  let loginLine: string;
  let desk: { id: string; sipLogin: string };
  let deskAgent: { id: string };
  let lineAgent: { id: string; agentNumber: string };
  let campaignId: string;

  const channelOf = (e: SimEvent) => e['channel'] as SimChannel;
  const agentState = async (id: string) => (await t.as(admin).get(`/api/agents/${id}`).expect(200)).body.state as string;

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    process.env['ARI_URLS'] = sim.ariUrl;
    t = await createTestApp();
    events = sim.observe();
    await events.ready;
    admin = await t.customerSession(await t.supportSession());
    await t.as(admin).post('/api/services/call-center/activate').expect(200);
    desk = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Agent desk' }).expect(201)).body;
    deskAgent = (await t.as(admin).post('/api/agents').send({ description: 'Desk agent', loginMode: 'phone', phoneAccountId: desk.id }).expect(201)).body;
    lineAgent = (await t.as(admin).post('/api/agents').send({ description: 'Line agent', pin: '1357' }).expect(201)).body;
    const campaign = (await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Support' }).expect(201)).body;
    campaignId = campaign.id;
    await t.as(admin).put(`/api/queues/${campaign.id}/members`).send({ members: [{ type: 'agent', agentId: deskAgent.id }, { type: 'agent', agentId: lineAgent.id }] }).expect(200);
    const claim = async (areaCode: string) => (await t.as(admin).post('/api/numbers/claim').send({ number: (await t.as(admin).get(`/api/numbers/offer?areaCode=${areaCode}`).expect(200)).body[0].number }).expect(201)).body;
    const campaignNumber = await claim('17');
    did = campaignNumber.number;
    await t.as(admin).put(`/api/numbers/${campaignNumber.id}/target`).send({ targetType: 'call-center-campaign', targetId: campaign.id }).expect(200);
    const lineNumber = await claim('18');
    loginLine = lineNumber.number;
    await t.as(admin).put(`/api/numbers/${lineNumber.id}/target`).send({ targetType: 'dialer-login', targetId: admin.accountId }).expect(200);
    await sim.sim('PUT', `/phones/${desk.sipLogin}`, { answerAfterSeconds: 1 });
    await eventually(async () => (await t.http().get('/api/health')).body.info?.ari?.connections?.[0]?.state === 'connected');
  }, 60_000);
  afterAll(async () => {
    events.close();
    await t.close();
    await sim.stop();
    delete process.env['ARI_URLS'];
  });

  it('announces the position to a waiting caller by the queue prompts, at the configured period (CC-4)', async () => {
    const queue = (await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Announcing', settings: { sendWhenNoAgentLoggedIn: true, maxWaitSeconds: 0, announcePosition: true, announcementEverySeconds: 10 } }).expect(201)).body;
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=24').expect(200);
    const number = (await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201)).body;
    await t.as(admin).put(`/api/numbers/${number.id}/target`).send({ targetType: 'call-center-campaign', targetId: queue.id }).expect(200);
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48609000010', to: number.number, behaviour: { talkSeconds: null } });
    const prompt = await events.waitFor(
      (e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string }).target_uri === `channel:${caller.id}`,
      15_000,
    );
    expect((prompt['playback'] as { media_uri: string }).media_uri).toBe('sound:queue-youarenext');
    const waited = Date.parse(String(prompt['timestamp']).replace(/(\d{2})(\d{2})$/, '$1:$2')) - Date.parse(String(events.events.find((e) => e.type === 'StasisStart' && channelOf(e).id === caller.id)?.['timestamp']).replace(/(\d{2})(\d{2})$/, '$1:$2'));
    // Simulated time runs ten times faster: ten seconds of our clock are about a hundred there.
    expect(waited).toBeGreaterThan(50_000);
    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
  }, 30_000);

  it('sends callers away with an announcement while no agent is logged in', async () => {
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48609000001', to: did, behaviour: { talkSeconds: null } });
    const playback = await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string }).target_uri === `channel:${caller.id}`);
    expect((playback['playback'] as { media_uri: string }).media_uri).toBe('sound:vm-nobodyavail');
    await events.waitFor((e) => e.type === 'StasisEnd' && channelOf(e).id === caller.id);
  });

  it('rings the phone of an agent logged in with *10 and bridges the answer; the agent is engaged, then free again', async () => {
    await sim.sim('POST', `/phones/${desk.sipLogin}/calls`, { to: '*10' });
    await eventually(async () => (await agentState(deskAgent.id)) === 'available');
    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48609000002', to: did, behaviour: { talkSeconds: null } });
    await events.waitFor((e) => e.type === 'Dial' && String((e['peer'] as SimChannel)?.name).startsWith(`PJSIP/${desk.sipLogin}-`));
    const bridged = await events.waitFor((e) => e.type === 'ChannelEnteredBridge' && channelOf(e).id === caller.id);
    expect((bridged['bridge'] as { bridge_type: string }).bridge_type).toBe('mixing');
    await eventually(async () => (await agentState(deskAgent.id)) === 'engaged');
    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
    await eventually(async () => (await agentState(deskAgent.id)) === 'available');
    const legs = await eventually(async () => {
      const rows = (await t.as(admin).get('/api/calls?number=48609000002').expect(200)).body.items as Array<Record<string, unknown>>;
      return rows.length === 2 && rows;
    });
    // CC-6: the campaign's figures count the answered call and the agent's last call.
    const monitor = await eventually(async () => {
      const body = (await t.as(admin).get(`/api/queues/${campaignId}/monitor`).expect(200)).body;
      return body.answered >= 1 && body;
    });
    expect(monitor.unanswered).toBe(1);
    expect(monitor.agents.find((a: { agentId: string }) => a.agentId === deskAgent.id)).toMatchObject({ answered: 1, lastCallAt: expect.any(Number) });
    expect(legs.map((l) => [l['disposition'], l['service']])).toEqual([
      ['answered', 'call-center-campaign'],
      ['answered', 'call-center-campaign'],
    ]);
    await sim.sim('POST', `/phones/${desk.sipLogin}/calls`, { to: '*11' });
    await eventually(async () => (await agentState(deskAgent.id)) === 'logged-out');
  });

  it('bridges a caller to an agent parked on the login line with a beep, and returns the agent to music after', async () => {
    const agentCall = await sim.sim<SimChannel>('POST', '/calls', { from: '48609000099', to: loginLine, behaviour: { talkSeconds: null } });
    await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string; media_uri: string }).target_uri === `channel:${agentCall.id}`);
    await sim.sim('POST', `/channels/${agentCall.id}/dtmf`, { digits: `${lineAgent.agentNumber}#` });
    await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { media_uri: string }).media_uri === 'sound:agent-pass');
    await sim.sim('POST', `/channels/${agentCall.id}/dtmf`, { digits: '1357#' });
    await eventually(async () => (await agentState(lineAgent.id)) === 'available');

    const caller = await sim.sim<SimChannel>('POST', '/calls', { from: '48609000003', to: did, behaviour: { talkSeconds: null } });
    const beep = await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string }).target_uri === `channel:${agentCall.id}` && (e['playback'] as { media_uri: string }).media_uri === 'sound:beep');
    expect(beep).toBeDefined();
    const callerIn = await events.waitFor((e) => e.type === 'ChannelEnteredBridge' && channelOf(e).id === caller.id);
    const agentIn = await events.waitFor((e) => e.type === 'ChannelEnteredBridge' && channelOf(e).id === agentCall.id && (e['bridge'] as { bridge_type: string }).bridge_type === 'mixing');
    expect((agentIn['bridge'] as { id: string }).id).toBe((callerIn['bridge'] as { id: string }).id);
    await eventually(async () => (await agentState(lineAgent.id)) === 'engaged');

    const before = events.events.length;
    await sim.sim('POST', `/channels/${caller.id}/hangup`, { cause: 16 });
    await events.waitFor((e) => events.events.indexOf(e) >= before && e.type === 'ChannelEnteredBridge' && channelOf(e).id === agentCall.id && (e['bridge'] as { bridge_type: string }).bridge_type === 'holding');
    await eventually(async () => (await agentState(lineAgent.id)) === 'available');
    expect((await sim.sim<SimChannel[]>('GET', '/channels')).map((c) => c.id)).toEqual([agentCall.id]);
  });

  it('pauses an agent with a reason and brings it back (AGD-1); a logged-out agent cannot pause', async () => {
    await t.as(admin).post(`/api/agents/${deskAgent.id}/pause`).send({ reason: 'break' }).expect(409);
    await sim.sim('POST', `/phones/${desk.sipLogin}/calls`, { to: '*10' });
    await eventually(async () => (await agentState(deskAgent.id)) === 'available');
    const paused = await t.as(admin).post(`/api/agents/${deskAgent.id}/pause`).send({ reason: 'break' }).expect(200);
    expect(paused.body).toMatchObject({ state: 'paused', stateReason: 'break' });
    await t.as(admin).post(`/api/agents/${deskAgent.id}/resume`).expect(200);
    expect(await agentState(deskAgent.id)).toBe('available');
    await sim.sim('POST', `/phones/${desk.sipLogin}/calls`, { to: '*11' });
    await eventually(async () => (await agentState(deskAgent.id)) === 'logged-out');
  });

  it('counts two first callers arriving at once, and updates monitoring when they leave', async () => {
    const queue = (await t.as(admin).post('/api/queues').send({ kind: 'call-center-campaign', name: 'Twins', settings: { sendWhenNoAgentLoggedIn: true, maxWaitSeconds: 0 } }).expect(201)).body;
    await t.as(admin).put(`/api/queues/${queue.id}/members`).send({ members: [{ type: 'agent', agentId: deskAgent.id }] }).expect(200);
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=25').expect(200);
    const number = (await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201)).body;
    await t.as(admin).put(`/api/numbers/${number.id}/target`).send({ targetType: 'call-center-campaign', targetId: queue.id }).expect(200);
    const callers = await Promise.all(
      ['48609000021', '48609000022'].map((from) => sim.sim<SimChannel>('POST', '/calls', { from, to: number.number, behaviour: { talkSeconds: null } })),
    );
    await eventually(async () => (await t.as(admin).get(`/api/queues/${queue.id}/monitor`).expect(200)).body.waiting.length === 2);
    await Promise.all(callers.map((c) => sim.sim('POST', `/channels/${c.id}/hangup`, { cause: 16 })));
    const after = await eventually(async () => {
      const body = (await t.as(admin).get(`/api/queues/${queue.id}/monitor`).expect(200)).body;
      return body.waiting.length === 0 && body;
    });
    expect(after.unanswered).toBe(2);
  });
});
