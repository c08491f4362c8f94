import { InjectQueue } from '@nestjs/bull';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecordingStorage, ServiceKind } from '@pbx/contracts';
import { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { Environment } from '../../config/environment';
import { dueDays, PendingDay, uploadJobId } from '../../modules/recording-upload/upload-plan';
import { isInUploadWindow, localDay, localDayStart, uploadNight } from '../../modules/recording-upload/upload-window';
import { RECORDING_UPLOAD_QUEUE, SCHEDULE_EVERY_MS, SCHEDULE_UPLOADS_JOB, UPLOAD_DAY_JOB } from './recording-upload.constants';
import { RecordingUploadJob } from './recording-upload.job';

/**
 * REC-4: every 10 minutes, for accounts sending recordings to FTP whose local time is in
 * 23:00–05:00, enqueues each past day still holding stored recordings and not tried tonight.
 */
@Injectable()
export class RecordingUploadScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(RECORDING_UPLOAD_QUEUE) private readonly queue: Queue<RecordingUploadJob | Record<string, never>>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly env: Environment,
  ) {}

  /** One repeatable job for the whole cluster (Bull dedupes it by its repeat key); tests drive the scheduler themselves. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.env.NODE_ENV === 'test' || !['all', 'worker'].includes(this.env.ROLE)) {
      return;
    }
    await this.queue.add(SCHEDULE_UPLOADS_JOB, {}, { repeat: { every: SCHEDULE_EVERY_MS }, removeOnComplete: true, removeOnFail: true });
  }

  /** Returns the job ids it enqueued (already queued ones are ignored by Bull). */
  async enqueueDueUploads(): Promise<string[]> {
    const now = this.clock.now();
    const accounts: { account_id: string; time_zone: string }[] = await this.dataSource.query(
      `SELECT s.account_id, a.time_zone FROM account_services s JOIN accounts a ON a.id = s.account_id
        WHERE s.kind = $1 AND s.active AND s.options->>'storage' = $2`,
      [ServiceKind.Recording, RecordingStorage.Ftp],
    );
    const enqueued: string[] = [];
    for (const { account_id: accountId, time_zone: timeZone } of accounts) {
      if (!isInUploadWindow(now, timeZone)) {
        continue;
      }
      const night = uploadNight(now, timeZone);
      for (const day of dueDays(now, timeZone, await this.pendingDays(accountId, timeZone, now))) {
        const jobId = uploadJobId(accountId, day, night);
        await this.queue.add(UPLOAD_DAY_JOB, { accountId, day }, { jobId, removeOnComplete: 100, removeOnFail: 100 });
        enqueued.push(jobId);
      }
    }
    return enqueued;
  }

  private async pendingDays(accountId: string, timeZone: string, now: Date): Promise<PendingDay[]> {
    const todayStart = localDayStart(localDay(now, timeZone), timeZone);
    const rows: { day: string; last_run: Date | null }[] = await this.dataSource.query(
      `SELECT d.day, (SELECT max(u.started_at) FROM recording_upload_runs u WHERE u.account_id = $1 AND u.day = d.day::date) AS last_run
         FROM (SELECT DISTINCT to_char(started_at AT TIME ZONE $2, 'YYYY-MM-DD') AS day
                 FROM recordings WHERE account_id = $1 AND status = 'stored' AND started_at < $3) d`,
      [accountId, timeZone, todayStart],
    );
    return rows.map((r) => ({ day: r.day, lastRunStartedAt: r.last_run ? new Date(r.last_run) : null }));
  }
}
