import { IsOptional } from 'class-validator';
import { PhoneAccountRules } from './phone-account-rules';

export class CreatePhoneAccountDto {
  @PhoneAccountRules.name()
  name!: string;

  /** Generated (100, 101 …) when absent. */
  @IsOptional()
  @PhoneAccountRules.extension()
  extension?: string;

  @IsOptional()
  @PhoneAccountRules.recordingEnabled()
  recordingEnabled?: boolean;

  @IsOptional()
  @PhoneAccountRules.trunkId()
  trunkId?: string;
}
