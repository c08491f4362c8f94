import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TelephonyCommandModule } from '../../telephony/commands/telephony-command.module';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { ServicesModule } from '../services/services.module';
import { RecordingFiles } from './recording-files.service';
import { RecordingLinkSigner } from './recording-link.signer';
import { RecordingStore } from './recording-store.service';
import { RecordingEntity } from './recording.entity';
import { RecordingsController } from './recordings.controller';
import { RecordingsService } from './recordings.service';
import { SupportRecordingsController } from './support-recordings.controller';

@Module({
  imports: [TypeOrmModule.forFeature([RecordingEntity]), AuditModule, ServicesModule, AccountsModule, TelephonyCommandModule],
  controllers: [RecordingsController, SupportRecordingsController],
  providers: [RecordingsService, RecordingStore, RecordingFiles, RecordingLinkSigner],
  exports: [RecordingStore, RecordingFiles],
})
export class RecordingsModule {}
