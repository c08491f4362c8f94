import { CHI_SQUARE_CRITICAL_0_001, chiSquareStatistic } from './goodness-of-fit';
import { DistributionStrategy, QueueSettings, resolveQueueSettings } from './queue-settings';
import { SimulatedAgent, simulateQueue, SimulationConfig } from './simulator';

const agents = (...levels: number[]): SimulatedAgent[] => levels.map((level, i) => ({ agentId: `a${i + 1}`, level }));

const simulate = (strategy: DistributionStrategy, team: SimulatedAgent[], changes: Partial<SimulationConfig> = {}, settings: Partial<QueueSettings> = {}) =>
  simulateQueue({
    seed: 2026,
    settings: resolveQueueSettings({ strategy, maxWaitSeconds: 0, pauseBetweenAgentsSeconds: 1, ...settings }),
    agents: team,
    calls: 3_000,
    meanInterArrivalSeconds: 60,
    meanTalkSeconds: 30,
    ...changes,
  });

const answered = (result: ReturnType<typeof simulateQueue>, team: SimulatedAgent[]) => team.map((agent) => result.answeredByAgent[agent.agentId] ?? 0);

describe('simulated queues: strategies and levels over many calls', () => {
  it('random spreads calls uniformly over members of one level (chi-square)', () => {
    const team = agents(1, 1, 1, 1, 1);
    const result = simulate('random', team);
    expect(result.figures.answered).toBe(3_000);
    expect(chiSquareStatistic(answered(result, team), [1, 1, 1, 1, 1])).toBeLessThan(CHI_SQUARE_CRITICAL_0_001[4]);
  });

  it('random gives levels shares close to 1/level when members are mostly free', () => {
    const team = agents(1, 1, 2, 4);
    const result = simulate('random', team, { calls: 4_000, meanInterArrivalSeconds: 120, meanTalkSeconds: 5 });
    const counts = answered(result, team);
    const total = counts.reduce((a, b) => a + b, 0);
    const expected = [1, 1, 0.5, 0.25].map((w) => w / 2.75);
    counts.forEach((count, i) => expect(Math.abs(count / total - expected[i])).toBeLessThan(0.03));
  });

  it('fewest-calls keeps answered counts level within one competence level, even under load', () => {
    const team = agents(1, 1, 1, 1);
    const counts = answered(simulate('fewest-calls', team, { meanInterArrivalSeconds: 15, meanTalkSeconds: 40 }), team);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(mean * 0.05);
  });

  it('fewest-calls gives a level-2 member about half the calls of a level-1 member', () => {
    const team = agents(1, 2);
    const [l1, l2] = answered(simulate('fewest-calls', team, { meanInterArrivalSeconds: 120, meanTalkSeconds: 10 }), team);
    expect(l1 / l2).toBeGreaterThan(1.8);
    expect(l1 / l2).toBeLessThan(2.2);
  });

  it('least-recent shares calls evenly in one level and less with a higher level', () => {
    const even = agents(1, 1, 1);
    const counts = answered(simulate('least-recent', even, { meanInterArrivalSeconds: 20 }), even);
    counts.forEach((count) => expect(Math.abs(count - 1_000)).toBeLessThan(100));

    const mixed = agents(1, 1, 3);
    // Idle time divided by level: the share falls with the level, though not exactly as 1/level.
    const [a, b, c] = answered(simulate('least-recent', mixed), mixed);
    expect(c).toBeLessThan(Math.min(a, b) * 0.65);
  });

  it('ring-all rings every free member of the lowest level, so a higher level is rung only when all lower ones are busy', () => {
    const team = agents(1, 1, 2);
    const light = simulate('ring-all', team, { meanInterArrivalSeconds: 600, meanTalkSeconds: 10, calls: 1_000 });
    // About 10 s / 600 s of the time one level-1 member is talking, and then only the other is rung.
    expect(light.offersByAgent.a1).toBeGreaterThan(970);
    expect(light.offersByAgent.a2).toBeGreaterThan(970);
    expect(light.offersByAgent.a3 ?? 0).toBeLessThan(10);
    const [a1, a2] = answered(light, team);
    expect(chiSquareStatistic([a1, a2], [1, 1])).toBeLessThan(CHI_SQUARE_CRITICAL_0_001[1]);
  });

  it('accounts for every call and keeps the SLA between 0 and 1 under overload with impatient callers and max wait', () => {
    const team = agents(1, 1, 2);
    const result = simulate('least-recent', team, { meanInterArrivalSeconds: 10, meanTalkSeconds: 40, meanPatienceSeconds: 90 }, { maxWaitSeconds: 120, slaSeconds: 20, afterCallWorkSeconds: 5 });
    const { answered: done, unanswered, waiting, slaShare } = result.figures;
    expect(done + unanswered).toBe(3_000);
    expect(waiting).toEqual([]);
    expect(result.abandoned).toBeGreaterThan(0);
    expect(result.exits['max-wait']).toBeGreaterThan(0);
    expect(result.abandoned + (result.exits['max-wait'] ?? 0)).toBe(unanswered);
    expect(slaShare).toBeGreaterThan(0);
    expect(slaShare).toBeLessThan(1);
  });

  it('after-call work lowers the service level at the same load', () => {
    const team = agents(1, 1);
    const base = { meanInterArrivalSeconds: 30, meanTalkSeconds: 40 };
    const without = simulate('random', team, base, { afterCallWorkSeconds: 0 }).figures;
    const withAcw = simulate('random', team, base, { afterCallWorkSeconds: 20 }).figures;
    expect(withAcw.averageWaitSeconds as number).toBeGreaterThan(without.averageWaitSeconds as number);
    expect(withAcw.slaShare as number).toBeLessThan(without.slaShare as number);
  });

  it('rings the next member when one never answers', () => {
    const team: SimulatedAgent[] = [{ agentId: 'deaf', level: 1, answerProbability: 0 }, { agentId: 'ok', level: 1 }];
    const result = simulate('random', team, { calls: 500 });
    expect(result.answeredByAgent.deaf).toBeUndefined();
    expect(result.answeredByAgent.ok).toBe(500);
  });

  it('replays exactly from the seed', () => {
    const team = agents(1, 2, 3);
    expect(simulate('random', team, { calls: 300 })).toEqual(simulate('random', team, { calls: 300 }));
  });
});
