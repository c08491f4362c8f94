import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NumbersModule } from '../numbers/numbers.module';
import { ServicesModule } from '../services/services.module';
import { QueueMemberEntity } from './queue-member.entity';
import { QueueEntity } from './queue.entity';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';

@Module({
  imports: [TypeOrmModule.forFeature([QueueEntity, QueueMemberEntity]), AuditModule, NumbersModule, ServicesModule],
  controllers: [QueuesController],
  providers: [QueuesService],
  exports: [QueuesService],
})
export class QueuesModule {}
