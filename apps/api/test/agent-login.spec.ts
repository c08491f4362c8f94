import { eventually, EventLog, PbxSimProcess } from './pbx-sim.process';
import { createTestApp, Session, TestApp } from './test-app';

interface SimChannel {
  id: string;
  state: string;
}

/** DIA-7 login line and CC-2 *10/*11, through the simulator. */
describe('agent log-in by phone', () => {
  let sim: PbxSimProcess;
  let t: TestApp;
  let events: EventLog;
  let admin: Session;
  let loginLine: string;
  let lineAgent: { id: string; agentNumber: string };
  let deskPhone: { id: string; sipLogin: string };
  let deskAgent: { id: string };

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    process.env['ARI_URLS'] = sim.ariUrl;
    t = await createTestApp();
    events = sim.observe();
    await events.ready;
    admin = await t.customerSession(await t.supportSession());
    await t.as(admin).post('/api/services/call-center/activate').expect(200);
    lineAgent = (await t.as(admin).post('/api/agents').send({ description: 'Line agent', pin: '2468' }).expect(201)).body;
    deskPhone = (await t.as(admin).post('/api/phone-accounts').send({ name: 'Desk' }).expect(201)).body;
    deskAgent = (await t.as(admin).post('/api/agents').send({ description: 'Desk agent', loginMode: 'phone', phoneAccountId: deskPhone.id }).expect(201)).body;
    const offer = await t.as(admin).get('/api/numbers/offer?areaCode=15').expect(200);
    const number = await t.as(admin).post('/api/numbers/claim').send({ number: offer.body[0].number }).expect(201);
    loginLine = number.body.number;
    const assigned = await t.as(admin).put(`/api/numbers/${number.body.id}/target`).send({ targetType: 'dialer-login', targetId: admin.accountId }).expect(200);
    expect(assigned.body.targetName).toBe('Agent login line');
    await sim.sim('PUT', `/phones/${deskPhone.sipLogin}`, { answerAfterSeconds: 1 });
    await eventually(async () => (await t.http().get('/api/health')).body.info?.ari?.connections?.[0]?.state === 'connected');
  }, 60_000);
  afterAll(async () => {
    events.close();
    await t.close();
    await sim.stop();
    delete process.env['ARI_URLS'];
  });

  const agentState = async (id: string) => (await t.as(admin).get(`/api/agents/${id}`).expect(200)).body;
  const prompted = (channelId: string, media: string) =>
    events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string; media_uri: string }).target_uri === `channel:${channelId}` && (e['playback'] as { media_uri: string }).media_uri === media && !seen.has(e), 10_000).then((e) => seen.add(e));
  const seen = new Set<unknown>();

  it('logs an agent in with ID and PIN, parks the call on music, and logs out on hang-up', async () => {
    const call = await sim.sim<SimChannel>('POST', '/calls', { from: '48608000001', to: loginLine, behaviour: { talkSeconds: null } });
    await prompted(call.id, 'sound:agent-user');
    await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: `${lineAgent.agentNumber}#` });
    await prompted(call.id, 'sound:agent-pass');
    await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: '2468#' });
    await eventually(async () => (await agentState(lineAgent.id)).state === 'available');
    const entered = await events.waitFor((e) => e.type === 'ChannelEnteredBridge' && (e['channel'] as SimChannel).id === call.id);
    expect((entered['bridge'] as { bridge_type: string }).bridge_type).toBe('holding');

    await sim.sim('POST', `/channels/${call.id}/hangup`, { cause: 16 });
    await eventually(async () => (await agentState(lineAgent.id)).state === 'logged-out');
    const changes = await t.dataSource.query(`SELECT state, reason FROM agent_state_changes WHERE agent_id = $1 ORDER BY at, id`, [lineAgent.id]);
    expect(changes.map((c: { state: string }) => c.state)).toEqual(['available', 'logged-out']);
  });

  it('hangs up after three wrong tries, and locks the agent for 15 minutes after five wrong PINs', async () => {
    const wrongTries = async (tries: number) => {
      const call = await sim.sim<SimChannel>('POST', '/calls', { from: '48608000002', to: loginLine, behaviour: { talkSeconds: null } });
      for (let i = 0; i < tries; i += 1) {
        await prompted(call.id, 'sound:agent-user');
        await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: `${lineAgent.agentNumber}#` });
        await prompted(call.id, 'sound:agent-pass');
        await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: '0000#' });
        await prompted(call.id, 'sound:agent-incorrect');
      }
      return call;
    };
    const first = await wrongTries(3);
    await events.waitFor((e) => e.type === 'StasisEnd' && (e['channel'] as SimChannel).id === first.id);
    const second = await wrongTries(2);
    await events.waitFor((e) => e.type === 'StasisEnd' && (e['channel'] as SimChannel).id === second.id);
    const locked = await agentState(lineAgent.id);
    expect(Date.parse(locked.lockedUntil) - Date.now()).toBeGreaterThan(14 * 60_000);
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE account_id = $1 AND action = 'agent.pin-locked'`, [admin.accountId]);
    expect(audit.details).toMatchObject({ agentNumber: lineAgent.agentNumber, minutes: 15 });

    // Even the right PIN is refused while locked.
    const call = await sim.sim<SimChannel>('POST', '/calls', { from: '48608000003', to: loginLine, behaviour: { talkSeconds: null } });
    await prompted(call.id, 'sound:agent-user');
    await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: `${lineAgent.agentNumber}#` });
    await prompted(call.id, 'sound:agent-pass');
    await sim.sim('POST', `/channels/${call.id}/dtmf`, { digits: '2468#' });
    await prompted(call.id, 'sound:agent-incorrect');
    expect((await agentState(lineAgent.id)).state).toBe('logged-out');
  });

  it('logs the phone agent in with *10 and out with *11, confirming each', async () => {
    const login = await sim.sim<SimChannel>('POST', `/phones/${deskPhone.sipLogin}/calls`, { to: '*10' });
    await prompted(login.id, 'sound:agent-loginok');
    await eventually(async () => (await agentState(deskAgent.id)).state === 'available');
    const logout = await sim.sim<SimChannel>('POST', `/phones/${deskPhone.sipLogin}/calls`, { to: '*11' });
    await prompted(logout.id, 'sound:agent-loggedoff');
    await eventually(async () => (await agentState(deskAgent.id)).state === 'logged-out');
  });
});
