import { UploadRunStatus } from './upload-plan';

/** REC-3 as the panel sees it: everything but the password. To move to @pbx/contracts. */
export interface RecordingFtpSettings {
  host: string;
  port: number;
  username: string;
  explicitTls: boolean;
  baseFolder: string;
  hasPassword: boolean;
  updatedAt: string;
}

/** REC-4 history row: one night's attempt at one day. To move to @pbx/contracts. */
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
