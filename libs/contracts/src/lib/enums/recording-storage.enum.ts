/** REC-1: where recordings of an account are kept. */
export enum RecordingStorage {
  Quota = 'quota',
  Ftp = 'ftp',
}

export const RECORDING_QUOTAS_GB: readonly number[] = [1, 2, 3];
