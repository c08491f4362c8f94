import { FirstCommandProbe } from './first-command.probe';

describe('FirstCommandProbe', () => {
  it('keeps one sample per StasisStart: the first request on that channel only', async () => {
    const probe = new FirstCommandProbe();
    probe.stasisStarted('a');
    probe.stasisStarted('b');
    await new Promise((r) => setTimeout(r, 5));
    probe.requested('a');
    probe.requested('a');
    probe.requested('unknown');
    probe.forget('b');
    probe.requested('b');
    const samples = probe.take();
    expect(samples).toHaveLength(1);
    expect(samples[0]).toBeGreaterThanOrEqual(4);
    expect(probe.take()).toEqual([]);
  });
});
