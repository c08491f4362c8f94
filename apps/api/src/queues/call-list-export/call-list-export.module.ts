import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../../modules/accounts/account.entity';
import { CallListsModule } from '../../modules/call-lists/call-lists.module';
import { CallsModule } from '../../modules/calls/calls.module';
import { CallListExportProcessor } from './call-list-export.processor';

/** The worker side of REC-6 call lists. */
@Module({
  imports: [CallListsModule, CallsModule, TypeOrmModule.forFeature([AccountEntity])],
  providers: [CallListExportProcessor],
})
export class CallListExportModule {}

