import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccountServiceState, ActivateServiceDto, ROUTES, ServiceKind, SessionUser } from '@pbx/contracts';
import { SupportOnly } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AccountsService } from '../accounts/accounts.service';
import { AccountServicesService } from './account-services.service';
import { ParseServiceKindPipe } from './service-kind.pipe';

/** Support activates services per account, the dialer included (ACC-2). */
@ApiTags('support')
@Controller(`${ROUTES.accounts}/:accountId/${ROUTES.services}`)
@SupportOnly()
export class AccountServicesController {
  constructor(
    private readonly services: AccountServicesService,
    private readonly accounts: AccountsService,
  ) {}

  @Get()
  async list(@Param('accountId', ParseUUIDPipe) accountId: string): Promise<AccountServiceState[]> {
    await this.accounts.get(accountId);
    return this.services.list(accountId);
  }

  @Post(':kind/activate')
  @HttpCode(HttpStatus.OK)
  async activate(
    @CurrentUser() user: SessionUser,
    @Param('accountId', ParseUUIDPipe) accountId: string,
    @Param('kind', ParseServiceKindPipe) kind: ServiceKind,
    @Body() dto: ActivateServiceDto,
  ): Promise<AccountServiceState> {
    await this.accounts.get(accountId);
    return this.services.activate(user, accountId, kind, dto);
  }

  @Post(':kind/deactivate')
  @HttpCode(HttpStatus.OK)
  async deactivate(
    @CurrentUser() user: SessionUser,
    @Param('accountId', ParseUUIDPipe) accountId: string,
    @Param('kind', ParseServiceKindPipe) kind: ServiceKind,
  ): Promise<AccountServiceState> {
    await this.accounts.get(accountId);
    return this.services.deactivate(user, accountId, kind);
  }
}
