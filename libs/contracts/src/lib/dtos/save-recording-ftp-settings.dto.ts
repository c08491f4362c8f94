import { IsOptional } from 'class-validator';
import { RecordingFtpRules } from './recording-ftp-rules';

/** PUT /recordings/ftp-settings; the password is required the first time only. */
export class SaveRecordingFtpSettingsDto {
  @RecordingFtpRules.host()
  host!: string;

  @IsOptional()
  @RecordingFtpRules.port()
  port?: number;

  @RecordingFtpRules.username()
  username!: string;

  /** Absent later keeps the stored one. */
  @IsOptional()
  @RecordingFtpRules.password()
  password?: string;

  @IsOptional()
  @RecordingFtpRules.explicitTls()
  explicitTls?: boolean;

  @IsOptional()
  @RecordingFtpRules.baseFolder()
  baseFolder?: string;
}
