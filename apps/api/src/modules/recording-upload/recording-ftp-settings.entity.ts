import { Column, Entity, PrimaryColumn } from 'typeorm';

/** REC-3: the one FTP server an account's recordings go to. */
@Entity('recording_ftp_settings')
export class RecordingFtpSettingsEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column()
  host!: string;

  @Column({ type: 'int', default: 21 })
  port!: number;

  @Column()
  username!: string;

  /** Sealed by SecretBox; never sent back. */
  @Column({ name: 'password_sealed' })
  passwordSealed!: string;

  @Column({ name: 'explicit_tls', default: false })
  explicitTls!: boolean;

  @Column({ name: 'base_folder', default: '/' })
  baseFolder!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
