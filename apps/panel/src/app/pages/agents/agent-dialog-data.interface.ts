import { Agent, PhoneAccount } from '@pbx/contracts';

export interface AgentDialogData {
  /** Absent when adding. */
  agent?: Agent;
  phoneAccounts: PhoneAccount[];
}
