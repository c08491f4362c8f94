import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** Who changed what, when (ACC-2). Rows are only ever inserted. */
@Entity('audit_log')
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The account the change concerns; null for platform-wide changes. */
  @Index()
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_email' })
  actorEmail!: string;

  @Column()
  action!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Index()
  @Column({ type: 'timestamptz' })
  at!: Date;
}
