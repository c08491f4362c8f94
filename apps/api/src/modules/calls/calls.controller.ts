import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CallRecord, ListCallsQueryDto, Page, ROUTES } from '@pbx/contracts';
import { CustomerRead } from '../../common/auth/access.decorators';
import { AccountId } from '../../common/auth/current-user.decorator';
import { CallsService } from './calls.service';

@ApiTags('calls')
@Controller(ROUTES.calls)
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string, @Query() query: ListCallsQueryDto): Promise<Page<CallRecord>> {
    return this.calls.list(accountId, query);
  }
}
