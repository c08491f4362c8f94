import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Agent, AgentLoginMode, AgentState, CreateAgentDto, NumberTargetType, ServiceKind, SessionUser, UpdateAgentDto, UserRole } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.service';
import { Clock } from '../../common/time/clock';
import { NO_TELEPHONY, TelephonyCommandBus } from '../../telephony/commands/telephony-command.bus';
import { AgentPresence } from './agent-presence.service';
import { AuditService } from '../audit/audit.service';
import { NumberTargetRegistry } from '../numbers/number-target.registry';
import { PhoneAccountsService } from '../phone-accounts/phone-accounts.service';
import { AccountServicesService } from '../services/account-services.service';
import { AgentEntity } from './agent.entity';
import { generatePin, nextAgentNumber } from './agent-number.util';

/** The services whose work agents do; one of them must be on to manage agents. */
const AGENT_SERVICES = [ServiceKind.CallCenter, ServiceKind.Queues, ServiceKind.Dialer];

/** Holding processes answer at once; silence this long means none holds the agent. */
const AGENT_REPLY_TIMEOUT_MS = 1000;

/** The login line is one per account: its number's target id is the account's id. */
export const LOGIN_LINE_NAME = 'Agent login line';

@Injectable()
export class AgentsService implements OnModuleInit {
  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    private readonly phoneAccounts: PhoneAccountsService,
    private readonly services: AccountServicesService,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly targets: NumberTargetRegistry,
    private readonly commands: TelephonyCommandBus,
    private readonly presence: AgentPresence,
  ) {}

  /** AGD-1 pause with a reason, and back to available; the call distribution decides (no pause mid-call). */
  async setPaused(actor: SessionUser, accountId: string, id: string, reason: string | null): Promise<Agent> {
    const row = await this.find(accountId, id);
    if (row.state === AgentState.LoggedOut) {
      throw new ConflictException('The agent is logged out');
    }
    const command = reason === null ? ({ type: 'agent.resume', agentId: id } as const) : ({ type: 'agent.pause', agentId: id, reason } as const);
    // No call distribution holds the agent (no call came to its queues yet): the stored state is all there is.
    const reply = await this.commands.send(command, AGENT_REPLY_TIMEOUT_MS).catch(() => null);
    if (reply === null || (!reply.ok && reply.message === NO_TELEPHONY)) {
      await this.presence.setState(row, reason === null ? AgentState.Available : AgentState.Paused, reason);
    } else if (!reply.ok) {
      throw new ConflictException(reply.message ?? 'The agent cannot change state now');
    }
    await this.audit.record(actor, accountId, reason === null ? 'agent.resumed' : 'agent.paused', { id, reason });
    return this.get(actor, accountId, id);
  }

  onModuleInit(): void {
    this.targets.register(NumberTargetType.DialerLogin, async (accountId, ids) => new Map(ids.filter((id) => id === accountId).map((id) => [id, LOGIN_LINE_NAME])));
  }

  async list(viewer: SessionUser, accountId: string): Promise<Agent[]> {
    const rows = await this.agents.find({ where: { accountId }, order: { agentNumber: 'ASC' } });
    return rows.map((row) => this.present(row, viewer));
  }

  async get(viewer: SessionUser, accountId: string, id: string): Promise<Agent> {
    return this.present(await this.find(accountId, id), viewer);
  }

  async create(actor: SessionUser, accountId: string, dto: CreateAgentDto): Promise<Agent> {
    await this.assertServiceActive(accountId);
    const loginMode = dto.loginMode ?? AgentLoginMode.Line;
    await this.assertPhoneFits(accountId, loginMode, dto.phoneAccountId ?? null);
    const taken = await this.agents.find({ where: { accountId }, select: { agentNumber: true } });
    const row = await this.agents.save(
      this.agents.create({
        accountId,
        agentNumber: nextAgentNumber(taken.map((a) => a.agentNumber)),
        description: dto.description.trim(),
        pinSealed: this.secrets.seal(dto.pin ?? generatePin()),
        phoneAccountId: dto.phoneAccountId ?? null,
        loginMode,
        // A permanent agent is logged in from the start (CC-2).
        state: loginMode === AgentLoginMode.Permanent ? AgentState.Available : AgentState.LoggedOut,
        stateSince: this.clock.now(),
      }),
    );
    await this.audit.record(actor, accountId, 'agent.created', { id: row.id, agentNumber: row.agentNumber, description: row.description });
    return this.present(row, actor);
  }

  async update(actor: SessionUser, accountId: string, id: string, dto: UpdateAgentDto): Promise<Agent> {
    const row = await this.find(accountId, id);
    const loginMode = dto.loginMode ?? row.loginMode;
    const phoneAccountId = dto.phoneAccountId === undefined ? row.phoneAccountId : dto.phoneAccountId;
    await this.assertPhoneFits(accountId, loginMode, phoneAccountId);
    await this.agents.update(
      { id, accountId },
      {
        ...(dto.description !== undefined && { description: dto.description.trim() }),
        ...(dto.pin !== undefined && { pinSealed: this.secrets.seal(dto.pin), failedPinAttempts: 0, lockedUntil: null }),
        phoneAccountId,
        loginMode,
      },
    );
    await this.audit.record(actor, accountId, 'agent.updated', { id, ...dto, ...(dto.pin !== undefined && { pin: 'changed' }) });
    return this.get(actor, accountId, id);
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const row = await this.find(accountId, id);
    await this.agents.delete({ id, accountId });
    await this.audit.record(actor, accountId, 'agent.deleted', { id, agentNumber: row.agentNumber });
  }

  /** Agents work only while Call Center, waiting queues or the dialer is on (login line too). */
  async hasAgentService(accountId: string): Promise<boolean> {
    const states = await this.services.list(accountId);
    return states.some((s) => AGENT_SERVICES.includes(s.kind) && s.active);
  }

  private async assertServiceActive(accountId: string): Promise<void> {
    if (!(await this.hasAgentService(accountId))) {
      throw new ForbiddenException('Agents work in Call Center, waiting queues or the dialer: activate one of them first');
    }
  }

  /** Permanent and *10/*11 agents take calls on their own phone, so they need one linked. */
  private async assertPhoneFits(accountId: string, loginMode: AgentLoginMode, phoneAccountId: string | null): Promise<void> {
    if (phoneAccountId) {
      await this.phoneAccounts.get(accountId, phoneAccountId);
    } else if (loginMode !== AgentLoginMode.Line) {
      throw new BadRequestException(`phoneAccountId: the ${loginMode} login mode needs a linked phone account`);
    }
  }

  private async find(accountId: string, id: string): Promise<AgentEntity> {
    const row = await this.agents.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Agent not found');
    }
    return row;
  }

  private present(row: AgentEntity, viewer: SessionUser): Agent {
    return {
      id: row.id,
      agentNumber: row.agentNumber,
      description: row.description,
      pin: viewer.role === UserRole.CustomerAdmin ? this.secrets.open(row.pinSealed) : null,
      phoneAccountId: row.phoneAccountId,
      loginMode: row.loginMode,
      state: row.state,
      stateReason: row.stateReason,
      stateSince: row.stateSince.toISOString(),
      lockedUntil: row.lockedUntil && row.lockedUntil > this.clock.now() ? row.lockedUntil.toISOString() : null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
