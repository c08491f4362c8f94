import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Recording, ROUTES } from '@pbx/contracts';
import { SupportOnly } from '../../common/auth/access.decorators';
import { AccountsService } from '../accounts/accounts.service';
import { RecordingsService } from './recordings.service';

/** REC-3: recordings that failed are visible to support. */
@ApiTags('support')
@Controller(`${ROUTES.accounts}/:accountId/${ROUTES.recordings}`)
@SupportOnly()
export class SupportRecordingsController {
  constructor(
    private readonly recordings: RecordingsService,
    private readonly accounts: AccountsService,
  ) {}

  @Get('failed')
  async failed(@Param('accountId', ParseUUIDPipe) accountId: string): Promise<Recording[]> {
    await this.accounts.get(accountId);
    return this.recordings.failed(accountId);
  }
}
