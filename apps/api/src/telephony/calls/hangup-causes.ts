/** Asterisk's texts for the Q.850 causes calls end with (main/causes.c), for CDRs. */
const TEXTS: Record<number, string> = {
  1: 'Unallocated (unassigned) number',
  3: 'No route to destination',
  16: 'Normal Clearing',
  17: 'User busy',
  18: 'No user responding',
  19: 'User alerting, no answer',
  21: 'Call Rejected',
  27: 'Destination out of order',
  34: 'Circuit/channel congestion',
  38: 'Network out of order',
  127: 'Interworking, unspecified',
};

export function causeText(cause: number): string {
  return TEXTS[cause] ?? `Cause ${cause}`;
}
