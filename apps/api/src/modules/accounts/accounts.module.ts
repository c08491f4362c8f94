import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AccountServiceEntity } from '../services/account-service.entity';
import { AccountController } from './account.controller';
import { AccountEntity } from './account.entity';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity, AccountServiceEntity]), AuditModule],
  controllers: [AccountsController, AccountController],
  providers: [AccountsService],
  exports: [AccountsService],
})
export class AccountsModule {}
