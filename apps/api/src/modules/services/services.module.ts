import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AccountServiceEntity } from './account-service.entity';
import { AccountServicesController } from './account-services.controller';
import { AccountServicesService } from './account-services.service';
import { ServicesController } from './services.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AccountServiceEntity]), AccountsModule, AuditModule],
  controllers: [ServicesController, AccountServicesController],
  providers: [AccountServicesService],
  exports: [AccountServicesService],
})
export class ServicesModule {}
