import { Foundation1732220000000 } from './migrations/1732220000000-foundation';

/** In order. Listed rather than globbed so they run the same from TS source and tests. */
export const MIGRATIONS = [Foundation1732220000000];
