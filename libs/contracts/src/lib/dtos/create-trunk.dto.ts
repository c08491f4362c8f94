import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SipTransport } from '../enums/sip-transport.enum';

export class CreateTrunkDto {
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name!: string;

  /** SIP server of the carrier or the customer's PBX. */
  @Matches(/^[a-zA-Z0-9.-]+$/, { message: 'host must be a host name or an IP address' })
  @MaxLength(253)
  host!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  port?: number;

  @IsOptional()
  @IsEnum(SipTransport)
  transport?: SipTransport;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  username?: string;

  /** Stored encrypted, never sent back. */
  @IsOptional()
  @IsString()
  @MaxLength(80)
  password?: string;

  /** Caller ID presented on outbound calls through this trunk. */
  @IsOptional()
  @Matches(/^\+?\d{3,15}$/, { message: 'callerId must be a phone number' })
  callerId?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxChannels?: number;

  /** REC-2: the trunk's "extra options". */
  @IsOptional()
  @IsBoolean()
  recordingEnabled?: boolean;
}
