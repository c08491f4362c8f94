import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreatePhoneAccountDto, PhoneAccount, ROUTES, SessionUser, SipCredentials, UpdatePhoneAccountDto } from '@pbx/contracts';
import { CustomerRead, CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId, CurrentUser } from '../../common/auth/current-user.decorator';
import { PhoneAccountsService } from './phone-accounts.service';

@ApiTags('phone-accounts')
@Controller(ROUTES.phoneAccounts)
export class PhoneAccountsController {
  constructor(private readonly phoneAccounts: PhoneAccountsService) {}

  @Get()
  @CustomerRead()
  list(@AccountId() accountId: string): Promise<PhoneAccount[]> {
    return this.phoneAccounts.list(accountId);
  }

  @Post()
  @CustomerWrite()
  create(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Body() dto: CreatePhoneAccountDto): Promise<PhoneAccount> {
    return this.phoneAccounts.create(user, accountId, dto);
  }

  @Get(':id')
  @CustomerRead()
  get(@AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<PhoneAccount> {
    return this.phoneAccounts.get(accountId, id);
  }

  @Get(':id/sip-credentials')
  @CustomerWrite()
  credentials(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<SipCredentials> {
    return this.phoneAccounts.credentials(user, accountId, id);
  }

  @Patch(':id')
  @CustomerWrite()
  update(
    @CurrentUser() user: SessionUser,
    @AccountId() accountId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePhoneAccountDto,
  ): Promise<PhoneAccount> {
    return this.phoneAccounts.update(user, accountId, id, dto);
  }

  @Delete(':id')
  @CustomerWrite()
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() user: SessionUser, @AccountId() accountId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.phoneAccounts.remove(user, accountId, id);
  }
}
