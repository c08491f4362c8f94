import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentState, LIVE_EVENTS, UserRole } from '@pbx/contracts';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.service';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { LiveEvents } from '../live/live-events.service';
import { AgentEntity } from './agent.entity';

/** DIA-7: five wrong PINs lock the agent for fifteen minutes. */
export const MAX_PIN_FAILURES = 5;
export const PIN_LOCK_MINUTES = 15;

export type PinCheck = { ok: true; agent: AgentEntity } | { ok: false; reason: 'wrong' | 'locked' };

const SYSTEM = { userId: '', email: 'telephony', role: UserRole.Support, accountId: null };

/** Agents' log-ins and states, each change stored (login-time report, monitoring). */
@Injectable()
export class AgentPresence {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly clock: Clock,
  ) {}

  /** ID and PIN typed on the login line; counts failures under a row lock (brute-force limit). */
  async checkPin(accountId: string, agentNumber: string, pin: string): Promise<PinCheck> {
    const result = await this.dataSource.transaction(async (m) => {
      const agent = await m.findOne(AgentEntity, { where: { accountId, agentNumber }, lock: { mode: 'pessimistic_write' } });
      if (!agent) {
        return { ok: false, reason: 'wrong' } as const;
      }
      const now = this.clock.now();
      if (agent.lockedUntil && agent.lockedUntil > now) {
        return { ok: false, reason: 'locked' } as const;
      }
      if (this.secrets.open(agent.pinSealed) === pin) {
        await m.update(AgentEntity, { id: agent.id }, { failedPinAttempts: 0, lockedUntil: null });
        return { ok: true, agent } as const;
      }
      const failures = agent.failedPinAttempts + 1;
      const locked = failures >= MAX_PIN_FAILURES;
      await m.update(
        AgentEntity,
        { id: agent.id },
        { failedPinAttempts: locked ? 0 : failures, lockedUntil: locked ? new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000) : agent.lockedUntil },
      );
      if (locked) {
        await this.audit.record(SYSTEM, accountId, 'agent.pin-locked', { agentNumber, minutes: PIN_LOCK_MINUTES }, m);
      }
      return { ok: false, reason: locked ? 'locked' : 'wrong' } as const;
    });
    return result;
  }

  private readonly listeners: Array<(agentId: string, state: AgentState) => void> = [];

  /** The call distribution follows log-ins and log-outs made elsewhere (login line, *10/*11). */
  onStateChange(listener: (agentId: string, state: AgentState) => void): void {
    this.listeners.push(listener);
  }

  async setState(agent: Pick<AgentEntity, 'id' | 'accountId'>, state: AgentState, reason: string | null = null, notify = true): Promise<void> {
    const at = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await m.update(AgentEntity, { id: agent.id, accountId: agent.accountId }, { state, stateReason: reason, stateSince: at });
      await m.query(`INSERT INTO agent_state_changes (account_id, agent_id, state, reason, at) VALUES ($1, $2, $3, $4, $5)`, [
        agent.accountId,
        agent.id,
        state,
        reason,
        at,
      ]);
    });
    await this.live.publish(agent.accountId, LIVE_EVENTS.agentState, { agentId: agent.id, state, reason, since: at.toISOString() });
    if (notify) {
      this.listeners.forEach((listener) => listener(agent.id, state));
    }
  }

  /** The agent whose phone this is, for *10 / *11. */
  async agentOfPhone(accountId: string, phoneAccountId: string): Promise<AgentEntity | null> {
    return this.dataSource.getRepository(AgentEntity).findOne({ where: { accountId, phoneAccountId } });
  }
}
