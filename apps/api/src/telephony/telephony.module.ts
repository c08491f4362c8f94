import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../modules/accounts/account.entity';
import { CallsModule } from '../modules/calls/calls.module';
import { RecordingsModule } from '../modules/recordings/recordings.module';
import { NumbersModule } from '../modules/numbers/numbers.module';
import { PhoneNumberEntity } from '../modules/numbers/phone-number.entity';
import { PhoneAccountEntity } from '../modules/phone-accounts/phone-account.entity';
import { ServicesModule } from '../modules/services/services.module';
import { TrunkEntity } from '../modules/trunks/trunk.entity';
import { AriConnectionsService } from './ari/ari-connections.service';
import { AriStatusModule } from './ari/ari-status.module';
import { FirstCommandLatency } from './ari/first-command.latency';
import { CallActions } from './calls/call-actions.service';
import { CallRecorder } from './calls/call-recorder.service';
import { TelephonyCommandModule } from './commands/telephony-command.module';
import { CallEngine } from './calls/call-engine.service';
import { CallSessionStore } from './calls/call-session.store';
import { InboundCallFlow } from './calls/inbound-call.flow';
import { OutboundCallFlow } from './calls/outbound-call.flow';
import { CallTargetRegistry } from './targets/call-target.registry';
import { PhoneAccountCallTarget } from './targets/phone-account.call-target';
import { AgentLoginCallTarget } from './targets/agent-login.call-target';
import { LoginLineFlow } from './calls/login-line.flow';
import { AgentsModule } from '../modules/agents/agents.module';
import { QueueEntity } from '../modules/queues/queue.entity';
import { QueueRuntime } from './queues/queue-runtime.service';
import { OfferLatency } from './queues/offer-latency';
import { QueueCallTargets } from './targets/queue.call-target';
import { TelephonyMetricsController } from './telephony-metrics.controller';

/** The telephony role: the ARI call engine (DESIGN.md). */
@Module({
  imports: [
    TypeOrmModule.forFeature([PhoneAccountEntity, TrunkEntity, PhoneNumberEntity, AccountEntity, QueueEntity]),
    CallsModule,
    NumbersModule,
    ServicesModule,
    AriStatusModule,
    RecordingsModule,
    TelephonyCommandModule,
    AgentsModule,
  ],
  controllers: [TelephonyMetricsController],
  providers: [
    AriConnectionsService,
    FirstCommandLatency,
    CallEngine,
    CallActions,
    CallRecorder,
    CallSessionStore,
    InboundCallFlow,
    OutboundCallFlow,
    CallTargetRegistry,
    PhoneAccountCallTarget,
    AgentLoginCallTarget,
    LoginLineFlow,
    QueueRuntime,
    OfferLatency,
    QueueCallTargets,
  ],
  exports: [CallTargetRegistry],
})
export class TelephonyModule {}
