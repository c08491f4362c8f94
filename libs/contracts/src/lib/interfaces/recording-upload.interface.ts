/** REC-3: the FTP settings as the panel sees them: everything but the password. */
export interface RecordingFtpSettings {
  host: string;
  port: number;
  username: string;
  explicitTls: boolean;
  baseFolder: string;
  hasPassword: boolean;
  updatedAt: string;
}

export type FtpTestStep = 'connect' | 'login' | 'create folder' | 'upload' | 'delete' | 'verify';

/** "Test connection" answers 200 either way; a failure names its step and the server's reply. */
export type FtpConnectionTestResult = { ok: true; message: string } | { ok: false; step: FtpTestStep; message: string; serverMessage: string };

export type UploadRunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted' | 'gave-up';

/** REC-4 history row: one night's attempt at one day's recordings. */
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
