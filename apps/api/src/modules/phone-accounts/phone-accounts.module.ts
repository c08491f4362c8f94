import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AuditModule } from '../audit/audit.module';
import { NumbersModule } from '../numbers/numbers.module';
import { TrunksModule } from '../trunks/trunks.module';
import { PhoneAccountEntity } from './phone-account.entity';
import { PhoneAccountsController } from './phone-accounts.controller';
import { PhoneAccountsService } from './phone-accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([PhoneAccountEntity, AccountEntity]), AuditModule, NumbersModule, TrunksModule],
  controllers: [PhoneAccountsController],
  providers: [PhoneAccountsService],
  exports: [PhoneAccountsService],
})
export class PhoneAccountsModule {}
