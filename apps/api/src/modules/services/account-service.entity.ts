import { ServiceKind, ServiceOptions } from '@pbx/contracts';
import { Column, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** One service of one account; absent means never activated (ACC-2: all off at first). */
@Entity('account_services')
@Unique(['accountId', 'kind'])
export class AccountServiceEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar' })
  kind!: ServiceKind;

  @Column({ default: false })
  active!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  options!: ServiceOptions | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
