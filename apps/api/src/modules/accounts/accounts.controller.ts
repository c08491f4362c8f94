import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Account, AuditLogEntry, CreateAccountDto, ROUTES, SessionUser } from '@pbx/contracts';
import { SupportOnly } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from './accounts.service';

/** The operator's support area: every account (ACC-1). */
@ApiTags('support')
@Controller(ROUTES.accounts)
@SupportOnly()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(): Promise<Account[]> {
    return this.accounts.list();
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateAccountDto): Promise<Account> {
    return this.accounts.create(user, dto);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Account> {
    return this.accounts.get(id);
  }

  @Get(':id/audit-log')
  async auditLog(@Param('id', ParseUUIDPipe) id: string): Promise<AuditLogEntry[]> {
    await this.accounts.get(id);
    return this.audit.list(id);
  }
}
