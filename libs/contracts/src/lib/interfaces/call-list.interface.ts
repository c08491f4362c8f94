import { CallDirection } from '../enums/call.enum';

export type CallListStatus = 'queued' | 'running' | 'ready' | 'failed';

/** A generated call list under "Call lists to download" (REC-6). */
export interface CallList {
  id: string;
  from: string;
  to: string;
  direction: CallDirection | null;
  status: CallListStatus;
  /** 0..100 while running. */
  progress: number;
  rows: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
