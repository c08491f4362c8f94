import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FtpConnectionTestResult, ROUTES, RecordingFtpSettings, RecordingUploadRun, SaveRecordingFtpSettingsDto, SessionUser, TestRecordingFtpSettingsDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { RecordingFtpSettingsService } from './recording-ftp-settings.service';
import { RecordingUploadRunsService } from './recording-upload-runs.service';

/**
 * REC-3 settings and REC-4 history under /recordings: this module must be imported before
 * RecordingsModule, whose `:id` routes would otherwise take `ftp-settings` and `uploads`.
 */
@ApiTags('recordings')
@Controller(ROUTES.recordings)
export class RecordingUploadController {
  constructor(
    private readonly ftpSettings: RecordingFtpSettingsService,
    private readonly runs: RecordingUploadRunsService,
  ) {}

  @Get('ftp-settings')
  @CustomerRead()
  get(@AccountId() accountId: string): Promise<RecordingFtpSettings> {
    return this.ftpSettings.get(accountId);
  }

  @Put('ftp-settings')
  @CustomerWrite()
  save(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: SaveRecordingFtpSettingsDto): Promise<RecordingFtpSettings> {
    return this.ftpSettings.save(user, accountId, dto);
  }

  @Delete('ftp-settings')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string): Promise<void> {
    return this.ftpSettings.remove(user, accountId);
  }

  /** Answers 200 either way: a failing server is a result to show, not an API error. */
  @Post('ftp-settings/test')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  test(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: TestRecordingFtpSettingsDto): Promise<FtpConnectionTestResult> {
    return this.ftpSettings.test(user, accountId, dto);
  }

  @Get('uploads')
  @CustomerRead()
  uploads(@AccountId() accountId: string): Promise<RecordingUploadRun[]> {
    return this.runs.list(accountId);
  }
}
