import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallDirection, RecordingOptions, ServiceKind, UserRole } from '@pbx/contracts';
import { rename, rm } from 'node:fs/promises';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { AccountServiceEntity } from '../services/account-service.entity';
import { AccountServicesService } from '../services/account-services.service';
import { RecordingFiles } from './recording-files.service';
import { admit, overWarning, storagePolicy } from './recording-policy';
import { RecordingEntity } from './recording.entity';

export interface NewRecording {
  accountId: string;
  callId: string;
  asteriskName: string;
  direction: CallDirection;
  from: string;
  to: string;
  startedAt: Date;
}

/** Recording starts just after the answer and stops just after the first hang-up. */
const PAUSE_TOLERANCE_SECONDS = 2;

const SYSTEM = { userId: '', email: 'platform', role: UserRole.Support, accountId: null };

/**
 * Recordings from start to stored file: the call engine opens one when a call is bridged
 * and hands over the finished file; quota and eviction happen here, under a row lock.
 */
@Injectable()
export class RecordingStore implements OnModuleInit {
  private readonly logger = new Logger(RecordingStore.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: RecordingFiles,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly services: AccountServicesService,
  ) {}

  onModuleInit(): void {
    this.services.onChange(ServiceKind.Recording, async (accountId, _options, active) => {
      if (active) {
        await this.enforceQuota(accountId);
      }
    });
  }

  /** Whether a call of this account may be recorded now: service on, and room or room to make. */
  async mayRecord(accountId: string): Promise<boolean> {
    const service = await this.dataSource.getRepository(AccountServiceEntity).findOne({ where: { accountId, kind: ServiceKind.Recording, active: true } });
    if (!service) {
      return false;
    }
    const policy = storagePolicy(service.options as RecordingOptions | null);
    if (policy.quotaBytes === null || policy.whenFull !== 'stop-recording') {
      return true;
    }
    return (await this.usedBytes(accountId)) < policy.quotaBytes;
  }

  async open(recording: NewRecording): Promise<string> {
    const row = await this.dataSource.getRepository(RecordingEntity).save({ ...recording, status: 'recording' as const, pausedSeconds: 0 });
    return row.id;
  }

  /**
   * Takes a finished file (already on this machine, at `tempPath`) into the account's
   * storage. Concurrent finishes of one account queue on its storage row, so together they
   * can never push the total over the quota.
   */
  async accept(asteriskName: string, tempPath: string, size: number, durationSeconds: number, endedAt: Date): Promise<RecordingEntity | null> {
    const repository = this.dataSource.getRepository(RecordingEntity);
    const recording = await repository.findOne({ where: { asteriskName } });
    if (!recording) {
      await rm(tempPath, { force: true });
      return null;
    }
    const storagePath = this.files.relativePath(recording);
    const finalPath = await this.files.ensureDirectory(storagePath);
    // The file is in place before the row says so; a failed transaction removes it again.
    await rename(tempPath, finalPath);
    const wallSeconds = Math.max(0, Math.round((endedAt.getTime() - recording.startedAt.getTime()) / 1000));
    // What the file lacks of the call's length was paused (REC-7); a second or so is set-up and tear-down.
    const missing = wallSeconds - Math.round(durationSeconds);
    const pausedSeconds = missing >= PAUSE_TOLERANCE_SECONDS ? missing : 0;
    let evicted: RecordingEntity[] = [];
    try {
      const kept = await this.dataSource.transaction(async (m) => {
        await m.query(`INSERT INTO recording_storage (account_id) VALUES ($1) ON CONFLICT DO NOTHING`, [recording.accountId]);
        const [{ used_bytes }] = await m.query<Array<{ used_bytes: string }>>(
          `SELECT used_bytes FROM recording_storage WHERE account_id = $1 FOR UPDATE`,
          [recording.accountId],
        );
        const service = await m.getRepository(AccountServiceEntity).findOne({ where: { accountId: recording.accountId, kind: ServiceKind.Recording } });
        const policy = storagePolicy((service?.options as RecordingOptions | null) ?? null);
        const candidates = await m.getRepository(RecordingEntity).find({
          where: { accountId: recording.accountId, status: 'stored' },
          order: { startedAt: 'ASC' },
          select: { id: true, sizeBytes: true },
          take: 1000,
        });
        const decision = admit(policy, Number(used_bytes), size, candidates.map((c) => ({ id: c.id, sizeBytes: c.sizeBytes ?? 0 })));
        const ended = { endedAt, durationSeconds: Math.round(durationSeconds), pausedSeconds };
        if (!decision.admit) {
          await m.update(RecordingEntity, { id: recording.id }, { ...ended, status: 'failed', failureReason: 'Recording storage is full' });
          return false;
        }
        evicted = decision.evict.length ? await m.getRepository(RecordingEntity).find({ where: { id: In(decision.evict) } }) : [];
        for (const old of evicted) {
          await this.files.remove(old, 'Recording storage full: oldest recordings removed first', 'deleted', m);
        }
        await m.update(RecordingEntity, { id: recording.id }, { ...ended, status: 'stored', storagePath, sizeBytes: size });
        await m.query(`UPDATE recording_storage SET used_bytes = used_bytes + $2 WHERE account_id = $1`, [recording.accountId, size]);
        const used = Number(used_bytes) - evicted.reduce((sum, old) => sum + (old.sizeBytes ?? 0), 0) + size;
        await this.warnIfNeeded(m, recording.accountId, overWarning(policy, used), used, policy.quotaBytes);
        return true;
      });
      if (!kept) {
        await rm(finalPath, { force: true });
      }
    } catch (error) {
      await rm(finalPath, { force: true });
      throw error;
    }
    if (evicted.length) {
      await this.audit.record(SYSTEM, recording.accountId, 'recording.evicted', { count: evicted.length, reason: 'storage full' });
    }
    return repository.findOne({ where: { id: recording.id } });
  }

  /**
   * REC-5 after a change of options: when the quota is now smaller than what is stored, the
   * oldest recordings go until the total fits (the change dialog says so), whatever the policy.
   */
  async enforceQuota(accountId: string): Promise<number> {
    const evicted = await this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO recording_storage (account_id) VALUES ($1) ON CONFLICT DO NOTHING`, [accountId]);
      const [{ used_bytes }] = await m.query<Array<{ used_bytes: string }>>(`SELECT used_bytes FROM recording_storage WHERE account_id = $1 FOR UPDATE`, [accountId]);
      const service = await m.getRepository(AccountServiceEntity).findOne({ where: { accountId, kind: ServiceKind.Recording } });
      const policy = storagePolicy((service?.options as RecordingOptions | null) ?? null);
      if (policy.quotaBytes === null || Number(used_bytes) <= policy.quotaBytes) {
        return [];
      }
      const stored = await m.getRepository(RecordingEntity).find({ where: { accountId, status: 'stored' }, order: { startedAt: 'ASC' } });
      const gone: RecordingEntity[] = [];
      let used = Number(used_bytes);
      for (const old of stored) {
        if (used <= policy.quotaBytes) {
          break;
        }
        await this.files.remove(old, 'Quota made smaller: oldest recordings removed until the total fits', 'deleted', m);
        used -= old.sizeBytes ?? 0;
        gone.push(old);
      }
      return gone;
    });
    if (evicted.length) {
      await this.audit.record(SYSTEM, accountId, 'recording.evicted', { count: evicted.length, reason: 'quota made smaller' });
    }
    return evicted.length;
  }

  /** REC-3: a recording Asterisk could not make is kept as failed, for support to see. */
  async fail(asteriskName: string, reason: string): Promise<void> {
    this.logger.warn(`Recording ${asteriskName} failed: ${reason}`);
    await this.dataSource
      .getRepository(RecordingEntity)
      .update({ asteriskName, status: 'recording' }, { status: 'failed', failureReason: reason, endedAt: this.clock.now() });
  }

  async usedBytes(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ used_bytes: string }>>(`SELECT used_bytes FROM recording_storage WHERE account_id = $1`, [accountId]);
    return Number(row?.used_bytes ?? 0);
  }

  /** REC-5: warn once when usage crosses 90%, and again after it fell below and crossed anew. */
  private async warnIfNeeded(m: import('typeorm').EntityManager, accountId: string, over: boolean, used: number, quota: number | null): Promise<void> {
    const [{ warned_at }] = await m.query<Array<{ warned_at: Date | null }>>(`SELECT warned_at FROM recording_storage WHERE account_id = $1`, [accountId]);
    if (over && !warned_at) {
      await m.query(`UPDATE recording_storage SET warned_at = $2 WHERE account_id = $1`, [accountId, this.clock.now()]);
      await this.audit.record(SYSTEM, accountId, 'recording.storage-warning', { usedBytes: used, quotaBytes: quota }, m);
    } else if (!over && warned_at) {
      await m.query(`UPDATE recording_storage SET warned_at = NULL WHERE account_id = $1`, [accountId]);
    }
  }
}
