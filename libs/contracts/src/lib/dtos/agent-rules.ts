import { IsEnum, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AgentLoginMode } from '../enums/agent.enum';
import { rules } from './property-rules';

/** The validation of each agent field, shared by create and update. */
export const AgentRules = {
  description: rules(IsString(), MinLength(1), MaxLength(120)),
  /** Typed on a phone keypad: digits only. */
  pin: rules(Matches(/^\d{4,8}$/, { message: 'pin must be 4 to 8 digits' })),
  phoneAccountId: rules(IsUUID()),
  loginMode: rules(IsEnum(AgentLoginMode)),
};
