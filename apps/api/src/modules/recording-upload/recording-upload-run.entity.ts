import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { UploadRunStatus } from './upload-plan';

const bigintAsNumber = { to: (v?: number) => v, from: (v: string) => Number(v) };

/** REC-4: one night's attempt at sending one local day's recordings to the FTP server. */
@Entity('recording_upload_runs')
export class RecordingUploadRunEntity extends TenantOwnedEntity {
  /** The account's local day the recordings were made on. */
  @Column({ type: 'date' })
  day!: string;

  /** 1, 2, 3 … for that day; only failed runs count towards the limit. */
  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'varchar' })
  status!: UploadRunStatus;

  @Column({ name: 'files_uploaded', type: 'int', default: 0 })
  filesUploaded!: number;

  @Column({ name: 'bytes_uploaded', type: 'bigint', default: 0, transformer: bigintAsNumber })
  bytesUploaded!: number;

  @Column({ name: 'files_total', type: 'int', default: 0 })
  filesTotal!: number;

  @Column({ type: 'varchar', nullable: true })
  error!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
