import { competenceWeight } from './competence-level';
import { MemberView } from './queue-member';
import { DistributionStrategy } from './queue-settings';
import { RandomSource } from './random-source';

/** Picks one member for a single-member offer; candidates are non-empty and in a stable order. */
export function pickMember(
  strategy: Exclude<DistributionStrategy, 'ring-all'>,
  candidates: readonly MemberView[],
  now: number,
  random: RandomSource,
): MemberView {
  switch (strategy) {
    case 'random':
      return pickWeightedRandom(candidates, random);
    case 'least-recent':
      return pickBest(candidates, (m) => leastRecentScore(m, now), (a, b) => a.level - b.level);
    case 'fewest-calls':
      return pickBest(candidates, (m) => -(m.answeredCount + 1) * m.level, (a, b) => leastRecentScore(b, now) - leastRecentScore(a, now));
  }
}

/** A lottery with chances proportional to 1/level. */
export function pickWeightedRandom(candidates: readonly MemberView[], random: RandomSource): MemberView {
  const total = candidates.reduce((sum, member) => sum + competenceWeight(member.level), 0);
  let ticket = random.next() * total;
  for (const member of candidates) {
    ticket -= competenceWeight(member.level);
    if (ticket < 0) return member;
  }
  // Floating-point leftovers land on the last candidate.
  return candidates[candidates.length - 1];
}

/** Idle time divided by level: a level-2 member must have waited twice as long to win; never-called members first. */
export function leastRecentScore(member: MemberView, now: number): number {
  if (member.lastCallEndedAt === null) return Number.POSITIVE_INFINITY;
  return (now - member.lastCallEndedAt) * competenceWeight(member.level);
}

/** Highest score wins; ties go by the tie-breaker, then by the candidates' order. */
function pickBest(candidates: readonly MemberView[], score: (m: MemberView) => number, tieBreak: (a: MemberView, b: MemberView) => number): MemberView {
  let best = candidates[0];
  let bestScore = score(best);
  for (const member of candidates.slice(1)) {
    const memberScore = score(member);
    if (memberScore > bestScore || (memberScore === bestScore && tieBreak(member, best) < 0)) {
      best = member;
      bestScore = memberScore;
    }
  }
  return best;
}
