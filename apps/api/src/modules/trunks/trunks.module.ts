import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PjsipModule } from '../pjsip/pjsip.module';
import { TrunkEntity } from './trunk.entity';
import { TrunksController } from './trunks.controller';
import { TrunksService } from './trunks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TrunkEntity]), AuditModule, PjsipModule],
  controllers: [TrunksController],
  providers: [TrunksService],
  exports: [TrunksService],
})
export class TrunksModule {}
