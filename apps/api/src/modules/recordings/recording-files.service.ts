import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { Environment } from '../../config/environment';
import { RecordingEntity } from './recording.entity';

/**
 * The recording files on the platform's disk and the account's storage use: every byte
 * added or removed goes through here, so usage always matches the files (REC-5).
 */
@Injectable()
export class RecordingFiles {
  private readonly root: string;

  constructor(
    env: Environment,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.root = resolve(env.RECORDINGS_DIR);
  }

  /** `<account>/<yyyy>/<mm>/<dd>/<recording id>.wav`, relative to the root. */
  relativePath(recording: Pick<RecordingEntity, 'id' | 'accountId' | 'startedAt'>): string {
    const day = recording.startedAt.toISOString().slice(0, 10).split('-');
    return join(recording.accountId, ...day, `${recording.id}.wav`);
  }

  absolute(relativePath: string): string {
    const path = resolve(this.root, relativePath);
    if (!path.startsWith(this.root + '/')) {
      throw new Error(`Recording path outside the store: ${relativePath}`);
    }
    return path;
  }

  async ensureDirectory(relativePath: string): Promise<string> {
    const path = this.absolute(relativePath);
    await mkdir(dirname(path), { recursive: true });
    return path;
  }

  async sizeOf(relativePath: string): Promise<number> {
    return (await stat(this.absolute(relativePath))).size;
  }

  /**
   * Removes a stored recording's file and gives its bytes back to the account; `reason`
   * is kept on the row ("uploaded", "deleted by the customer", "quota: oldest removed" …).
   */
  async remove(recording: RecordingEntity, reason: string, status: 'deleted' | 'uploaded' = 'deleted', manager?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      const freed = recording.storagePath && recording.sizeBytes ? recording.sizeBytes : 0;
      await m.update(
        RecordingEntity,
        { id: recording.id, accountId: recording.accountId },
        { status, storagePath: null, deletedAt: status === 'deleted' ? this.clock.now() : null, deletedReason: status === 'deleted' ? reason : null },
      );
      if (freed > 0) {
        await m.query(`UPDATE recording_storage SET used_bytes = used_bytes - $2 WHERE account_id = $1`, [recording.accountId, freed]);
      }
    };
    await (manager ? run(manager) : this.dataSource.transaction(run));
    if (recording.storagePath) {
      await rm(this.absolute(recording.storagePath), { force: true });
    }
  }
}
