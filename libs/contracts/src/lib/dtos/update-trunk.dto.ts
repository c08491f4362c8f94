import { IsOptional } from 'class-validator';
import { SipTransport } from '../enums/sip-transport.enum';
import { TrunkRules } from './trunk-rules';

/** Every field optional; an empty password clears the stored one. */
export class UpdateTrunkDto {
  @IsOptional()
  @TrunkRules.name()
  name?: string;

  @IsOptional()
  @TrunkRules.host()
  host?: string;

  @IsOptional()
  @TrunkRules.port()
  port?: number;

  @IsOptional()
  @TrunkRules.transport()
  transport?: SipTransport;

  @IsOptional()
  @TrunkRules.username()
  username?: string;

  @IsOptional()
  @TrunkRules.password()
  password?: string;

  @IsOptional()
  @TrunkRules.callerId()
  callerId?: string;

  @IsOptional()
  @TrunkRules.maxChannels()
  maxChannels?: number;

  @IsOptional()
  @TrunkRules.recordingEnabled()
  recordingEnabled?: boolean;
}
