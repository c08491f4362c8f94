import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { API_PREFIX, Recording, RecordingLink, RecordingOptions, RecordingStorageUsage, ROUTES, ServiceKind, SessionUser } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { TelephonyCommandBus } from '../../telephony/commands/telephony-command.bus';
import { AuditService } from '../audit/audit.service';
import { AccountServicesService } from '../services/account-services.service';
import { RecordingFiles } from './recording-files.service';
import { RecordingLinkSigner } from './recording-link.signer';
import { overWarning, storagePolicy } from './recording-policy';
import { RecordingStore } from './recording-store.service';
import { RecordingEntity } from './recording.entity';

/** What customers do with their recordings: list, listen, download, delete (REC-6). */
@Injectable()
export class RecordingsService {
  constructor(
    @InjectRepository(RecordingEntity) private readonly recordings: Repository<RecordingEntity>,
    private readonly files: RecordingFiles,
    private readonly store: RecordingStore,
    private readonly signer: RecordingLinkSigner,
    private readonly services: AccountServicesService,
    private readonly audit: AuditService,
    private readonly commands: TelephonyCommandBus,
  ) {}

  /** REC-7: pause (card numbers) and resume; the paused span is cut from the file. */
  async pause(actor: SessionUser, accountId: string, id: string, paused: boolean): Promise<Recording> {
    const recording = await this.find(accountId, id);
    if (recording.status !== 'recording') {
      throw new ConflictException('This call has ended: its recording can no longer be paused or resumed');
    }
    const reply = await this.commands.send({ type: paused ? 'recording.pause' : 'recording.resume', callId: recording.callId });
    if (!reply.ok) {
      throw new ConflictException(reply.message ?? 'The recording could not be changed');
    }
    await this.audit.record(actor, accountId, paused ? 'recording.paused' : 'recording.resumed', { id, callId: recording.callId });
    return present(recording);
  }

  async get(accountId: string, id: string): Promise<Recording> {
    return present(await this.find(accountId, id));
  }

  /** Support sees the failed ones of an account (REC-3). */
  async failed(accountId: string): Promise<Recording[]> {
    const rows = await this.recordings.find({ where: { accountId, status: 'failed' }, order: { startedAt: 'DESC' }, take: 200 });
    return rows.map(present);
  }

  async link(accountId: string, id: string): Promise<RecordingLink> {
    const recording = await this.find(accountId, id);
    if (recording.status !== 'stored') {
      throw new NotFoundException('This recording has no audio on the platform (uploaded, deleted or failed)');
    }
    const { expires, signature } = this.signer.sign(accountId, id);
    const url = `/${API_PREFIX}/${ROUTES.recordings}/${id}/audio?account=${accountId}&expires=${expires}&signature=${signature}`;
    return { url, downloadUrl: `${url}&download=1`, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The file behind a signed link; 404 for a bad or expired link, as for a missing file. */
  async audioFile(accountId: string, id: string, expires: number, signature: string): Promise<{ path: string; name: string }> {
    if (!this.signer.verify(accountId, id, expires, signature)) {
      throw new NotFoundException('This link has expired: open the recording again from the call list');
    }
    const recording = await this.find(accountId, id);
    if (recording.status !== 'stored' || !recording.storagePath) {
      throw new NotFoundException('Recording not found');
    }
    const stamp = recording.startedAt.toISOString().replace(/[-:]/g, '').slice(0, 15);
    return { path: this.files.absolute(recording.storagePath), name: `${stamp}_${recording.direction}_${recording.from}_${recording.to}.wav` };
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const recording = await this.find(accountId, id);
    await this.files.remove(recording, `Deleted by ${actor.email}`);
    await this.audit.record(actor, accountId, 'recording.deleted', { id, callId: recording.callId });
  }

  async usage(accountId: string): Promise<RecordingStorageUsage> {
    const state = (await this.services.list(accountId)).find((s) => s.kind === ServiceKind.Recording);
    const policy = storagePolicy((state?.options as RecordingOptions | null) ?? null);
    const usedBytes = await this.store.usedBytes(accountId);
    return {
      storage: state?.options ? policy.storage : null,
      quotaBytes: policy.quotaBytes,
      usedBytes,
      usedShare: policy.quotaBytes ? usedBytes / policy.quotaBytes : null,
      warning: overWarning(policy, usedBytes),
      whenFull: policy.whenFull,
    };
  }

  private async find(accountId: string, id: string): Promise<RecordingEntity> {
    const row = await this.recordings.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Recording not found');
    }
    return row;
  }
}

function present(row: RecordingEntity): Recording {
  return {
    id: row.id,
    callId: row.callId,
    direction: row.direction,
    from: row.from,
    to: row.to,
    startedAt: row.startedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    pausedSeconds: row.pausedSeconds,
    sizeBytes: row.sizeBytes,
    status: row.status,
    failureReason: row.failureReason,
  };
}
