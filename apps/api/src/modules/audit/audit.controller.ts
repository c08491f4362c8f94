import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditLogEntry, ROUTES } from '@pbx/contracts';
import { CustomerWrite } from '../../common/auth/access.decorators';
import { AccountId } from '../../common/auth/current-user.decorator';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller(ROUTES.auditLog)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @CustomerWrite()
  list(@AccountId() accountId: string): Promise<AuditLogEntry[]> {
    return this.audit.list(accountId);
  }
}
