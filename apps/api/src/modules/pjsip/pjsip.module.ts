import { Module } from '@nestjs/common';
import { PjsipRealtimeService } from './pjsip-realtime.service';

/** The PJSIP realtime rows Asterisk reads; the DataSource comes from the root TypeOrmModule. */
@Module({
  providers: [PjsipRealtimeService],
  exports: [PjsipRealtimeService],
})
export class PjsipModule {}
