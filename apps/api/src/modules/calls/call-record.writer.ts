import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CallRecordEntity } from './call-record.entity';

export type NewCallRecord = Omit<CallRecordEntity, 'id' | 'account'>;

const FLUSH_EVERY_MS = 50;
const FLUSH_AT_ROWS = 200;

/**
 * CDRs are batched: one multi-row INSERT per 50 ms instead of one per leg, which keeps
 * the database off the call path at hundreds of set-ups per second (issue 3, item 11).
 * A channel id is unique, so a re-adopted call cannot write its leg twice.
 */
@Injectable()
export class CallRecordWriter implements OnApplicationShutdown {
  private readonly logger = new Logger(CallRecordWriter.name);
  private pending: Array<{ row: NewCallRecord; done: (error?: unknown) => void }> = [];
  private timer?: NodeJS.Timeout;

  constructor(@InjectRepository(CallRecordEntity) private readonly records: Repository<CallRecordEntity>) {}

  /** Resolves once the row is committed. */
  write(row: NewCallRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, done: (error) => (error ? reject(error) : resolve()) });
      if (this.pending.length >= FLUSH_AT_ROWS) {
        void this.flush();
      } else {
        this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
      }
    });
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) {
      return;
    }
    try {
      await this.records.createQueryBuilder().insert().values(batch.map((b) => b.row)).orIgnore().execute();
      batch.forEach((b) => b.done());
    } catch (error) {
      this.logger.error(`Could not write ${batch.length} call records: ${String(error)}`);
      batch.forEach((b) => b.done(error));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
