import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { Environment } from '../../config/environment';

/**
 * Bull's connection for every queue. Queue code stays behind our own queue modules
 * (src/queues/<queue>/), so that a later move to BullMQ touches only them (DESIGN.md).
 */
@Global()
@Module({
  imports: [BullModule.forRootAsync({ inject: [Environment], useFactory: (env: Environment) => ({ url: env.REDIS_URL, prefix: 'pbx' }) })],
  exports: [BullModule],
})
export class QueueRootModule {}
