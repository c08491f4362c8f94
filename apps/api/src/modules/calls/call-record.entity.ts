import { CallDirection, CallDisposition } from '@pbx/contracts';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** One leg of a call (CDR), written when the leg ends. */
@Entity('call_records')
@Index(['accountId', 'startedAt'])
export class CallRecordEntity extends TenantOwnedEntity {
  /** Shared by the legs of one call. */
  @Index()
  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  /** The Asterisk channel this leg was. */
  @Column({ name: 'channel_id' })
  channelId!: string;

  @Column({ type: 'varchar' })
  direction!: CallDirection;

  @Column({ name: 'from_number' })
  from!: string;

  @Column({ name: 'to_number' })
  to!: string;

  @Column({ type: 'varchar', nullable: true })
  did!: string | null;

  @Column({ type: 'varchar', nullable: true })
  service!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz' })
  endedAt!: Date;

  @Column({ name: 'duration_seconds', type: 'int' })
  durationSeconds!: number;

  @Column({ name: 'billable_seconds', type: 'int' })
  billableSeconds!: number;

  @Column({ type: 'varchar' })
  disposition!: CallDisposition;

  @Column({ name: 'hangup_cause', type: 'int' })
  hangupCause!: number;

  @Column({ name: 'hangup_cause_text' })
  hangupCauseText!: string;

  /** Set by the recording feature. */
  @Column({ name: 'recording_id', type: 'uuid', nullable: true })
  recordingId!: string | null;
}
