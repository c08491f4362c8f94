import { AgentLoginMode, AgentState } from '../enums/agent.enum';

export interface Agent {
  id: string;
  /** System-assigned, typed on the login line. */
  agentNumber: string;
  description: string;
  /** Shown to customer admins only (DIA-1); null for other roles. */
  pin: string | null;
  phoneAccountId: string | null;
  loginMode: AgentLoginMode;
  state: AgentState;
  stateReason: string | null;
  stateSince: string;
  /** Set while the PIN is locked after wrong attempts. */
  lockedUntil: string | null;
  createdAt: string;
}
