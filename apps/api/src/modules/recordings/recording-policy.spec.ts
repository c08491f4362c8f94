import { RecordingStorage, RecordingWhenFull } from '@pbx/contracts';
import { admit, GB, overWarning, storagePolicy } from './recording-policy';

describe('recording storage policy (REC-5)', () => {
  const oneGb = storagePolicy({ storage: RecordingStorage.Quota, quotaGb: 1 });
  const oldest = [
    { id: 'a', sizeBytes: 0.3 * GB },
    { id: 'b', sizeBytes: 0.3 * GB },
    { id: 'c', sizeBytes: 0.3 * GB },
  ];

  it('admits what fits, without evicting', () => {
    expect(admit(oneGb, 0.5 * GB, 0.4 * GB, oldest)).toEqual({ evict: [], admit: true });
  });

  it('deletes the oldest first, just enough to fit', () => {
    expect(admit(oneGb, 0.9 * GB, 0.5 * GB, oldest)).toEqual({ evict: ['a', 'b'], admit: true });
  });

  it('refuses instead when the policy is to stop recording, or the file alone is over the quota', () => {
    const stop = storagePolicy({ storage: RecordingStorage.Quota, quotaGb: 1, whenFull: RecordingWhenFull.StopRecording });
    expect(admit(stop, 0.9 * GB, 0.2 * GB, oldest)).toEqual({ evict: [], admit: false });
    expect(admit(oneGb, 0, 1.5 * GB, oldest)).toEqual({ evict: [], admit: false });
  });

  it('has no quota for FTP storage and warns from 90%', () => {
    const ftp = storagePolicy({ storage: RecordingStorage.Ftp });
    expect(admit(ftp, 50 * GB, GB, [])).toEqual({ evict: [], admit: true });
    expect(overWarning(oneGb, 0.89 * GB)).toBe(false);
    expect(overWarning(oneGb, 0.9 * GB)).toBe(true);
    expect(overWarning(ftp, 50 * GB)).toBe(false);
    expect(storagePolicy({ storage: RecordingStorage.Quota, quotaGb: 3 }).quotaBytes).toBe(3 * GB);
  });
});
