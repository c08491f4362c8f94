import { Process, Processor } from '@nestjs/bull';
import { Job } from 'bull';
import { RECORDING_UPLOAD_QUEUE, SCHEDULE_UPLOADS_JOB, UPLOAD_DAY_JOB } from './recording-upload.constants';
import { RecordingDayUploadService } from './recording-day-upload.service';
import { RecordingUploadJob } from './recording-upload.job';
import { RecordingUploadScheduler } from './recording-upload.scheduler';

/** Thin: the work is in RecordingDayUploadService and RecordingUploadScheduler. */
@Processor(RECORDING_UPLOAD_QUEUE)
export class RecordingUploadProcessor {
  constructor(
    private readonly dayUpload: RecordingDayUploadService,
    private readonly scheduler: RecordingUploadScheduler,
  ) {}

  /** One upload at a time per worker: the customers' FTP servers, not our CPU, are the limit. */
  @Process({ name: UPLOAD_DAY_JOB, concurrency: 1 })
  async uploadDay(job: Job<RecordingUploadJob>): Promise<{ runId: string | null; status: string | null }> {
    const run = await this.dayUpload.run(job.data.accountId, job.data.day, (percent) => void job.progress(percent));
    return { runId: run?.id ?? null, status: run?.status ?? null };
  }

  @Process(SCHEDULE_UPLOADS_JOB)
  async schedule(): Promise<{ enqueued: string[] }> {
    return { enqueued: await this.scheduler.enqueueDueUploads() };
  }
}
