import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CALL_LIST_EXPORT_QUEUE } from '../../queues/call-list-export/call-list-export.constants';
import { CallsModule } from '../calls/calls.module';
import { CallListEntity } from './call-list.entity';
import { CallListsController } from './call-lists.controller';
import { CallListsService } from './call-lists.service';

@Module({
  imports: [TypeOrmModule.forFeature([CallListEntity]), BullModule.registerQueue({ name: CALL_LIST_EXPORT_QUEUE }), CallsModule],
  controllers: [CallListsController],
  providers: [CallListsService],
  exports: [CallListsService],
})
export class CallListsModule {}
