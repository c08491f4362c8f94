import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A customer of the operator: the tenant every other row belongs to (ACC-1). */
@Entity('accounts')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @Column({ name: 'time_zone', default: 'Europe/Warsaw' })
  timeZone!: string;

  /** Six digits, prefix of the account's SIP logins, so they stay unique across accounts. */
  @Column({ unique: true })
  code!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
