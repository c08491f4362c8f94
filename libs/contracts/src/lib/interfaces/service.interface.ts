import { RecordingStorage, RecordingWhenFull } from '../enums/recording-storage.enum';
import { ServiceKind } from '../enums/service-kind.enum';

export interface RecordingOptions {
  storage: RecordingStorage;
  /** Quota in GB when storage is `quota`. */
  quotaGb?: number;
  whenFull?: RecordingWhenFull;
}

export type ServiceOptions = RecordingOptions | Record<string, never>;

export interface AccountServiceState {
  kind: ServiceKind;
  active: boolean;
  /** False where only the operator's support may switch it (the dialer). */
  selfService: boolean;
  options: ServiceOptions | null;
  changedAt: string | null;
}

export interface AuditLogEntry {
  id: string;
  accountId: string | null;
  actorEmail: string;
  action: string;
  details: Record<string, unknown>;
  at: string;
}
