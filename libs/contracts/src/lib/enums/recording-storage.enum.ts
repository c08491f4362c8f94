/** REC-1: where recordings of an account are kept. */
export enum RecordingStorage {
  Quota = 'quota',
  Ftp = 'ftp',
}

export const RECORDING_QUOTAS_GB: readonly number[] = [1, 2, 3];

/** REC-5: what happens when quota storage is full. */
export enum RecordingWhenFull {
  /** The default: the oldest recordings make room for the new one. */
  DeleteOldest = 'delete-oldest',
  StopRecording = 'stop-recording',
}

/** REC-5: the customer is warned from this share of the quota on. */
export const RECORDING_WARNING_SHARE = 0.9;
