import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Recording, RecordingLink, RecordingStorageUsage, ROUTES, SessionUser } from '@pbx/contracts';
import { Response } from 'express';
import { CustomerRead, CustomerWrite, Public } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { RecordingAudioQueryDto } from './recording-audio-query.dto';
import { RecordingsService } from './recordings.service';

@ApiTags('recordings')
@Controller(ROUTES.recordings)
export class RecordingsController {
  constructor(private readonly recordings: RecordingsService) {}

  @Get('storage')
  @CustomerRead()
  usage(@AccountId() accountId: string): Promise<RecordingStorageUsage> {
    return this.recordings.usage(accountId);
  }

  @Get(':id')
  @CustomerRead()
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Recording> {
    return this.recordings.get(accountId, id);
  }

  /** A link the browser's player can stream from, valid for a few minutes. */
  @Get(':id/link')
  @CustomerRead()
  link(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<RecordingLink> {
    return this.recordings.link(accountId, id);
  }

  /** Streams with HTTP range requests (seeking in the player); the signature is the access check. */
  @Get(':id/audio')
  @Public()
  async audio(@Param('id', ParseUUIDPipe) id: string, @Query() query: RecordingAudioQueryDto, @Res() res: Response): Promise<void> {
    const file = await this.recordings.audioFile(query.account, id, query.expires, query.signature);
    if (query.download) {
      res.attachment(file.name);
    }
    res.sendFile(file.path, { headers: { 'Cache-Control': 'private, no-store' }, acceptRanges: true, dotfiles: 'allow' });
  }

  @Delete(':id')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.recordings.remove(user, accountId, id);
  }

  @Post(':id/pause')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  pause(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Recording> {
    return this.recordings.pause(user, accountId, id, true);
  }

  @Post(':id/resume')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  resume(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<Recording> {
    return this.recordings.pause(user, accountId, id, false);
  }
}
