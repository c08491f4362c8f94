import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordingEntity } from '../recordings/recording.entity';
import { CallRecordEntity } from './call-record.entity';
import { CallRecordWriter } from './call-record.writer';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';

@Module({
  imports: [TypeOrmModule.forFeature([CallRecordEntity, RecordingEntity])],
  controllers: [CallsController],
  providers: [CallsService, CallRecordWriter],
  exports: [CallRecordWriter, CallsService],
})
export class CallsModule {}
