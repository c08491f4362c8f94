import { Foundation1732220000000 } from './migrations/1732220000000-foundation';
import { PjsipRealtime1732230000000 } from './migrations/1732230000000-pjsip-realtime';
import { CallRecords1732240000000 } from './migrations/1732240000000-call-records';
import { Recordings1732250000000 } from './migrations/1732250000000-recordings';
import { CallListExports1732260000000 } from './migrations/1732260000000-call-list-exports';
import { Agents1732270000000 } from './migrations/1732270000000-agents';
import { Queues1732280000000 } from './migrations/1732280000000-queues';

/** In order. Listed rather than globbed so they run the same from TS source and tests. */
export const MIGRATIONS = [Foundation1732220000000, PjsipRealtime1732230000000, CallRecords1732240000000, Recordings1732250000000, CallListExports1732260000000, Agents1732270000000, Queues1732280000000];
