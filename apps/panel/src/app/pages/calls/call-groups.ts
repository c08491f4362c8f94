import { CallRecord } from '@pbx/contracts';

/** A CDR row of the table with its place in the call it belongs to. */
export interface CallLegRow {
  record: CallRecord;
  /** Index of the call on this page, for alternating shading of calls. */
  callIndex: number;
  /** The first leg of its call on this page (the caller's leg when both are here). */
  firstLeg: boolean;
  /** The last leg of its call on this page: the line under it separates calls. */
  lastLeg: boolean;
}

/**
 * Puts the legs of one call next to each other: calls stay newest first, as the API sends
 * them (by their newest leg), and the legs of a call run in the order they started.
 */
export function groupLegs(records: readonly CallRecord[]): CallLegRow[] {
  const calls = new Map<string, CallRecord[]>();
  for (const record of records) {
    const legs = calls.get(record.callId);
    if (legs) {
      legs.push(record);
    } else {
      calls.set(record.callId, [record]);
    }
  }
  return [...calls.values()].flatMap((legs, callIndex) =>
    [...legs]
      .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
      .map((record, legIndex) => ({ record, callIndex, firstLeg: legIndex === 0, lastLeg: legIndex === legs.length - 1 })),
  );
}
