import { InjectQueue } from '@nestjs/bull';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallList, CallRecord, CreateCallListDto, LIVE_EVENTS, Page, SessionUser } from '@pbx/contracts';
import type { Queue } from 'bull';
import { resolve } from 'node:path';
import { Repository } from 'typeorm';
import { Environment } from '../../config/environment';
import { CALL_LIST_EXPORT_QUEUE } from '../../queues/call-list-export/call-list-export.constants';
import { CallListExportJob } from '../../queues/call-list-export/call-list-export.job';
import { CallsService } from '../calls/calls.service';
import { LiveEvents } from '../live/live-events.service';
import { CallListEntity } from './call-list.entity';

/** REC-6: "Add to queue", then the list appears under "Call lists to download". */
@Injectable()
export class CallListsService {
  constructor(
    @InjectRepository(CallListEntity) private readonly lists: Repository<CallListEntity>,
    @InjectQueue(CALL_LIST_EXPORT_QUEUE) private readonly queue: Queue<CallListExportJob>,
    private readonly calls: CallsService,
    private readonly live: LiveEvents,
    private readonly env: Environment,
  ) {}

  async request(actor: SessionUser, accountId: string, dto: CreateCallListDto): Promise<CallList> {
    if (Date.parse(dto.from) >= Date.parse(dto.to)) {
      throw new BadRequestException('to must be after from');
    }
    const row = await this.lists.save(
      this.lists.create({ accountId, requestedBy: actor.email, from: new Date(dto.from), to: new Date(dto.to), direction: dto.direction ?? null, status: 'queued', progress: 0 }),
    );
    await this.queue.add({ callListId: row.id, accountId }, { jobId: row.id, attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: true });
    return this.changed(row);
  }

  async list(accountId: string): Promise<CallList[]> {
    const rows = await this.lists.find({ where: { accountId }, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map(present);
  }

  async get(accountId: string, id: string): Promise<CallList> {
    return present(await this.find(accountId, id));
  }

  /** "Show": the list's calls as they are now (a recording deleted since has no Play). */
  async callsOf(accountId: string, id: string, page: number, pageSize: number): Promise<Page<CallRecord>> {
    const row = await this.find(accountId, id);
    return this.calls.list(accountId, { from: row.from.toISOString(), to: row.to.toISOString(), direction: row.direction ?? undefined, page, pageSize });
  }

  async file(accountId: string, id: string): Promise<{ path: string; name: string }> {
    const row = await this.find(accountId, id);
    if (row.status !== 'ready' || !row.filePath) {
      throw new NotFoundException('This call list is not ready yet');
    }
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return { path: resolve(this.env.EXPORTS_DIR, row.filePath), name: `call-list_${day(row.from)}_${day(row.to)}.html` };
  }

  /** Saves the row's new state and tells the account's open panels. */
  async update(row: CallListEntity, changes: Partial<CallListEntity>): Promise<CallList> {
    Object.assign(row, changes);
    await this.lists.update({ id: row.id, accountId: row.accountId }, changes);
    return this.changed(row);
  }

  async find(accountId: string, id: string): Promise<CallListEntity> {
    const row = await this.lists.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Call list not found');
    }
    return row;
  }

  private async changed(row: CallListEntity): Promise<CallList> {
    const list = present(row);
    await this.live.publish(row.accountId, LIVE_EVENTS.callListUpdated, list);
    return list;
  }
}

function present(row: CallListEntity): CallList {
  return {
    id: row.id,
    from: row.from.toISOString(),
    to: row.to.toISOString(),
    direction: row.direction,
    status: row.status,
    progress: row.progress,
    rows: row.rows,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
