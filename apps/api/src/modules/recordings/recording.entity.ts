import { CallDirection } from '@pbx/contracts';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

export type RecordingStatus = 'recording' | 'stored' | 'failed' | 'uploaded' | 'deleted';

/** One recorded call, both parties, from answer to hang-up (REC-3 of issue 4). */
@Entity('recordings')
export class RecordingEntity extends TenantOwnedEntity {
  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  /** The live/stored recording's name in Asterisk. */
  @Column({ name: 'asterisk_name', unique: true })
  asteriskName!: string;

  @Column({ type: 'varchar' })
  direction!: CallDirection;

  @Column({ name: 'from_number' })
  from!: string;

  @Column({ name: 'to_number' })
  to!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'duration_seconds', type: 'int', nullable: true })
  durationSeconds!: number | null;

  /** REC-7: time cut out of the file while the recording was paused. */
  @Column({ name: 'paused_seconds', type: 'int', default: 0 })
  pausedSeconds!: number;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: { to: (v?: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes!: number | null;

  /** Relative to RECORDINGS_DIR. */
  @Column({ name: 'storage_path', type: 'varchar', nullable: true })
  storagePath!: string | null;

  @Column({ type: 'varchar' })
  status!: RecordingStatus;

  @Column({ name: 'failure_reason', type: 'varchar', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'remote_path', type: 'varchar', nullable: true })
  remotePath!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', nullable: true })
  uploadedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_reason', type: 'varchar', nullable: true })
  deletedReason!: string | null;
}
