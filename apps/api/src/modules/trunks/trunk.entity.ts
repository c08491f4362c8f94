import { SipTransport } from '@pbx/contracts';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** A SIP trunk of an account: its carrier or its own PBX (ACC-3). */
@Entity('trunks')
export class TrunkEntity extends TenantOwnedEntity {
  @Column()
  name!: string;

  @Column()
  host!: string;

  @Column({ type: 'int', default: 5060 })
  port!: number;

  @Column({ type: 'varchar', default: SipTransport.Udp })
  transport!: SipTransport;

  @Column({ type: 'varchar', nullable: true })
  username!: string | null;

  /** Sealed by SecretBox; never sent back. */
  @Column({ name: 'password_sealed', type: 'varchar', nullable: true })
  passwordSealed!: string | null;

  @Column({ name: 'caller_id', type: 'varchar', nullable: true })
  callerId!: string | null;

  @Column({ name: 'max_channels', type: 'int', default: 30 })
  maxChannels!: number;

  /** REC-2: the trunk's "extra options". */
  @Column({ name: 'recording_enabled', default: false })
  recordingEnabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
