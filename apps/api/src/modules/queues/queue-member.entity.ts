import { QueueMemberType } from '@pbx/contracts';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

@Entity('queue_members')
export class QueueMemberEntity extends TenantOwnedEntity {
  @Column({ name: 'queue_id', type: 'uuid' })
  queueId!: string;

  @Column({ name: 'member_type', type: 'varchar' })
  type!: QueueMemberType;

  @Column({ name: 'agent_id', type: 'uuid', nullable: true })
  agentId!: string | null;

  @Column({ name: 'phone_account_id', type: 'uuid', nullable: true })
  phoneAccountId!: string | null;

  @Column({ name: 'external_number', type: 'varchar', nullable: true })
  number!: string | null;

  @Column({ type: 'int', default: 1 })
  level!: number;
}
