import { MemberView } from './queue-member';

/**
 * CC-3 "the higher the level, the less often": a member of level L weighs 1/L, so against a
 * level-1 colleague in the same situation a level-2 member gets half as many calls.
 */
export function competenceWeight(level: number): number {
  return 1 / level;
}

/** Ring-all cannot weigh a simultaneous ring, so it rings only the lowest level present. */
export function lowestLevelTier<T extends Pick<MemberView, 'level'>>(members: readonly T[]): T[] {
  const lowest = Math.min(...members.map((member) => member.level));
  return members.filter((member) => member.level === lowest);
}
