import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccountServiceState, ActivateServiceDto, ROUTES, ServiceKind, SessionUser } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { AccountServicesService } from './account-services.service';
import { ParseServiceKindPipe } from './service-kind.pipe';

/** The caller's own services (ACC-2). */
@ApiTags('services')
@Controller(ROUTES.services)
export class ServicesController {
  constructor(private readonly services: AccountServicesService) {}

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string): Promise<AccountServiceState[]> {
    return this.services.list(accountId);
  }

  @Post(':kind/activate')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  activate(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('kind', ParseServiceKindPipe) kind: ServiceKind,
    @Body() dto: ActivateServiceDto,
  ): Promise<AccountServiceState> {
    return this.services.activate(user, accountId, kind, dto);
  }

  @Post(':kind/deactivate')
  @CustomerWrite()
  @HttpCode(HttpStatus.OK)
  deactivate(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('kind', ParseServiceKindPipe) kind: ServiceKind,
  ): Promise<AccountServiceState> {
    return this.services.deactivate(user, accountId, kind);
  }
}
