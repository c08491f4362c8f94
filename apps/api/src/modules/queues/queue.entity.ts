import { QueueKind, QueueSettingsDto } from '@pbx/contracts';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** A waiting queue or a call-center campaign: one distribution engine serves both. */
@Entity('queues')
export class QueueEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar' })
  kind!: QueueKind;

  @Column()
  name!: string;

  /** Only what the customer set; defaults are filled in when read. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings!: QueueSettingsDto;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
