/**
 * REC-3/REC-4 shapes as the API sends them (apps/api/src/modules/recording-upload/
 * recording-upload.types.ts); they move to @pbx/contracts with that module.
 */

/** GET /recordings/ftp-settings: everything but the password. */
export interface RecordingFtpSettings {
  host: string;
  port: number;
  username: string;
  explicitTls: boolean;
  baseFolder: string;
  hasPassword: boolean;
  updatedAt?: string;
}

/** PUT /recordings/ftp-settings; the password is required the first time only. */
export interface SaveRecordingFtpSettings {
  host: string;
  port?: number;
  username: string;
  password?: string;
  explicitTls?: boolean;
  baseFolder?: string;
}

export type FtpTestStep = 'connect' | 'login' | 'create folder' | 'upload' | 'delete' | 'verify';

/** POST /recordings/ftp-settings/test answers 200 either way. */
export type FtpConnectionTestResult = { ok: true; message: string } | { ok: false; step: FtpTestStep; message: string; serverMessage: string };

export type UploadRunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted' | 'gave-up';

/** GET /recordings/uploads: one night's attempt at one day's recordings. */
export interface RecordingUploadRun {
  id: string;
  day: string;
  attempt: number;
  status: UploadRunStatus;
  filesUploaded: number;
  filesTotal: number;
  bytesUploaded: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}
