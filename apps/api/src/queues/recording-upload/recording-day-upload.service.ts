import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AccountEntity } from '../../modules/accounts/account.entity';
import { FtpStepError } from '../../modules/recording-upload/ftp-step.error';
import { FtpUploader } from '../../modules/recording-upload/ftp-uploader';
import { RecordingFtpSettingsService } from '../../modules/recording-upload/recording-ftp-settings.service';
import { RecordingUploadRunEntity } from '../../modules/recording-upload/recording-upload-run.entity';
import { remoteRecordingPath } from '../../modules/recording-upload/remote-recording-path';
import { MAX_UPLOAD_ATTEMPTS, shouldGiveUp, UploadRunStatus } from '../../modules/recording-upload/upload-plan';
import { isInUploadWindow, localDayRange } from '../../modules/recording-upload/upload-window';
import { RecordingFiles } from '../../modules/recordings/recording-files.service';
import { RecordingEntity } from '../../modules/recordings/recording.entity';
import { RECORDING_FTP_TIMEOUT } from './recording-upload.constants';

/** Share of the day's files done, for Bull's job progress. */
export type UploadProgress = (percent: number) => void;

/**
 * REC-4: one night's run over one local day. Resumable by construction: a recording leaves
 * 'stored' only after its size is verified on the server, so a crash at any point leaves
 * the rest for the next run, and nothing verified is sent again.
 */
@Injectable()
export class RecordingDayUploadService {
  private readonly logger = new Logger(RecordingDayUploadService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ftpSettings: RecordingFtpSettingsService,
    private readonly files: RecordingFiles,
    private readonly clock: Clock,
    @Inject(RECORDING_FTP_TIMEOUT) private readonly timeoutMs: number,
  ) {}

  async run(accountId: string, day: string, progress: UploadProgress = () => undefined): Promise<RecordingUploadRunEntity | null> {
    const { timeZone } = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
    // A job that waited in the queue past 05:00 does not start: the day is due again next night.
    if (!isInUploadWindow(this.clock.now(), timeZone)) {
      return null;
    }
    const runs = this.dataSource.getRepository(RecordingUploadRunEntity);
    await this.closeAbandonedRuns(accountId, day);
    const recordings = await this.storedRecordings(accountId, day, timeZone);
    if (recordings.length === 0) {
      return null;
    }
    const previous = await runs.find({ where: { accountId, day }, order: { attempt: 'ASC' } });
    const statuses = previous.map((r) => r.status);
    const attempt = (previous.at(-1)?.attempt ?? 0) + 1;
    if (shouldGiveUp(statuses)) {
      return this.giveUp(accountId, day, attempt, recordings, previous.at(-1)?.error ?? null);
    }
    const run = await runs.save(
      runs.create({ accountId, day, attempt, status: 'running', filesTotal: recordings.length, filesUploaded: 0, bytesUploaded: 0, error: null, startedAt: this.clock.now(), finishedAt: null }),
    );
    const target = await this.ftpSettings.target(accountId);
    if (!target) {
      return this.fail(run, 'No FTP server is configured for recordings', statuses, recordings);
    }
    const uploader = new FtpUploader(target.server, this.timeoutMs);
    try {
      await uploader.connect();
      for (const [index, recording] of recordings.entries()) {
        // REC-4: no new file starts after 05:00; the rest waits for the next night.
        if (!isInUploadWindow(this.clock.now(), timeZone)) {
          return this.finish(run, 'interrupted', 'The night upload window ended (05:00); the rest continues next night');
        }
        await this.uploadOne(uploader, recording, target.baseFolder, timeZone, run);
        progress(Math.round((100 * (index + 1)) / recordings.length));
      }
      return this.finish(run, 'succeeded', null);
    } catch (error) {
      if (!(error instanceof FtpStepError)) {
        throw error;
      }
      this.logger.warn(`Upload of ${day} for account ${accountId} failed: ${error.message}`);
      return this.fail(run, error.message, statuses, await this.storedRecordings(accountId, day, timeZone));
    } finally {
      uploader.close();
    }
  }

  private async uploadOne(uploader: FtpUploader, recording: RecordingEntity, baseFolder: string, timeZone: string, run: RecordingUploadRunEntity): Promise<void> {
    if (!recording.storagePath) {
      return;
    }
    const localPath = this.files.absolute(recording.storagePath);
    const remotePath = remoteRecordingPath(baseFolder, recording, timeZone);
    let bytes: number;
    try {
      bytes = (await uploader.upload(localPath, remotePath)).bytes;
    } catch (error) {
      // A row whose file vanished from our disk can never be uploaded: say so instead of failing the day forever.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        await this.files.remove(recording, 'The recording file was missing on the platform', 'deleted');
        return;
      }
      throw error;
    }
    await this.dataSource.getRepository(RecordingEntity).update({ id: recording.id, accountId: recording.accountId }, { remotePath, uploadedAt: this.clock.now() });
    await this.files.remove(recording, 'uploaded to FTP', 'uploaded');
    run.filesUploaded += 1;
    run.bytesUploaded += bytes;
    await this.dataSource.getRepository(RecordingUploadRunEntity).update(run.id, { filesUploaded: run.filesUploaded, bytesUploaded: run.bytesUploaded });
  }

  /** A failed run counts as an attempt; the third one deletes the day's recordings (REC-4). */
  private async fail(run: RecordingUploadRunEntity, error: string, before: UploadRunStatus[], remaining: RecordingEntity[]): Promise<RecordingUploadRunEntity> {
    const failed = await this.finish(run, 'failed', error);
    if (shouldGiveUp([...before, 'failed']) && remaining.length > 0) {
      return this.giveUp(run.accountId, run.day, run.attempt + 1, remaining, error);
    }
    return failed;
  }

  private async giveUp(accountId: string, day: string, attempt: number, recordings: RecordingEntity[], lastError: string | null): Promise<RecordingUploadRunEntity> {
    const reason = `FTP upload failed ${MAX_UPLOAD_ATTEMPTS} times${lastError ? `: ${lastError}` : ''}`.slice(0, 500);
    for (const recording of recordings) {
      await this.files.remove(recording, reason, 'deleted');
    }
    const runs = this.dataSource.getRepository(RecordingUploadRunEntity);
    const now = this.clock.now();
    return runs.save(
      runs.create({
        accountId,
        day,
        attempt,
        status: 'gave-up',
        filesTotal: recordings.length,
        filesUploaded: 0,
        bytesUploaded: 0,
        error: `${recordings.length} recordings of ${day} deleted after ${MAX_UPLOAD_ATTEMPTS} failed uploads${lastError ? ` (last error: ${lastError})` : ''}`.slice(0, 1000),
        startedAt: now,
        finishedAt: now,
      }),
    );
  }

  private async finish(run: RecordingUploadRunEntity, status: UploadRunStatus, error: string | null): Promise<RecordingUploadRunEntity> {
    Object.assign(run, { status, error: error?.slice(0, 1000) ?? null, finishedAt: this.clock.now() });
    await this.dataSource.getRepository(RecordingUploadRunEntity).update(run.id, { status, error: run.error, finishedAt: run.finishedAt, filesUploaded: run.filesUploaded, bytesUploaded: run.bytesUploaded });
    return run;
  }

  /** Runs left 'running' by a stopped worker: the next run of the day takes over. */
  private async closeAbandonedRuns(accountId: string, day: string): Promise<void> {
    await this.dataSource
      .getRepository(RecordingUploadRunEntity)
      .update({ accountId, day, status: 'running' }, { status: 'interrupted', error: 'The upload stopped unexpectedly (platform restart); it continued in the next run', finishedAt: this.clock.now() });
  }

  private storedRecordings(accountId: string, day: string, timeZone: string): Promise<RecordingEntity[]> {
    const { start, end } = localDayRange(day, timeZone);
    return this.dataSource
      .getRepository(RecordingEntity)
      .createQueryBuilder('r')
      .where('r.account_id = :accountId AND r.status = :status', { accountId, status: 'stored' })
      .andWhere('r.started_at >= :start AND r.started_at < :end', { start, end })
      .orderBy('r.started_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }
}
