import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgentLoginMode, AgentState, CallDirection, NumberStatus, NumberTargetType } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { AccountEntity } from '../../modules/accounts/account.entity';
import { AgentPresence } from '../../modules/agents/agent-presence.service';
import { PhoneNumberEntity } from '../../modules/numbers/phone-number.entity';
import { PhoneAccountEntity } from '../../modules/phone-accounts/phone-account.entity';
import { trunkEndpointId } from '../../modules/pjsip/pjsip-ids';
import { TrunkEntity } from '../../modules/trunks/trunk.entity';
import { AriChannel, AriPort } from '../ari/ari-port';
import { CallActions } from './call-actions.service';
import { CallSession, callerSession } from './call-session';
import { CallSessionStore } from './call-session.store';

/** What a phone may dial: digits, optionally with a leading +. */
const DIALLABLE = /^\+?\d{2,20}$/;

/**
 * A phone account dials: another extension of its account stays inside (ACC-4), anything
 * else leaves through the account's trunk with the account's caller ID.
 */
@Injectable()
export class OutboundCallFlow {
  constructor(
    @InjectRepository(PhoneAccountEntity) private readonly phones: Repository<PhoneAccountEntity>,
    @InjectRepository(TrunkEntity) private readonly trunks: Repository<TrunkEntity>,
    @InjectRepository(PhoneNumberEntity) private readonly numbers: Repository<PhoneNumberEntity>,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly actions: CallActions,
    private readonly store: CallSessionStore,
    private readonly presence: AgentPresence,
  ) {}

  newSession(port: AriPort, channel: AriChannel, dialled: string): CallSession {
    const session = callerSession(port.url, channel, CallDirection.Outbound, dialled, null);
    this.store.track(session);
    return session;
  }

  async start(port: AriPort, session: CallSession, channel: AriChannel): Promise<void> {
    const ringing = port.ring(channel.id);
    const phone = await this.phones.findOne({ where: { sipLogin: endpointResource(channel.name) } });
    if (phone && FEATURE_CODES.has(session.to)) {
      await ringing;
      return this.featureCode(port, session, channel.id, phone);
    }
    const dialled = session.to.replace(/[^\d+]/g, '');
    if (!phone || !DIALLABLE.test(dialled)) {
      await ringing;
      return this.actions.announceAndHangUp(port, session, channel.id);
    }
    session.accountId = phone.accountId;
    const colleague = await this.phones.findOne({ where: { accountId: phone.accountId, extension: dialled } });
    if (colleague) {
      session.direction = CallDirection.Internal;
      session.from = phone.extension;
      session.service = NumberTargetType.PhoneAccount;
      await this.actions.dial(port, session, `PJSIP/${colleague.sipLogin}`, colleague.extension, `"${phone.name}" <${phone.extension}>`);
      return ringing;
    }
    const trunk = phone.trunkId
      ? await this.trunks.findOne({ where: { id: phone.trunkId, accountId: phone.accountId } })
      : await this.trunks.findOne({ where: { accountId: phone.accountId }, order: { createdAt: 'ASC' } });
    if (!trunk) {
      await ringing;
      return this.actions.announceAndHangUp(port, session, channel.id);
    }
    const ownNumber = await this.numbers.findOne({
      where: { accountId: phone.accountId, status: NumberStatus.Assigned, targetType: NumberTargetType.PhoneAccount, targetId: phone.id },
      order: { number: 'ASC' },
    });
    const { code } = await this.accounts.findOneOrFail({ where: { id: phone.accountId }, select: { code: true } });
    session.from = ownNumber?.number ?? trunk.callerId ?? phone.extension;
    // REC-2: recorded when the phone account or the trunk has recording on; internal calls never (ACC-4).
    session.record = phone.recordingEnabled || trunk.recordingEnabled;
    await this.actions.dial(port, session, `PJSIP/${dialled}@${trunkEndpointId(code, trunk.id)}`, dialled, session.from);
    await ringing;
  }

  /** The agent linked to this phone (login mode *10/*11) changes state and hears a confirmation. */
  private async featureCode(port: AriPort, session: CallSession, channelId: string, phone: PhoneAccountEntity): Promise<void> {
    const code = FEATURE_CODES.get(session.to) as { state: AgentState; confirmation: string };
    session.accountId = phone.accountId;
    session.direction = CallDirection.Internal;
    session.from = phone.extension;
    session.service = 'agent-login';
    const agent = await this.presence.agentOfPhone(phone.accountId, phone.id);
    if (!agent || agent.loginMode !== AgentLoginMode.Phone) {
      return this.actions.announceAndHangUp(port, session, channelId);
    }
    await this.presence.setState(agent, code.state, session.to);
    await this.actions.announceAndHangUp(port, session, channelId, code.confirmation);
  }
}

/** CC-2: *10 logs the phone's agent in, *11 out. */
const FEATURE_CODES = new Map([
  ['*10', { state: AgentState.Available, confirmation: 'sound:agent-loginok' }],
  ['*11', { state: AgentState.LoggedOut, confirmation: 'sound:agent-loggedoff' }],
]);

/** `PJSIP/10000110-00000001` → `10000110`: the endpoint a channel belongs to. */
export function endpointResource(channelName: string): string {
  const slash = channelName.indexOf('/');
  const dash = channelName.lastIndexOf('-');
  return channelName.slice(slash + 1, dash > slash ? dash : undefined);
}
