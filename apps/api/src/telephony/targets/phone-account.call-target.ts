import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NumberTargetType } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { PhoneAccountEntity } from '../../modules/phone-accounts/phone-account.entity';
import { AriPort } from '../ari/ari-port';
import { CallActions } from '../calls/call-actions.service';
import { CallSession } from '../calls/call-session';
import { CallTargetHandler, CallTargetRegistry } from './call-target.registry';

/** A number pointing at a phone account rings that phone. */
@Injectable()
export class PhoneAccountCallTarget implements CallTargetHandler, OnModuleInit {
  readonly service = null;

  constructor(
    @InjectRepository(PhoneAccountEntity) private readonly phones: Repository<PhoneAccountEntity>,
    private readonly registry: CallTargetRegistry,
    private readonly actions: CallActions,
  ) {}

  onModuleInit(): void {
    this.registry.register(NumberTargetType.PhoneAccount, this);
  }

  async connect(port: AriPort, session: CallSession, _callerChannelId: string, targetId: string): Promise<boolean> {
    const phone = await this.phones.findOne({ where: { id: targetId, accountId: session.accountId ?? undefined }, select: { sipLogin: true, extension: true, recordingEnabled: true } });
    if (!phone) {
      return false;
    }
    session.service = NumberTargetType.PhoneAccount;
    session.record = phone.recordingEnabled;
    await this.actions.dial(port, session, `PJSIP/${phone.sipLogin}`, phone.extension);
    return true;
  }
}
