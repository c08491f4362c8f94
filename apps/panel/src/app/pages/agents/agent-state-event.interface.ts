import { AgentState } from '@pbx/contracts';

/** Payload of LIVE_EVENTS.agentState. */
export interface AgentStateEvent {
  agentId: string;
  state: AgentState;
  reason: string | null;
  since: string;
}
