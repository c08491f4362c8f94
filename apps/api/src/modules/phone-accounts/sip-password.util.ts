import { randomInt } from 'node:crypto';

/** No look-alikes (0/O, 1/l/I), since customers type these into phones by hand. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateSipPassword(length = 16): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The lowest free extension from 100 upwards. */
export function nextExtension(taken: Iterable<string>): string {
  const used = new Set(taken);
  let candidate = 100;
  while (used.has(String(candidate))) {
    candidate += 1;
  }
  return String(candidate);
}
