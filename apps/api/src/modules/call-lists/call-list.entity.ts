import { CallDirection, CallListStatus } from '@pbx/contracts';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

@Entity('call_lists')
export class CallListEntity extends TenantOwnedEntity {
  @Column({ name: 'requested_by' })
  requestedBy!: string;

  @Column({ name: 'period_from', type: 'timestamptz' })
  from!: Date;

  @Column({ name: 'period_to', type: 'timestamptz' })
  to!: Date;

  @Column({ type: 'varchar', nullable: true })
  direction!: CallDirection | null;

  @Column({ type: 'varchar' })
  status!: CallListStatus;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'int', nullable: true })
  rows!: number | null;

  /** Relative to EXPORTS_DIR. */
  @Column({ name: 'file_path', type: 'varchar', nullable: true })
  filePath!: string | null;

  @Column({ type: 'varchar', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
