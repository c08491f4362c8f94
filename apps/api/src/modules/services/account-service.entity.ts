import { ServiceKind, ServiceOptions } from '@pbx/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** One service of one account; absent means never activated (ACC-2: all off at first). */
@Entity('account_services')
@Unique(['accountId', 'kind'])
export class AccountServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ type: 'varchar' })
  kind!: ServiceKind;

  @Column({ default: false })
  active!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  options!: ServiceOptions | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
