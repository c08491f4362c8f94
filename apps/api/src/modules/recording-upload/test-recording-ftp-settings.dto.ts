import { PartialType } from '@nestjs/swagger';
import { SaveRecordingFtpSettingsDto } from './save-recording-ftp-settings.dto';

/** "Test connection" of the form's unsaved values; what is left out comes from the saved settings. */
export class TestRecordingFtpSettingsDto extends PartialType(SaveRecordingFtpSettingsDto) {}
