import { Injectable, OnModuleInit } from '@nestjs/common';
import { NumberTargetType } from '@pbx/contracts';
import { AgentsService } from '../../modules/agents/agents.service';
import { AriPort } from '../ari/ari-port';
import { CallSession } from '../calls/call-session';
import { LoginLineFlow } from '../calls/login-line.flow';
import { CallTargetHandler, CallTargetRegistry } from './call-target.registry';

/** A number pointing at "agent login" is the login line (DIA-7). */
@Injectable()
export class AgentLoginCallTarget implements CallTargetHandler, OnModuleInit {
  // Any of the agent services will do: AgentsService.hasAgentService, in connect().
  readonly service = null;

  constructor(
    private readonly registry: CallTargetRegistry,
    private readonly agents: AgentsService,
    private readonly loginLine: LoginLineFlow,
  ) {}

  onModuleInit(): void {
    this.registry.register(NumberTargetType.DialerLogin, this);
  }

  async connect(port: AriPort, session: CallSession, callerChannelId: string): Promise<boolean> {
    if (!(await this.agents.hasAgentService(session.accountId as string))) {
      return false;
    }
    await this.loginLine.start(port, session, callerChannelId);
    return true;
  }
}
