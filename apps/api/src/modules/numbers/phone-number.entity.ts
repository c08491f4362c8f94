import { NumberStatus, NumberTargetType } from '@pbx/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { NumberingZoneEntity } from './numbering-zone.entity';

/** A public number (DID) of the operator's pool; owned by an account while not free. */
@Entity('phone_numbers')
@Index(['zoneId', 'status'])
export class PhoneNumberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** E.164 digits without "+". */
  @Column({ unique: true })
  number!: string;

  @Column({ name: 'zone_id', type: 'uuid' })
  zoneId!: string;

  @ManyToOne(() => NumberingZoneEntity)
  @JoinColumn({ name: 'zone_id' })
  zone?: NumberingZoneEntity;

  /** Easy-to-remember numbers the operator offers separately. */
  @Column({ default: false })
  golden!: boolean;

  @Column({ type: 'varchar', default: NumberStatus.Free })
  status!: NumberStatus;

  /** The holder; kept after release so only that account can take the number back. */
  @Index()
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'target_type', type: 'varchar', nullable: true })
  targetType!: NumberTargetType | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId!: string | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;
}
