// 1,000 concurrent calls (2,000 Local channels) originated over REST, listed, torn down.
import { startPbxSim } from './index';
import type { PbxSim } from './index';
import { ari, EventCollector } from './test/event-collector';

const CALLS = 1000;

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe('load', () => {
  let s: PbxSim;
  let events: EventCollector;
  beforeAll(async () => {
    s = await startPbxSim({ port: 0, timeScale: 0.01 });
    events = await EventCollector.open(s.ariUrl);
  });
  afterAll(async () => {
    events.close();
    await s.close();
  });

  it(`holds ${CALLS} calls in the app and tears them down cleanly`, async () => {
    s.world.setExtension('far', 'stay', { steps: [{ app: 'Answer' }, { app: 'Wait', seconds: 100000 }] });
    const ids = Array.from({ length: CALLS }, (_, i) => `load-${i}`);
    await inBatches(ids, 50, async (id) => {
      const r = await ari(s.ariUrl, 'POST', '/channels', { endpoint: 'Local/stay@far', app: 'pbx', channelId: id });
      expect(r.status).toBe(200);
    });
    await events.waitFor(() => events.events.filter((e) => e.type === 'StasisStart').length === CALLS, 20000).catch(() => undefined);
    expect(events.events.filter((e) => e.type === 'StasisStart').length).toBe(CALLS);
    const list = await ari(s.ariUrl, 'GET', '/channels');
    expect(list.body.length).toBe(2 * CALLS);
    expect(new Set(list.body.map((c: { id: string }) => c.id))).toEqual(new Set(ids.flatMap((id) => [id, `${id};2`])));

    await inBatches(ids, 50, async (id) => expect((await ari(s.ariUrl, 'DELETE', `/channels/${id}`)).status).toBe(204));
    const destroyed = () => events.events.filter((e) => e.type === 'ChannelDestroyed').length;
    await events.waitFor(() => destroyed() === 2 * CALLS, 20000).catch(() => undefined);
    expect(destroyed()).toBe(2 * CALLS);
    expect((await ari(s.ariUrl, 'GET', '/channels')).body).toEqual([]);
    expect(s.pbx.endpointChannels.size).toBe(0);
  }, 60000);
});
