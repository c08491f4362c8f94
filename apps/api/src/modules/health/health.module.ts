import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AriStatusModule } from '../../telephony/ari/ari-status.module';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), AriStatusModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator],
})
export class HealthModule {}
