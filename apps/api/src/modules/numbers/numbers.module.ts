import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NumberPoolController } from './number-pool.controller';
import { NumberTargetRegistry } from './number-target.registry';
import { NumberingZoneEntity } from './numbering-zone.entity';
import { NumbersController } from './numbers.controller';
import { NumbersService } from './numbers.service';
import { PhoneNumberEntity } from './phone-number.entity';

@Module({
  imports: [TypeOrmModule.forFeature([NumberingZoneEntity, PhoneNumberEntity]), AuditModule],
  controllers: [NumbersController, NumberPoolController],
  providers: [NumbersService, NumberTargetRegistry],
  exports: [NumbersService, NumberTargetRegistry],
})
export class NumbersModule {}
