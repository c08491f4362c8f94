import { randomInt } from 'node:crypto';

/** Agent IDs start at 1001, short enough to type on a keypad. */
export function nextAgentNumber(taken: Iterable<string>): string {
  const used = new Set(taken);
  let candidate = 1001;
  while (used.has(String(candidate))) {
    candidate += 1;
  }
  return String(candidate);
}

export function generatePin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
