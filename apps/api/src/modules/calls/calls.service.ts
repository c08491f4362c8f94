import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallRecord, ListCallsQueryDto, Page } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { CallRecordEntity } from './call-record.entity';

@Injectable()
export class CallsService {
  constructor(@InjectRepository(CallRecordEntity) private readonly records: Repository<CallRecordEntity>) {}

  async list(accountId: string, query: ListCallsQueryDto): Promise<Page<CallRecord>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.records.createQueryBuilder('c').where('c.account_id = :accountId', { accountId });
    if (query.from) {
      qb.andWhere('c.started_at >= :from', { from: query.from });
    }
    if (query.to) {
      qb.andWhere('c.started_at < :to', { to: query.to });
    }
    if (query.direction) {
      qb.andWhere('c.direction = :direction', { direction: query.direction });
    }
    if (query.number) {
      qb.andWhere('(c.from_number LIKE :number OR c.to_number LIKE :number OR c.did LIKE :number)', {
        number: `%${query.number.replace(/^\+/, '')}%`,
      });
    }
    const [rows, total] = await qb
      .orderBy('c.started_at', 'DESC')
      .addOrderBy('c.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(present), total, page, pageSize };
  }
}

function present(row: CallRecordEntity): CallRecord {
  return {
    id: row.id,
    callId: row.callId,
    direction: row.direction,
    from: row.from,
    to: row.to,
    did: row.did,
    service: row.service,
    startedAt: row.startedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    billableSeconds: row.billableSeconds,
    disposition: row.disposition,
    hangupCause: row.hangupCause,
    hangupCauseText: row.hangupCauseText,
    recordingId: row.recordingId,
  };
}
