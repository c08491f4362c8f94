import { IsOptional } from 'class-validator';
import { PhoneAccountRules } from './phone-account-rules';

export class UpdatePhoneAccountDto {
  @IsOptional()
  @PhoneAccountRules.name()
  name?: string;

  @IsOptional()
  @PhoneAccountRules.extension()
  extension?: string;

  @IsOptional()
  @PhoneAccountRules.recordingEnabled()
  recordingEnabled?: boolean;

  /** null: back to the account's first trunk. */
  @IsOptional()
  @PhoneAccountRules.trunkId()
  trunkId?: string | null;
}
