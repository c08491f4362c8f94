import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallRecord, ListCallsQueryDto, Page } from '@pbx/contracts';
import { In, Repository } from 'typeorm';
import { RecordingEntity } from '../recordings/recording.entity';
import { CallRecordEntity } from './call-record.entity';

@Injectable()
export class CallsService {
  constructor(
    @InjectRepository(CallRecordEntity) private readonly records: Repository<CallRecordEntity>,
    @InjectRepository(RecordingEntity) private readonly recordings: Repository<RecordingEntity>,
  ) {}

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
    const recordingIds = [...new Set(rows.map((r) => r.recordingId).filter((id): id is string => id !== null))];
    const recordings = recordingIds.length
      ? await this.recordings.find({ where: { accountId, id: In(recordingIds) }, select: { id: true, status: true, pausedSeconds: true } })
      : [];
    const byId = new Map(recordings.map((r) => [r.id, { id: r.id, status: r.status, pausedSeconds: r.pausedSeconds }]));
    return { items: rows.map((row) => present(row, row.recordingId ? (byId.get(row.recordingId) ?? null) : null)), total, page, pageSize };
  }
}

function present(row: CallRecordEntity, recording: CallRecord['recording']): CallRecord {
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
    recording,
  };
}
