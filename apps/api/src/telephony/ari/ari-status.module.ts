import { Module } from '@nestjs/common';
import { AriStatusService } from './ari-status.service';

@Module({ providers: [AriStatusService], exports: [AriStatusService] })
export class AriStatusModule {}
