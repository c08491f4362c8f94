import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogEntry, SessionUser } from '@pbx/contracts';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AuditLogEntryEntity } from './audit-log-entry.entity';

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntryEntity) private readonly entries: Repository<AuditLogEntryEntity>,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's manager so the entry commits or rolls back with the change. */
  async record(
    actor: SessionUser,
    accountId: string | null,
    action: string,
    details: Record<string, unknown> = {},
    manager?: EntityManager,
  ): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntryEntity) : this.entries;
    await repository.save(
      repository.create({ accountId, actorUserId: actor.userId || null, actorEmail: actor.email, action, details, at: this.clock.now() }),
    );
  }

  async list(accountId: string, limit = 200): Promise<AuditLogEntry[]> {
    const rows = await this.entries.find({ where: { accountId }, order: { at: 'DESC' }, take: limit });
    return rows.map((row) => ({
      id: row.id,
      accountId: row.accountId,
      actorEmail: row.actorEmail,
      action: row.action,
      details: row.details,
      at: row.at.toISOString(),
    }));
  }
}
