import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Account, ROUTES, SessionUser, UpdateAccountDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { AccountsService } from './accounts.service';

/** The caller's own account. */
@ApiTags('account')
@Controller(ROUTES.account)
export class AccountController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @CustomerRead()
  get(@AccountId() accountId: string): Promise<Account> {
    return this.accounts.get(accountId);
  }

  @Patch()
  @CustomerWrite()
  update(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: UpdateAccountDto): Promise<Account> {
    return this.accounts.update(user, accountId, dto);
  }
}
