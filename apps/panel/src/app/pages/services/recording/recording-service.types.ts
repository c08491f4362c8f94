/** REC-3/REC-4 shapes, shared with the API through the contracts. */
export type {
  FtpConnectionTestResult,
  FtpTestStep,
  RecordingFtpSettings,
  RecordingUploadRun,
  SaveRecordingFtpSettingsDto as SaveRecordingFtpSettings,
  UploadRunStatus,
} from '@pbx/contracts';
