import { BullModule } from '@nestjs/bull';
import { DynamicModule } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock } from '../../src/common/time/clock';
import { ENTITIES } from '../../src/database/entities';
import { seedDemoNumberPool } from '../../src/database/seed/number-pool.seed';
import { RecordingFtpSettingsEntity } from '../../src/modules/recording-upload/recording-ftp-settings.entity';
import { RecordingUploadRunEntity } from '../../src/modules/recording-upload/recording-upload-run.entity';
import { RecordingUploadModule } from '../../src/modules/recording-upload/recording-upload.module';
import { RECORDING_FTP_TIMEOUT } from '../../src/queues/recording-upload/recording-upload.constants';
import { RecordingUploadQueueModule } from '../../src/queues/recording-upload/recording-upload.module';
import { TestApp } from '../test-app';
import { FakeClock } from './fake-clock';

/**
 * The real AppModule plus the recording-upload modules, with a fake clock and a short FTP
 * timeout. Works before and after the lead wires the modules into AppModule and ENTITIES.
 * Our modules come first so their routes are registered before RecordingsModule's `:id`.
 */
export async function createRecordingUploadTestApp(clock: FakeClock, ftpTimeoutMs = 2_000): Promise<TestApp> {
  const entities = ENTITIES as unknown[];
  for (const entity of [RecordingFtpSettingsEntity, RecordingUploadRunEntity]) {
    if (!entities.includes(entity)) {
      entities.push(entity);
    }
  }
  const moduleRef = await Test.createTestingModule({ imports: [RecordingUploadModule, RecordingUploadQueueModule, AppModule, ...bullRootUnlessConfigured()] })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(RECORDING_FTP_TIMEOUT)
    .useValue(ftpTimeoutMs)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await seedDemoNumberPool(dataSource);
  return new TestApp(app, dataSource);
}

/** Each test file its own key prefix, so parallel test files never take each other's jobs. */
function bullRootUnlessConfigured(): DynamicModule[] {
  const imports = (Reflect.getMetadata('imports', AppModule) ?? []) as unknown[];
  const configured = imports.some((m) => typeof m === 'object' && m !== null && (m as DynamicModule).module === BullModule);
  return configured ? [] : [BullModule.forRoot({ redis: process.env['REDIS_URL'], prefix: `test-${process.pid}` })];
}
