import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RecordingFtpSettingsEntity } from './recording-ftp-settings.entity';
import { RecordingFtpSettingsService } from './recording-ftp-settings.service';
import { RecordingUploadRunEntity } from './recording-upload-run.entity';
import { RecordingUploadRunsService } from './recording-upload-runs.service';
import { RecordingUploadController } from './recording-upload.controller';

/** REC-3 FTP settings and the REC-4 upload history; the nightly queue is in src/queues/recording-upload. */
@Module({
  imports: [TypeOrmModule.forFeature([RecordingFtpSettingsEntity, RecordingUploadRunEntity]), AuditModule],
  controllers: [RecordingUploadController],
  providers: [RecordingFtpSettingsService, RecordingUploadRunsService],
  exports: [RecordingFtpSettingsService, TypeOrmModule],
})
export class RecordingUploadModule {}
