import { IsOptional } from 'class-validator';
import { RecordingFtpRules } from './recording-ftp-rules';

/** "Test connection" of the form's unsaved values; what is left out comes from the saved settings. */
export class TestRecordingFtpSettingsDto {
  @IsOptional()
  @RecordingFtpRules.host()
  host?: string;

  @IsOptional()
  @RecordingFtpRules.port()
  port?: number;

  @IsOptional()
  @RecordingFtpRules.username()
  username?: string;

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
