import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CallList, CallRecord, CreateCallListDto, ListCallsQueryDto, Page, ROUTES, SessionUser } from '@pbx/contracts';
import { Response } from 'express';
import { CustomerRead } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { CallListsService } from './call-lists.service';

@ApiTags('calls')
@Controller(ROUTES.callLists)
@CustomerRead()
export class CallListsController {
  constructor(private readonly lists: CallListsService) {}

  /** "Add to queue". Reading calls is all it does, so read-only users may ask too. */
  @Post()
  request(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreateCallListDto): Promise<CallList> {
    return this.lists.request(user, accountId, dto);
  }

  @Get()
  list(@AccountId() accountId: string): Promise<CallList[]> {
    return this.lists.list(accountId);
  }

  @Get(':id')
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<CallList> {
    return this.lists.get(accountId, id);
  }

  @Get(':id/calls')
  calls(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string, @Query() query: ListCallsQueryDto): Promise<Page<CallRecord>> {
    return this.lists.callsOf(accountId, id, query.page ?? 1, query.pageSize ?? 50);
  }

  @Get(':id/file')
  async file(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const file = await this.lists.file(accountId, id);
    res.attachment(file.name);
    // The default store lives under .data/: a dot folder send() would otherwise refuse.
    res.sendFile(file.path, { dotfiles: 'allow' });
  }
}
