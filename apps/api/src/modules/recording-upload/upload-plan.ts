import type { UploadRunStatus } from '@pbx/contracts';
import { isInUploadWindow, localDay, uploadNight } from './upload-window';

/** REC-4: a day is tried on this many nights before its recordings are deleted. */
export const MAX_UPLOAD_ATTEMPTS = 3;

export type { UploadRunStatus };

/** A local day that still has recordings on the platform, and its runs so far. */
export interface PendingDay {
  day: string;
  lastRunStartedAt: Date | null;
}

/**
 * The days to enqueue now: only inside the window, only days already over (local), and
 * not a day already tried this night, so a failed day waits for the next night.
 */
export function dueDays(now: Date, timeZone: string, pending: PendingDay[]): string[] {
  if (!isInUploadWindow(now, timeZone)) {
    return [];
  }
  const today = localDay(now, timeZone);
  const night = uploadNight(now, timeZone);
  return pending
    .filter((p) => p.day < today)
    .filter((p) => p.lastRunStartedAt === null || uploadNight(p.lastRunStartedAt, timeZone) !== night)
    .map((p) => p.day)
    .sort();
}

/** Interrupted runs (05:00 or a restart) are not failures: the day continues next night. */
export function failedAttempts(statuses: UploadRunStatus[]): number {
  return statuses.filter((s) => s === 'failed').length;
}

export function shouldGiveUp(statuses: UploadRunStatus[]): boolean {
  return failedAttempts(statuses) >= MAX_UPLOAD_ATTEMPTS;
}

/** Bull job id: one job per account, day and night, so the scheduler cannot double-enqueue. */
export function uploadJobId(accountId: string, day: string, night: string): string {
  return `${accountId}:${day}:${night}`;
}
