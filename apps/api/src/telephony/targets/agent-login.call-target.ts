import { Injectable, OnModuleInit } from '@nestjs/common';
import { NumberTargetType, ServiceKind } from '@pbx/contracts';
import { AccountServicesService } from '../../modules/services/account-services.service';
import { AriPort } from '../ari/ari-port';
import { CallSession } from '../calls/call-session';
import { LoginLineFlow } from '../calls/login-line.flow';
import { CallTargetHandler, CallTargetRegistry } from './call-target.registry';

const AGENT_SERVICES = [ServiceKind.CallCenter, ServiceKind.Queues, ServiceKind.Dialer];

/** A number pointing at "agent login" is the login line (DIA-7). */
@Injectable()
export class AgentLoginCallTarget implements CallTargetHandler, OnModuleInit {
  // Any of the agent services will do, checked in connect().
  readonly service = null;

  constructor(
    private readonly registry: CallTargetRegistry,
    private readonly services: AccountServicesService,
    private readonly loginLine: LoginLineFlow,
  ) {}

  onModuleInit(): void {
    this.registry.register(NumberTargetType.DialerLogin, this);
  }

  async connect(port: AriPort, session: CallSession, callerChannelId: string): Promise<boolean> {
    const states = await this.services.list(session.accountId as string);
    if (!states.some((s) => AGENT_SERVICES.includes(s.kind) && s.active)) {
      return false;
    }
    await this.loginLine.start(port, session, callerChannelId);
    return true;
  }
}
