import { IsOptional } from 'class-validator';
import { AgentLoginMode } from '../enums/agent.enum';
import { AgentRules } from './agent-rules';

/** The agent ID is assigned by the platform (DIA-1); the PIN is generated when absent. */
export class CreateAgentDto {
  @AgentRules.description()
  description!: string;

  @IsOptional()
  @AgentRules.pin()
  pin?: string;

  /** Needed for the permanent and phone (*10/*11) login modes: calls ring this phone. */
  @IsOptional()
  @AgentRules.phoneAccountId()
  phoneAccountId?: string;

  @IsOptional()
  @AgentRules.loginMode()
  loginMode?: AgentLoginMode;
}
