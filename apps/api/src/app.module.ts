import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CryptoModule } from './common/crypto/crypto.module';
import { RedisModule } from './common/redis/redis.module';
import { TimeModule } from './common/time/time.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AgentsModule } from './modules/agents/agents.module';
import { QueuesModule } from './modules/queues/queues.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CallsModule } from './modules/calls/calls.module';
import { HealthModule } from './modules/health/health.module';
import { NumbersModule } from './modules/numbers/numbers.module';
import { PhoneAccountsModule } from './modules/phone-accounts/phone-accounts.module';
import { PjsipModule } from './modules/pjsip/pjsip.module';
import { RecordingsModule } from './modules/recordings/recordings.module';
import { ServicesModule } from './modules/services/services.module';
import { TrunksModule } from './modules/trunks/trunks.module';
import { UsersModule } from './modules/users/users.module';
import { TelephonyModule } from './telephony/telephony.module';
import { QueueRootModule } from './common/queue/queue-root.module';
import { CallListsModule } from './modules/call-lists/call-lists.module';
import { LiveModule } from './modules/live/live.module';
import { CallListExportModule } from './queues/call-list-export/call-list-export.module';
import { RecordingUploadModule } from './modules/recording-upload/recording-upload.module';
import { RecordingUploadQueueModule } from './queues/recording-upload/recording-upload.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRoot({
      pinoHttp: {
        level: process.env['LOG_LEVEL'] ?? (process.env['NODE_ENV'] === 'test' ? 'silent' : 'info'),
        // Never log bearer tokens or passwords that pass through.
        redact: ['req.headers.authorization', 'req.body.password', 'req.body.adminPassword'],
      },
    }),
    DatabaseModule,
    RedisModule,
    CryptoModule,
    QueueRootModule,
    LiveModule,
    TimeModule,
    AuthModule,
    AccountsModule,
    UsersModule,
    AuditModule,
    ServicesModule,
    NumbersModule,
    PjsipModule,
    TrunksModule,
    PhoneAccountsModule,
    AgentsModule,
    QueuesModule,
    CallsModule,
    // Before RecordingsModule: its /recordings/:id would otherwise catch /recordings/uploads.
    RecordingUploadModule,
    RecordingsModule,
    CallListsModule,
    HealthModule,
    // Queued work runs in the worker role (or all-in-one).
    ...(['all', 'worker'].includes(process.env['ROLE'] ?? 'all') ? [CallListExportModule, RecordingUploadQueueModule] : []),
    // The call engine runs in the telephony role (or all-in-one); http and worker processes leave ARI alone.
    ...(['all', 'telephony'].includes(process.env['ROLE'] ?? 'all') ? [TelephonyModule] : []),
  ],
})
export class AppModule {}
