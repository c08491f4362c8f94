import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NumbersModule } from '../numbers/numbers.module';
import { TelephonyCommandModule } from '../../telephony/commands/telephony-command.module';
import { PhoneAccountsModule } from '../phone-accounts/phone-accounts.module';
import { ServicesModule } from '../services/services.module';
import { AgentEntity } from './agent.entity';
import { AgentsController } from './agents.controller';
import { AgentPresence } from './agent-presence.service';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity]), AuditModule, PhoneAccountsModule, ServicesModule, NumbersModule, TelephonyCommandModule],
  controllers: [AgentsController],
  providers: [AgentsService, AgentPresence],
  exports: [AgentsService, AgentPresence],
})
export class AgentsModule {}
