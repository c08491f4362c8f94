import type { QueueMonitor } from '@pbx/acd-engine';
import { QueueSettingsDto } from '../dtos/queue-settings.dto';
import { QueueKind, QueueMemberType } from '../enums/queue.enum';

export interface QueueMember {
  type: QueueMemberType;
  agentId: string | null;
  phoneAccountId: string | null;
  number: string | null;
  level: number;
  /** The agent's description, the phone account's name or the number, for lists. */
  label: string;
}

export interface Queue {
  id: string;
  kind: QueueKind;
  name: string;
  /** Every CC-4 setting, defaults filled in. */
  settings: Required<QueueSettingsDto>;
  members: QueueMember[];
  createdAt: string;
}

/**
 * CC-6 live monitoring of one queue or campaign, as the distribution engine counts it.
 * Member ids are agent ids, `phone:<phone account id>` or `number:<number>`; times in ms.
 */
export interface QueueMonitorSnapshot extends QueueMonitor {
  updatedAt: string;
}
