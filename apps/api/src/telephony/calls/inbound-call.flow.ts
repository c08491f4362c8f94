import { Injectable } from '@nestjs/common';
import { CallDirection, NumberStatus } from '@pbx/contracts';
import { NumbersService } from '../../modules/numbers/numbers.service';
import { AccountServicesService } from '../../modules/services/account-services.service';
import { AriChannel, AriPort } from '../ari/ari-port';
import { CallTargetRegistry } from '../targets/call-target.registry';
import { CallActions } from './call-actions.service';
import { CallSession, callerSession } from './call-session';
import { CallSessionStore } from './call-session.store';

/** A call from outside to one of our numbers (DID): route it to what the number points to. */
@Injectable()
export class InboundCallFlow {
  constructor(
    private readonly numbers: NumbersService,
    private readonly services: AccountServicesService,
    private readonly targets: CallTargetRegistry,
    private readonly actions: CallActions,
    private readonly store: CallSessionStore,
  ) {}

  newSession(port: AriPort, channel: AriChannel, did: string): CallSession {
    const session = callerSession(port.url, channel, CallDirection.Inbound, did, did);
    this.store.track(session);
    return session;
  }

  async start(port: AriPort, session: CallSession, channel: AriChannel): Promise<void> {
    // Ringing first: the caller hears progress while we look the number up.
    const ringing = port.ring(channel.id);
    const number = await this.numbers.findByNumber(session.did ?? '');
    const handler = number?.targetType ? this.targets.get(number.targetType) : undefined;
    session.accountId = number?.accountId ?? null;
    const routable =
      number?.status === NumberStatus.Assigned &&
      number.targetId !== null &&
      handler !== undefined &&
      (handler.service === null || (await this.services.isActive(number.accountId as string, handler.service)));
    const connected = routable && (await handler.connect(port, session, channel.id, number.targetId as string));
    await ringing;
    if (!connected) {
      await this.actions.announceAndHangUp(port, session, channel.id);
    }
  }
}
