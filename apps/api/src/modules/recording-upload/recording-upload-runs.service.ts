import { RecordingUploadRun } from '@pbx/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RecordingUploadRunEntity } from './recording-upload-run.entity';

/** REC-4: the customer's view of the nightly uploads and their failures. */
@Injectable()
export class RecordingUploadRunsService {
  constructor(@InjectRepository(RecordingUploadRunEntity) private readonly runs: Repository<RecordingUploadRunEntity>) {}

  async list(accountId: string, limit = 200): Promise<RecordingUploadRun[]> {
    const rows = await this.runs.find({ where: { accountId }, order: { startedAt: 'DESC', attempt: 'DESC' }, take: limit });
    return rows.map((row) => ({
      id: row.id,
      day: row.day,
      attempt: row.attempt,
      status: row.status,
      filesUploaded: row.filesUploaded,
      filesTotal: row.filesTotal,
      bytesUploaded: row.bytesUploaded,
      error: row.error,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    }));
  }
}
