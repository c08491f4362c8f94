// The simulated world through /sim and ARI: phones, numbers and profiles, inbound calls,
// phones dialing out, dialer calls with AMD, far-end DTMF and hangups, determinism.
import { startPbxSim } from '../index';
import type { PbxSim } from '../index';
import { ari, EventCollector } from '../test/event-collector';

const TIME_SCALE = 0.01;

async function sim(path: string, method: string, body?: unknown) {
  const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

describe('simulated world', () => {
  let s: PbxSim;
  let events: EventCollector;

  beforeEach(async () => {
    s = await startPbxSim({ port: 0, timeScale: TIME_SCALE, seed: 42 });
    events = await EventCollector.open(s.ariUrl);
  });
  afterEach(async () => {
    events.close();
    await s.close();
  });

  it('registers phones as PJSIP endpoints and rings them on originate', async () => {
    expect((await sim(`${s.url}/sim/phones/agent7`, 'PUT', { answerAfterSeconds: 4 })).status).toBe(200);
    expect((await ari(s.ariUrl, 'GET', '/endpoints/PJSIP/agent7')).body).toMatchObject({ technology: 'PJSIP', resource: 'agent7', state: 'online' });
    const t0 = Date.now();
    const r = await ari(s.ariUrl, 'POST', '/channels', { endpoint: 'PJSIP/agent7', app: 'pbx', appArgs: 'agent-offer' });
    expect(r.status).toBe(200);
    const start = await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === r.body.id);
    expect(start.args).toEqual(['agent-offer']);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4000 * TIME_SCALE - 5);
    expect((await ari(s.ariUrl, 'GET', '/endpoints/PJSIP/agent7')).body.channel_ids).toEqual([r.body.id]);

    await sim(`${s.url}/sim/phones/agent7`, 'PUT', { registered: false });
    expect((await ari(s.ariUrl, 'GET', '/endpoints')).body[0].state).toBe('offline');
    expect(await ari(s.ariUrl, 'POST', '/channels', { endpoint: 'PJSIP/agent7', app: 'pbx' })).toEqual({ status: 500, body: { error: 'Allocation failed' } });
  });

  it('places an inbound call to a DID; the caller types DTMF and hangs up', async () => {
    await sim(`${s.url}/sim/numbers/48600100200`, 'PUT', { talkSeconds: 5, dtmf: [{ digits: '42', atSeconds: 1 }] });
    const call = await sim(`${s.url}/sim/calls`, 'POST', { from: '48600100200', to: '221234567' });
    expect(call.status).toBe(201);
    const start = await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === call.body.id);
    expect(start.args).toEqual(['inbound', '221234567']);
    expect(start.channel).toMatchObject({ state: 'Ring', caller: { number: '48600100200' }, dialplan: { context: 'from-trunk', exten: '221234567', app_name: 'Stasis' } });
    expect((await ari(s.ariUrl, 'POST', `/channels/${call.body.id}/answer`)).status).toBe(204);
    await events.waitFor((e) => e.type === 'ChannelDtmfReceived' && e.digit === '2');
    const hr = await events.waitFor((e) => e.type === 'ChannelHangupRequest' && e.channel.id === call.body.id);
    expect(hr.cause).toBeUndefined();
    await events.waitFor((e) => e.type === 'StasisEnd' && e.channel.id === call.body.id);
  });

  it('lets the far end send DTMF and hang up through /sim/channels', async () => {
    const call = await sim(`${s.url}/sim/calls`, 'POST', { from: '111', to: '100', behaviour: { talkSeconds: null } });
    await events.waitFor((e) => e.type === 'StasisStart');
    await ari(s.ariUrl, 'POST', `/channels/${call.body.id}/answer`);
    expect((await sim(`${s.url}/sim/channels/${call.body.id}/dtmf`, 'POST', { digits: '9*' })).status).toBe(204);
    await events.waitFor((e) => e.type === 'ChannelDtmfReceived' && e.digit === '*');
    expect((await sim(`${s.url}/sim/channels/${call.body.id}/hangup`, 'POST', {})).status).toBe(204);
    await events.waitFor((e) => e.type === 'StasisEnd' && e.channel.id === call.body.id);
    expect((await ari(s.ariUrl, 'GET', `/channels/${call.body.id}`)).status).toBe(404);
  });

  it('a phone account dials out: Stasis(pbx,outbound,<number>)', async () => {
    await sim(`${s.url}/sim/phones/acc1-100`, 'PUT', {});
    const call = await sim(`${s.url}/sim/phones/acc1-100/calls`, 'POST', { to: '0048221112233' });
    const start = await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === call.body.id);
    expect(start.args).toEqual(['outbound', '0048221112233']);
    expect(start.channel.name).toMatch(/^PJSIP\/acc1-100-[0-9a-f]{8}$/);
  });

  it('reaches external numbers through PJSIP/<number>@<trunk>: busy, unreachable, answered', async () => {
    await sim(`${s.url}/sim/numbers/500`, 'PUT', { profile: 'busy' });
    await sim(`${s.url}/sim/numbers/501`, 'PUT', { profile: 'unreachable' });
    await sim(`${s.url}/sim/numbers/502`, 'PUT', { ringSeconds: 2, talkSeconds: 3 });
    for (const [n, id] of [['500', 'b'], ['501', 'u'], ['502', 'a']]) {
      expect((await ari(s.ariUrl, 'POST', '/channels', { endpoint: `PJSIP/${n}@carrier`, app: 'pbx', channelId: id })).status).toBe(200);
    }
    expect((await events.waitFor((e) => e.type === 'ChannelDestroyed' && e.channel.id === 'b')).cause).toBe(17);
    expect((await events.waitFor((e) => e.type === 'ChannelDestroyed' && e.channel.id === 'u')).cause).toBe(3);
    await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === 'a');
    const destroyed = await events.waitFor((e) => e.type === 'ChannelDestroyed' && e.channel.id === 'a');
    expect(destroyed.cause).toBe(16);
    expect(events.events.filter((e) => e.type === 'Dial' && e.peer.id === 'a').map((e) => e.dialstatus)).toEqual(['', 'RINGING', 'ANSWER']);
  });

  it('dialer calls into dialer-amd get AMDSTATUS from the number profile', async () => {
    await sim(`${s.url}/sim/numbers/600`, 'PUT', { profile: 'machine', ringSeconds: 1 });
    await sim(`${s.url}/sim/numbers/601`, 'PUT', { profile: 'human', ringSeconds: 1 });
    for (const [n, id] of [['600', 'm'], ['601', 'h']]) {
      await ari(s.ariUrl, 'POST', '/channels', { endpoint: `PJSIP/${n}@carrier`, context: 'dialer-amd', extension: 's', channelId: id }, { variables: { CONTACT_ID: n } });
    }
    const m = await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === 'm');
    const h = await events.waitFor((e) => e.type === 'StasisStart' && e.channel.id === 'h');
    expect(m.args).toEqual(['dialer', 'MACHINE', 'LONGGREETING-1500-1500']);
    expect(h.args).toEqual(['dialer', 'HUMAN', 'HUMAN-300-900']);
    expect((await ari(s.ariUrl, 'GET', '/channels/m/variable', { variable: 'CONTACT_ID' })).body).toEqual({ value: '600' });
  });

  it('is deterministic for a seed', async () => {
    const outcomes = async (seed: number) => {
      const w = await startPbxSim({ port: 0, timeScale: TIME_SCALE, seed });
      const ev = await EventCollector.open(w.ariUrl);
      w.world.setNumber('700', { profile: 'sometimes-answers', ringSeconds: 1, talkSeconds: 1 });
      const ids = Array.from({ length: 12 }, (_, i) => `d${i}`);
      for (const id of ids) await ari(w.ariUrl, 'POST', '/channels', { endpoint: 'PJSIP/700@carrier', app: 'pbx', channelId: id, timeout: 3 });
      const result = await Promise.all(ids.map((id) => ev.waitFor((e) => e.type === 'ChannelDestroyed' && e.channel.id === id).then((e) => e.cause as number)));
      ev.close();
      await w.close();
      return result;
    };
    const a = await outcomes(5);
    expect(await outcomes(5)).toEqual(a);
    expect(new Set(a).size).toBe(2); // some answered (16), some rang out (19)
  });
});
