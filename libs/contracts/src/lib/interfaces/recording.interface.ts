import { CallDirection } from '../enums/call.enum';
import { RecordingStorage, RecordingWhenFull } from '../enums/recording-storage.enum';

export type RecordingState = 'recording' | 'stored' | 'failed' | 'uploaded' | 'deleted';

export interface Recording {
  id: string;
  callId: string;
  direction: CallDirection;
  from: string;
  to: string;
  startedAt: string;
  durationSeconds: number | null;
  /** REC-7: seconds cut out while the recording was paused. */
  pausedSeconds: number;
  sizeBytes: number | null;
  status: RecordingState;
  failureReason: string | null;
}

/** REC-5: how full the account's recording storage is. */
export interface RecordingStorageUsage {
  storage: RecordingStorage | null;
  quotaBytes: number | null;
  usedBytes: number;
  /** Share of the quota in use, 0..1; null without a quota. */
  usedShare: number | null;
  /** True from 90% of the quota on. */
  warning: boolean;
  whenFull: RecordingWhenFull;
}

/** A short-lived link to a recording's audio (REC-6: links expire). */
export interface RecordingLink {
  url: string;
  downloadUrl: string;
  expiresAt: string;
}
