import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueueKind } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { QUEUE_KINDS } from '../../modules/queues/queues.service';
import { QueueEntity } from '../../modules/queues/queue.entity';
import { AccountServicesService } from '../../modules/services/account-services.service';
import { AriPort } from '../ari/ari-port';
import { CallSession } from '../calls/call-session';
import { QueueRuntime } from '../queues/queue-runtime.service';
import { CallTargetRegistry } from './call-target.registry';

/** Numbers pointing at a waiting queue or a CC campaign: the caller joins it (QUE-1, CC-4). */
@Injectable()
export class QueueCallTargets implements OnModuleInit {
  constructor(
    @InjectRepository(QueueEntity) private readonly queues: Repository<QueueEntity>,
    private readonly registry: CallTargetRegistry,
    private readonly services: AccountServicesService,
    private readonly runtime: QueueRuntime,
  ) {}

  onModuleInit(): void {
    for (const kind of Object.values(QueueKind)) {
      const { service, target } = QUEUE_KINDS[kind];
      this.registry.register(target, {
        service,
        connect: async (port: AriPort, session: CallSession, callerChannelId: string, queueId: string) => {
          const queue = await this.queues.findOne({ where: { id: queueId, accountId: session.accountId ?? undefined, kind } });
          if (!queue) {
            return false;
          }
          session.service = target;
          await this.runtime.enqueue(port, session, callerChannelId, queue.id);
          return true;
        },
      });
    }
  }
}
