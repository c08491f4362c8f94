import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AuditModule } from '../audit/audit.module';
import { NumbersModule } from '../numbers/numbers.module';
import { PjsipModule } from '../pjsip/pjsip.module';
import { TrunksModule } from '../trunks/trunks.module';
import { PhoneAccountEntity } from './phone-account.entity';
import { PhoneAccountsController } from './phone-accounts.controller';
import { PhoneAccountsService } from './phone-accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([PhoneAccountEntity, AccountEntity]), AuditModule, NumbersModule, TrunksModule, PjsipModule],
  controllers: [PhoneAccountsController],
  providers: [PhoneAccountsService],
  exports: [PhoneAccountsService],
})
export class PhoneAccountsModule {}
