import { Inject, Injectable, Logger } from '@nestjs/common';
import { AgentState } from '@pbx/contracts';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { REDIS } from '../../common/redis/redis.module';
import { AgentPresence } from '../../modules/agents/agent-presence.service';
import { AriPort } from '../ari/ari-port';
import { CallActions } from './call-actions.service';
import { CallSession } from './call-session';
import { CallSessionStore } from './call-session.store';

/** Asterisk's own agent prompts (core sounds). */
export const PROMPTS = { agentId: 'sound:agent-user', pin: 'sound:agent-pass', incorrect: 'sound:agent-incorrect' } as const;
/** DIA-7: three tries to type ID and PIN on one call. */
export const LOGIN_TRIES = 3;
const MAX_DIGITS = 12;

/** Where a logged-in agent's call waits, for the call distribution to bridge customers to. */
export const PARKED_AGENT = (agentId: string) => `tel:agent:${agentId}`;

/**
 * The login line (DIA-7): the agent types ID and PIN, each ended by # (or a pause), and
 * then waits on music in a holding bridge; hanging up logs the agent out.
 */
@Injectable()
export class LoginLineFlow {
  private readonly logger = new Logger(LoginLineFlow.name);

  constructor(
    private readonly presence: AgentPresence,
    private readonly actions: CallActions,
    private readonly store: CallSessionStore,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.actions.onCallerLeft((session) => this.ended(session));
  }

  async start(port: AriPort, session: CallSession, channelId: string): Promise<void> {
    session.service = 'agent-login';
    session.login = { step: 'id', digits: '', tries: 0, agentNumber: null, agentId: null };
    session.legs[channelId].answeredAt ??= session.routedAt;
    await port.answer(channelId);
    await port.play(channelId, PROMPTS.agentId, randomUUID());
    await this.store.save(session);
  }

  async digit(port: AriPort, session: CallSession, channelId: string, digit: string): Promise<void> {
    const login = session.login;
    if (!login || login.agentId) {
      return;
    }
    if (digit !== '#') {
      login.digits = (login.digits + digit).slice(0, MAX_DIGITS);
      await this.store.save(session);
      return;
    }
    if (login.step === 'id') {
      login.agentNumber = login.digits;
      login.digits = '';
      login.step = 'pin';
      await port.play(channelId, PROMPTS.pin, randomUUID());
      await this.store.save(session);
      return;
    }
    await this.checkPin(port, session, channelId);
  }

  private async checkPin(port: AriPort, session: CallSession, channelId: string): Promise<void> {
    const login = session.login as NonNullable<CallSession['login']>;
    const check = await this.presence.checkPin(session.accountId as string, login.agentNumber ?? '', login.digits);
    login.digits = '';
    if (check.ok) {
      login.agentId = check.agent.id;
      session.bridgeId = randomUUID();
      await port.createBridge(session.bridgeId, 'holding');
      await port.addToBridge(session.bridgeId, [channelId]);
      await port.startBridgeMoh(session.bridgeId);
      await this.redis.set(PARKED_AGENT(check.agent.id), JSON.stringify({ server: port.url, callId: session.id, channelId, bridgeId: session.bridgeId }));
      await this.presence.setState(check.agent, AgentState.Available, 'login line');
      await this.store.save(session);
      return;
    }
    login.tries += 1;
    login.step = 'id';
    login.agentNumber = null;
    if (check.reason === 'locked' || login.tries >= LOGIN_TRIES) {
      this.logger.warn(`Login line call ${session.id}: ${check.reason === 'locked' ? 'agent locked' : 'three wrong tries'}; hanging up`);
      await this.actions.announceAndHangUp(port, session, channelId, PROMPTS.incorrect);
      return;
    }
    login.repromptAfter = randomUUID();
    await port.play(channelId, PROMPTS.incorrect, login.repromptAfter);
    await this.store.save(session);
  }

  /** "Incorrect" has been said: ask for the agent ID again. */
  async playbackFinished(port: AriPort, session: CallSession, channelId: string, playbackId: string): Promise<void> {
    if (session.login?.repromptAfter === playbackId) {
      delete session.login.repromptAfter;
      await port.play(channelId, PROMPTS.agentId, randomUUID());
      await this.store.save(session);
    }
  }

  /** The login call ended: the agent is logged out. */
  async ended(session: CallSession): Promise<void> {
    const agentId = session.login?.agentId;
    if (agentId && session.accountId) {
      await this.redis.del(PARKED_AGENT(agentId));
      await this.presence.setState({ id: agentId, accountId: session.accountId }, AgentState.LoggedOut, 'login call ended');
    }
  }
}
