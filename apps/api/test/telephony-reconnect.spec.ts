import { eventually, PbxSimProcess } from './pbx-sim.process';
import { createTestApp, TestApp } from './test-app';

/** Issue 3, item 6: the ARI connection comes back by itself, and /api/health says how it is. */
describe('ARI connection', () => {
  let sim: PbxSimProcess;
  let t: TestApp;

  async function ariState(): Promise<string | undefined> {
    const { body } = await t.http().get('/api/health').expect(200);
    return body.info.ari.connections[0]?.state;
  }

  beforeAll(async () => {
    sim = await PbxSimProcess.start({ timeScale: 0.1 });
    process.env['ARI_URLS'] = sim.ariUrl;
    t = await createTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await sim.stop();
    delete process.env['ARI_URLS'];
  });

  it('reports the PBX going away without failing health, and reconnects when it is back', async () => {
    await eventually(async () => (await ariState()) === 'connected');
    const port = sim.port;
    await sim.stop();
    await eventually(async () => ['connecting', 'disconnected'].includes((await ariState()) ?? '') || undefined);

    sim = await PbxSimProcess.start({ timeScale: 0.1, port });
    await eventually(async () => (await ariState()) === 'connected', 30_000);
    // The Stasis app is subscribed again: a call into it is handled ("not in service"), not failed.
    const events = sim.observe();
    await events.ready;
    const caller = await sim.sim<{ id: string }>('POST', '/calls', { from: '48606666666', to: '48000000000' });
    const playback = await events.waitFor((e) => e.type === 'PlaybackStarted' && (e['playback'] as { target_uri: string }).target_uri === `channel:${caller.id}`);
    expect((playback['playback'] as { media_uri: string }).media_uri).toBe('sound:ss-noservice');
    events.close();
  }, 90_000);
});
