import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { FTP_TIMEOUT_MS } from '../../modules/recording-upload/ftp-server';
import { RecordingUploadModule } from '../../modules/recording-upload/recording-upload.module';
import { RecordingsModule } from '../../modules/recordings/recordings.module';
import { RECORDING_FTP_TIMEOUT, RECORDING_UPLOAD_QUEUE } from './recording-upload.constants';
import { RecordingDayUploadService } from './recording-day-upload.service';
import { RecordingUploadProcessor } from './recording-upload.processor';
import { RecordingUploadScheduler } from './recording-upload.scheduler';

/** REC-4 nightly FTP upload; needs BullModule's root configuration (AppModule) and runs in the worker role. */
@Module({
  imports: [BullModule.registerQueue({ name: RECORDING_UPLOAD_QUEUE }), RecordingUploadModule, RecordingsModule],
  providers: [
    RecordingDayUploadService,
    RecordingUploadScheduler,
    RecordingUploadProcessor,
    { provide: RECORDING_FTP_TIMEOUT, useValue: FTP_TIMEOUT_MS },
  ],
  exports: [RecordingDayUploadService, RecordingUploadScheduler],
})
export class RecordingUploadQueueModule {}
