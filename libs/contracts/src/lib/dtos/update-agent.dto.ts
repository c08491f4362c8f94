import { IsOptional } from 'class-validator';
import { AgentLoginMode } from '../enums/agent.enum';
import { AgentRules } from './agent-rules';

export class UpdateAgentDto {
  @IsOptional()
  @AgentRules.description()
  description?: string;

  @IsOptional()
  @AgentRules.pin()
  pin?: string;

  /** null unlinks the phone. */
  @IsOptional()
  @AgentRules.phoneAccountId()
  phoneAccountId?: string | null;

  @IsOptional()
  @AgentRules.loginMode()
  loginMode?: AgentLoginMode;
}
