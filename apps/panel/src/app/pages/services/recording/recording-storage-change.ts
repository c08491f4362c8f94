import { ActivateServiceDto, RecordingOptions, RecordingStorage, RecordingWhenFull } from '@pbx/contracts';

/** 1 GB of quota as the API counts it (recording-policy.ts). */
export const GB = 1024 ** 3;

/** One sentence of the change dialog about what happens to the recordings. */
export interface StorageConsequence {
  /** Key under `recordingService.change.consequences`. */
  key: string;
  params?: Record<string, unknown>;
  /** `warn` when recordings are removed or not made. */
  tone: 'info' | 'warn';
}

/** The options as the API applies them: quota with defaults, or FTP. */
export type NormalizedOptions = { storage: RecordingStorage.Quota; quotaGb: number; whenFull: RecordingWhenFull } | { storage: RecordingStorage.Ftp };

export function normalizeOptions(options: Partial<RecordingOptions> | ActivateServiceDto | null | undefined): NormalizedOptions {
  if (options?.storage === RecordingStorage.Ftp) {
    return { storage: RecordingStorage.Ftp };
  }
  return { storage: RecordingStorage.Quota, quotaGb: options?.quotaGb ?? 1, whenFull: options?.whenFull ?? RecordingWhenFull.DeleteOldest };
}

export function sameOptions(a: Partial<RecordingOptions> | null | undefined, b: ActivateServiceDto): boolean {
  const left = normalizeOptions(a);
  const right = normalizeOptions(b);
  if (left.storage === RecordingStorage.Ftp || right.storage === RecordingStorage.Ftp) {
    return left.storage === right.storage;
  }
  return left.quotaGb === right.quotaGb && left.whenFull === right.whenFull;
}

/**
 * REC-1/REC-5: what the change of storage options does to the stored recordings, in the
 * order the dialog says it. Mirrors the API: a quota smaller than what is stored removes
 * the oldest recordings until the total fits, whatever the when-full policy.
 */
export function storageChangeConsequences(current: Partial<RecordingOptions> | null | undefined, next: ActivateServiceDto, usedBytes: number): StorageConsequence[] {
  if (sameOptions(current, next)) {
    return [];
  }
  const from = normalizeOptions(current);
  const to = normalizeOptions(next);
  if (to.storage === RecordingStorage.Ftp) {
    return [
      { key: 'toFtp', tone: 'info' },
      { key: 'ftpSetUp', tone: 'warn' },
    ];
  }
  const result: StorageConsequence[] = [];
  const quotaBytes = to.quotaGb * GB;
  if (from.storage === RecordingStorage.Ftp) {
    result.push({ key: 'toQuota', params: { gb: to.quotaGb }, tone: 'info' });
  } else if (to.quotaGb !== from.quotaGb && usedBytes <= quotaBytes) {
    result.push({ key: 'quotaFits', params: { gb: to.quotaGb }, tone: 'info' });
  }
  if (usedBytes > quotaBytes) {
    result.push({ key: 'shrinkRemovesOldest', params: { gb: to.quotaGb }, tone: 'warn' });
  }
  const policyChanged = from.storage === RecordingStorage.Ftp || from.whenFull !== to.whenFull;
  if (to.whenFull === RecordingWhenFull.StopRecording) {
    result.push({ key: 'whenFullStop', tone: usedBytes >= quotaBytes * 0.9 ? 'warn' : 'info' });
  } else if (policyChanged) {
    result.push({ key: 'whenFullDeleteOldest', tone: 'info' });
  }
  return result;
}
