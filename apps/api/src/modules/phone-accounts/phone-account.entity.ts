import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { TrunkEntity } from '../trunks/trunk.entity';

/** A SIP login (extension) of an account (ACC-3). */
@Entity('phone_accounts')
@Unique(['accountId', 'extension'])
export class PhoneAccountEntity extends TenantOwnedEntity {
  @Column()
  name!: string;

  @Column()
  extension!: string;

  /** Account code + extension at creation: unique on the platform, never changes. */
  @Column({ name: 'sip_login', unique: true })
  sipLogin!: string;

  /** Sealed by SecretBox: shown to the customer admin on request (ACC-3). */
  @Column({ name: 'sip_password_sealed' })
  sipPasswordSealed!: string;

  /** REC-2: off by default. */
  @Column({ name: 'recording_enabled', default: false })
  recordingEnabled!: boolean;

  @Column({ name: 'trunk_id', type: 'uuid', nullable: true })
  trunkId!: string | null;

  @ManyToOne(() => TrunkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'trunk_id' })
  trunk?: TrunkEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
