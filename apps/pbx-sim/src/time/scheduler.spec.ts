// The scheduler runs simulated delays scaled to wall time, in time then insertion order.
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  it('scales simulated delays and keeps order', async () => {
    const s = new Scheduler(0.001);
    const seen: string[] = [];
    const t0 = Date.now();
    await new Promise<void>((resolve) => {
      s.after(20000, () => {
        seen.push('c');
        resolve();
      });
      s.after(5000, () => seen.push('a'));
      s.after(5000, () => seen.push('b'));
      s.after(1000, () => seen.push('cancelled')).cancel();
    });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(Date.now() - t0).toBeLessThan(1000); // 20 simulated seconds
    expect(s.elapsed()).toBeGreaterThanOrEqual(19000);
    s.close();
  });

  it('rejects a non-positive time scale', () => {
    expect(() => new Scheduler(0)).toThrow();
  });
});
