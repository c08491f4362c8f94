import { Module } from '@nestjs/common';
import { TelephonyCommandBus } from './telephony-command.bus';

@Module({ providers: [TelephonyCommandBus], exports: [TelephonyCommandBus] })
export class TelephonyCommandModule {}
