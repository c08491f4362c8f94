import { ActivateServiceDto, RECORDING_QUOTAS_GB, RecordingStorage } from '@pbx/contracts';

/** One radio option of REC-1: platform storage with a quota, or upload to the customer's FTP. */
export interface RecordingStorageChoice {
  id: string;
  labelKey: string;
  params: Record<string, unknown>;
  options: ActivateServiceDto;
}

export const RECORDING_STORAGE_CHOICES: readonly RecordingStorageChoice[] = [
  ...RECORDING_QUOTAS_GB.map((quotaGb) => ({
    id: `quota-${quotaGb}`,
    labelKey: 'services.storage.quota',
    params: { gb: quotaGb },
    options: { storage: RecordingStorage.Quota, quotaGb },
  })),
  { id: 'ftp', labelKey: 'services.storage.ftp', params: {}, options: { storage: RecordingStorage.Ftp } },
];
