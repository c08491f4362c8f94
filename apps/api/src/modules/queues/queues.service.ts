import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';
import { QUEUE_MONITOR } from './queue-monitor.key';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings, validateQueueSettings } from '@pbx/acd-engine';
import {
  CreateQueueDto,
  NumberTargetType,
  Queue,
  QueueKind,
  QueueMember,
  QueueMemberType,
  QueueMonitorSnapshot,
  QueueSettingsDto,
  ServiceKind,
  SessionUser,
  SetQueueMembersDto,
  UpdateQueueDto,
} from '@pbx/contracts';
import { DataSource, In, Repository } from 'typeorm';
import { AgentEntity } from '../agents/agent.entity';
import { AuditService } from '../audit/audit.service';
import { NumberTargetRegistry } from '../numbers/number-target.registry';
import { NumbersService } from '../numbers/numbers.service';
import { PhoneAccountEntity } from '../phone-accounts/phone-account.entity';
import { AccountServicesService } from '../services/account-services.service';
import { QueueMemberEntity } from './queue-member.entity';
import { QueueEntity } from './queue.entity';

/** Which service each kind belongs to, and the number target type pointing at it. */
export const QUEUE_KINDS: Record<QueueKind, { service: ServiceKind; target: NumberTargetType }> = {
  [QueueKind.WaitingQueue]: { service: ServiceKind.Queues, target: NumberTargetType.Queue },
  [QueueKind.CallCenterCampaign]: { service: ServiceKind.CallCenter, target: NumberTargetType.CallCenterCampaign },
};

@Injectable()
export class QueuesService implements OnModuleInit {
  constructor(
    @InjectRepository(QueueEntity) private readonly queues: Repository<QueueEntity>,
    @InjectRepository(QueueMemberEntity) private readonly members: Repository<QueueMemberEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: AccountServicesService,
    private readonly targets: NumberTargetRegistry,
    private readonly numbers: NumbersService,
    private readonly audit: AuditService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  onModuleInit(): void {
    for (const [kind, { target }] of Object.entries(QUEUE_KINDS)) {
      this.targets.register(target, async (accountId, ids) => {
        const rows = await this.queues.find({ where: { accountId, kind: kind as QueueKind, id: In(ids) }, select: { id: true, name: true } });
        return new Map(rows.map((r) => [r.id, r.name]));
      });
    }
  }

  async list(accountId: string): Promise<Queue[]> {
    const rows = await this.queues.find({ where: { accountId }, order: { name: 'ASC' } });
    return Promise.all(rows.map((row) => this.present(row)));
  }

  async get(accountId: string, id: string): Promise<Queue> {
    return this.present(await this.find(accountId, id));
  }

  async create(actor: SessionUser, accountId: string, dto: CreateQueueDto): Promise<Queue> {
    if (!(await this.services.isActive(accountId, QUEUE_KINDS[dto.kind].service))) {
      throw new ForbiddenException(`Activate the ${QUEUE_KINDS[dto.kind].service} service first`);
    }
    const settings = this.checked(dto.settings ?? {});
    const row = await this.queues.save(this.queues.create({ accountId, kind: dto.kind, name: dto.name.trim(), settings }));
    await this.audit.record(actor, accountId, 'queue.created', { id: row.id, kind: row.kind, name: row.name });
    return this.present(row);
  }

  async update(actor: SessionUser, accountId: string, id: string, dto: UpdateQueueDto): Promise<Queue> {
    const row = await this.find(accountId, id);
    const settings = dto.settings ? this.checked({ ...row.settings, ...dto.settings }) : row.settings;
    await this.queues.update({ id, accountId }, { ...(dto.name !== undefined && { name: dto.name.trim() }), settings });
    await this.audit.record(actor, accountId, 'queue.updated', { id, ...dto });
    return this.get(accountId, id);
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const row = await this.find(accountId, id);
    await this.numbers.detachTarget(accountId, QUEUE_KINDS[row.kind].target, id);
    await this.queues.delete({ id, accountId });
    await this.audit.record(actor, accountId, 'queue.deleted', { id, name: row.name });
  }

  /** Replaces the member list; every agent and phone account must be the account's own. */
  async setMembers(actor: SessionUser, accountId: string, id: string, dto: SetQueueMembersDto): Promise<Queue> {
    const row = await this.find(accountId, id);
    const agentIds = dto.members.filter((m) => m.type === QueueMemberType.Agent).map((m) => m.agentId);
    const phoneIds = dto.members.filter((m) => m.type === QueueMemberType.PhoneAccount).map((m) => m.phoneAccountId);
    dto.members.forEach((m, i) => {
      const missing =
        (m.type === QueueMemberType.Agent && !m.agentId && 'agentId') ||
        (m.type === QueueMemberType.PhoneAccount && !m.phoneAccountId && 'phoneAccountId') ||
        (m.type === QueueMemberType.ExternalNumber && !m.number && 'number');
      if (missing) {
        throw new BadRequestException(`members.${i}.${missing} is required for a member of type ${m.type}`);
      }
    });
    const agents = agentIds.length ? await this.dataSource.getRepository(AgentEntity).countBy({ accountId, id: In(agentIds as string[]) }) : 0;
    const phones = phoneIds.length ? await this.dataSource.getRepository(PhoneAccountEntity).countBy({ accountId, id: In(phoneIds as string[]) }) : 0;
    if (agents !== new Set(agentIds).size || phones !== new Set(phoneIds).size) {
      throw new NotFoundException('members: an agent or phone account was not found');
    }
    await this.dataSource.transaction(async (m) => {
      await m.delete(QueueMemberEntity, { queueId: id, accountId });
      await m.save(
        QueueMemberEntity,
        dto.members.map((member) =>
          m.create(QueueMemberEntity, {
            accountId,
            queueId: id,
            type: member.type,
            agentId: member.type === QueueMemberType.Agent ? (member.agentId as string) : null,
            phoneAccountId: member.type === QueueMemberType.PhoneAccount ? (member.phoneAccountId as string) : null,
            number: member.type === QueueMemberType.ExternalNumber ? (member.number as string) : null,
            level: member.level ?? 1,
          }),
        ),
      );
    });
    await this.audit.record(actor, accountId, 'queue.members-set', { id, name: row.name, count: dto.members.length });
    return this.get(accountId, id);
  }

  /** CC-6: the latest figures, or zeros for a queue no call has reached yet. */
  async monitor(accountId: string, id: string): Promise<QueueMonitorSnapshot> {
    const row = await this.find(accountId, id);
    const raw = await this.redis.get(QUEUE_MONITOR(row.id));
    if (raw) {
      return JSON.parse(raw) as QueueMonitorSnapshot;
    }
    const settings = { ...DEFAULT_QUEUE_SETTINGS, ...row.settings };
    return {
      queueId: row.id,
      answered: 0,
      unanswered: 0,
      waiting: [],
      averageWaitSeconds: null,
      maxWaitSeconds: null,
      longestWaitingNowSeconds: null,
      averageTalkSeconds: null,
      slaSeconds: settings.slaSeconds,
      slaShare: null,
      agents: [],
      updatedAt: new Date().toISOString(),
    };
  }

  async find(accountId: string, id: string): Promise<QueueEntity> {
    const row = await this.queues.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Queue not found');
    }
    return row;
  }

  /** The engine's own validator, so the API and the engine can never disagree. */
  private checked(settings: QueueSettingsDto): QueueSettingsDto {
    const errors = validateQueueSettings(resolveQueueSettings(settings));
    if (errors.length) {
      throw new BadRequestException(errors.map((e) => `settings.${e.field}: ${e.message}`));
    }
    return settings;
  }

  private async present(row: QueueEntity): Promise<Queue> {
    const members = await this.members.find({ where: { queueId: row.id, accountId: row.accountId }, order: { level: 'ASC' } });
    const agents = await this.dataSource.getRepository(AgentEntity).find({ where: { accountId: row.accountId, id: In(members.map((m) => m.agentId).filter(Boolean) as string[]) } });
    const phones = await this.dataSource.getRepository(PhoneAccountEntity).find({ where: { accountId: row.accountId, id: In(members.map((m) => m.phoneAccountId).filter(Boolean) as string[]) } });
    const label = (m: QueueMemberEntity): string =>
      (m.agentId && agents.find((a) => a.id === m.agentId)?.description) || (m.phoneAccountId && phones.find((p) => p.id === m.phoneAccountId)?.name) || m.number || '';
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      settings: { ...DEFAULT_QUEUE_SETTINGS, ...row.settings } as Queue['settings'],
      members: members.map((m): QueueMember => ({ type: m.type, agentId: m.agentId, phoneAccountId: m.phoneAccountId, number: m.number, level: m.level, label: label(m) })),
      createdAt: row.createdAt.toISOString(),
    };
  }
}
