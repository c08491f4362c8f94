import { IsBoolean, IsEnum, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SipTransport } from '../enums/sip-transport.enum';
import { rules } from './property-rules';

/** The validation of each trunk field; the create and update DTOs differ only in what is optional. */
export const TrunkRules = {
  name: rules(IsString(), MinLength(1), MaxLength(80)),
  /** SIP server of the carrier or the customer's PBX. */
  host: rules(Matches(/^[a-zA-Z0-9.-]+$/, { message: 'host must be a host name or an IP address' }), MaxLength(253)),
  port: rules(IsInt(), Min(1), Max(65535)),
  transport: rules(IsEnum(SipTransport)),
  /** Asterisk's ps_auths.username holds 40 characters. */
  username: rules(IsString(), MaxLength(40)),
  /** Stored encrypted, never sent back; ps_auths.password holds 80. */
  password: rules(IsString(), MaxLength(80)),
  /** Caller ID presented on outbound calls through this trunk. */
  callerId: rules(Matches(/^\+?\d{3,15}$/, { message: 'callerId must be a phone number' })),
  maxChannels: rules(IsInt(), Min(1), Max(1000)),
  /** REC-2: the trunk's "extra options". */
  recordingEnabled: rules(IsBoolean()),
};
