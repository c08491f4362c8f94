import { IsBoolean, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { rules } from './property-rules';

/** REC-3: the FTP account recordings are uploaded to; rules shared by save and test. */
export const RecordingFtpRules = {
  host: rules(Matches(/^[a-zA-Z0-9.-]+$/, { message: 'host must be a host name or an IP address' }), MaxLength(253)),
  port: rules(IsInt(), Min(1), Max(65535)),
  username: rules(IsString(), MinLength(1), MaxLength(120)),
  /** Stored encrypted, never sent back. */
  password: rules(IsString(), MinLength(1), MaxLength(200)),
  /** Explicit FTPS (AUTH TLS). */
  explicitTls: rules(IsBoolean()),
  baseFolder: rules(Matches(/^\/[^\\\0]*$/, { message: 'baseFolder must be an absolute path starting with /' }), MaxLength(200)),
};
