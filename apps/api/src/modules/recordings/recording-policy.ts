import { RecordingOptions, RecordingStorage, RecordingWhenFull, RECORDING_WARNING_SHARE } from '@pbx/contracts';

/** 1 GB of quota, as disks and file managers count it. */
export const GB = 1024 ** 3;

export interface StoragePolicy {
  storage: RecordingStorage;
  quotaBytes: number | null;
  whenFull: RecordingWhenFull;
}

export function storagePolicy(options: RecordingOptions | null): StoragePolicy {
  const storage = options?.storage ?? RecordingStorage.Quota;
  return {
    storage,
    quotaBytes: storage === RecordingStorage.Quota ? (options?.quotaGb ?? 1) * GB : null,
    whenFull: options?.whenFull ?? RecordingWhenFull.DeleteOldest,
  };
}

export interface Admission {
  /** Stored recordings to delete first, oldest first, to make room. */
  evict: string[];
  /** False when the new recording cannot be kept at all. */
  admit: boolean;
}

/**
 * REC-5, pure: may a new recording of `size` bytes be kept, and which oldest ones must go?
 * The stored total never exceeds the quota.
 */
export function admit(policy: StoragePolicy, usedBytes: number, size: number, oldestFirst: Array<{ id: string; sizeBytes: number }>): Admission {
  if (policy.quotaBytes === null || usedBytes + size <= policy.quotaBytes) {
    return { evict: [], admit: true };
  }
  if (policy.whenFull === RecordingWhenFull.StopRecording || size > policy.quotaBytes) {
    return { evict: [], admit: false };
  }
  const evict: string[] = [];
  let used = usedBytes;
  for (const recording of oldestFirst) {
    if (used + size <= policy.quotaBytes) {
      break;
    }
    evict.push(recording.id);
    used -= recording.sizeBytes;
  }
  return used + size <= policy.quotaBytes ? { evict, admit: true } : { evict: [], admit: false };
}

/** True from 90% of the quota on (REC-5 warning). */
export function overWarning(policy: StoragePolicy, usedBytes: number): boolean {
  return policy.quotaBytes !== null && usedBytes >= policy.quotaBytes * RECORDING_WARNING_SHARE;
}
