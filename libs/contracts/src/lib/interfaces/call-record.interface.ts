import { CallDirection, CallDisposition } from '../enums/call.enum';
import { RecordingState } from './recording.interface';

/** One leg of a call (CDR). Legs of one call share `callId`. */
export interface CallRecord {
  id: string;
  callId: string;
  direction: CallDirection;
  from: string;
  to: string;
  /** The public number dialled, for inbound calls. */
  did: string | null;
  /** What served the call: phone-account, ivr, queue … */
  service: string | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string;
  durationSeconds: number;
  billableSeconds: number;
  disposition: CallDisposition;
  hangupCause: number;
  hangupCauseText: string;
  recordingId: string | null;
  /** The recording of the call, when there is one (REC-6: Play in the call list). */
  recording: { id: string; status: RecordingState; pausedSeconds: number } | null;
}
