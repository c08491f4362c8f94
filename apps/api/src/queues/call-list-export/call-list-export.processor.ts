import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bull';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Repository } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { Environment } from '../../config/environment';
import { AccountEntity } from '../../modules/accounts/account.entity';
import { callListHtml } from '../../modules/call-lists/call-list-html';
import { CallListsService } from '../../modules/call-lists/call-lists.service';
import { CallsService } from '../../modules/calls/calls.service';
import { CALL_LIST_EXPORT_QUEUE } from './call-list-export.constants';
import { CallListExportJob } from './call-list-export.job';

const PAGE = 500;

/** Generates a call list page by page, reporting progress as it goes. */
@Processor(CALL_LIST_EXPORT_QUEUE)
export class CallListExportProcessor {
  private readonly logger = new Logger(CallListExportProcessor.name);

  constructor(
    private readonly lists: CallListsService,
    private readonly calls: CallsService,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly env: Environment,
    private readonly clock: Clock,
  ) {}

  @Process()
  async generate(job: Job<CallListExportJob>): Promise<void> {
    const row = await this.lists.find(job.data.accountId, job.data.callListId);
    const account = await this.accounts.findOneOrFail({ where: { id: row.accountId } });
    await this.lists.update(row, { status: 'running', progress: 0, error: null });
    try {
      const filter = { from: row.from.toISOString(), to: row.to.toISOString(), direction: row.direction ?? undefined, pageSize: PAGE };
      const first = await this.calls.list(row.accountId, { ...filter, page: 1 });
      const records = [...first.items];
      for (let page = 2; records.length < first.total; page += 1) {
        const next = await this.calls.list(row.accountId, { ...filter, page });
        if (next.items.length === 0) {
          break;
        }
        records.push(...next.items);
        const progress = Math.floor((records.length / first.total) * 90);
        await this.lists.update(row, { progress });
        await job.progress(progress);
      }
      const filePath = join(row.accountId, `${row.id}.html`);
      const absolute = resolve(this.env.EXPORTS_DIR, filePath);
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, callListHtml({ accountName: account.name, timeZone: account.timeZone, from: row.from, to: row.to, direction: row.direction }, records));
      await this.lists.update(row, { status: 'ready', progress: 100, rows: records.length, filePath, finishedAt: this.clock.now() });
      await job.progress(100);
    } catch (error) {
      this.logger.error(`Call list ${row.id} failed: ${String(error)}`);
      await this.lists.update(row, { status: 'failed', error: 'The list could not be generated; try again', finishedAt: this.clock.now() });
      throw error;
    }
  }
}
