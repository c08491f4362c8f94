import { lowestLevelTier } from './competence-level';
import { leastRecentScore, pickMember } from './distribution-strategy';
import { CHI_SQUARE_CRITICAL_0_001, chiSquareStatistic } from './goodness-of-fit';
import { MemberView } from './queue-member';
import { createSeededRandom } from './random-source';

const member = (agentId: string, level = 1, changes: Partial<MemberView> = {}): MemberView => ({
  agentId,
  level,
  state: 'available',
  hasOffer: false,
  activeCallCount: 0,
  answeredCount: 0,
  lastCallEndedAt: 0,
  afterCallWorkUntil: null,
  ...changes,
});

const countPicks = (members: MemberView[], picks: number, seed: number) => {
  const random = createSeededRandom(seed);
  const counts = new Map(members.map((m) => [m.agentId, 0]));
  for (let i = 0; i < picks; i++) {
    const chosen = pickMember('random', members, 1_000, random).agentId;
    counts.set(chosen, (counts.get(chosen) ?? 0) + 1);
  }
  return members.map((m) => counts.get(m.agentId) ?? 0);
};

describe('distribution strategies (CC-4) and competence levels (CC-3)', () => {
  it('random is uniform among members of one level (chi-square, 20 000 picks)', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id));
    const counts = countPicks(members, 20_000, 42);
    expect(chiSquareStatistic(counts, [1, 1, 1, 1, 1])).toBeLessThan(CHI_SQUARE_CRITICAL_0_001[4]);
  });

  it('random gives each member a share proportional to 1/level', () => {
    const members = [member('l1a', 1), member('l1b', 1), member('l2', 2), member('l4', 4)];
    const counts = countPicks(members, 20_000, 7);
    expect(chiSquareStatistic(counts, [1, 1, 1 / 2, 1 / 4])).toBeLessThan(CHI_SQUARE_CRITICAL_0_001[3]);
    // And it would clearly reject a uniform split: the test has power.
    expect(chiSquareStatistic(counts, [1, 1, 1, 1])).toBeGreaterThan(CHI_SQUARE_CRITICAL_0_001[3] * 10);
  });

  it('least-recent picks the longest idle member, never-called first', () => {
    const random = createSeededRandom(1);
    const members = [member('recent', 1, { lastCallEndedAt: 90_000 }), member('idle', 1, { lastCallEndedAt: 10_000 }), member('mid', 1, { lastCallEndedAt: 50_000 })];
    expect(pickMember('least-recent', members, 100_000, random).agentId).toBe('idle');
    expect(pickMember('least-recent', [...members, member('new', 3, { lastCallEndedAt: null })], 100_000, random).agentId).toBe('new');
  });

  it('least-recent divides idle time by level: level 2 must have been idle twice as long', () => {
    const random = createSeededRandom(1);
    const l1 = member('l1', 1, { lastCallEndedAt: 60_000 }); // idle 40 s
    expect(pickMember('least-recent', [l1, member('l2', 2, { lastCallEndedAt: 30_000 })], 100_000, random).agentId).toBe('l1'); // 70/2 = 35 < 40
    expect(pickMember('least-recent', [l1, member('l2', 2, { lastCallEndedAt: 10_000 })], 100_000, random).agentId).toBe('l2'); // 90/2 = 45 > 40
    expect(leastRecentScore(member('x', 4, { lastCallEndedAt: 20_000 }), 100_000)).toBe(20_000);
  });

  it('fewest-calls balances counts within one level and keeps them proportional to 1/level across levels', () => {
    const random = createSeededRandom(3);
    const members = [member('a', 1), member('b', 1), member('c', 2), member('d', 3)];
    for (let call = 0; call < 1_100; call++) {
      const chosen = pickMember('fewest-calls', members, call * 1_000, random);
      Object.assign(chosen, { answeredCount: chosen.answeredCount + 1, lastCallEndedAt: call * 1_000 });
    }
    const [a, b, c, d] = members.map((m) => m.answeredCount);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    // Weights 1 : 1 : 1/2 : 1/3 of 1100 calls = 400 : 400 : 200 : 133.
    expect(a / c).toBeCloseTo(2, 1);
    expect(a / d).toBeCloseTo(3, 1);
  });

  it('fewest-calls breaks ties by the longest idle member', () => {
    const random = createSeededRandom(1);
    const members = [member('a', 1, { answeredCount: 2, lastCallEndedAt: 5_000 }), member('b', 1, { answeredCount: 2, lastCallEndedAt: 1_000 }), member('c', 1, { answeredCount: 3 })];
    expect(pickMember('fewest-calls', members, 10_000, random).agentId).toBe('b');
  });

  it('ring-all rings the lowest level present only', () => {
    expect(lowestLevelTier([member('a', 2), member('b', 3), member('c', 2)]).map((m) => m.agentId)).toEqual(['a', 'c']);
  });
});
