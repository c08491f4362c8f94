import { AgentLoginMode, AgentState } from '@pbx/contracts';
import { Column, CreateDateColumn, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** One person who takes calls, per account (DESIGN.md's agent model); not a panel user. */
@Entity('agents')
@Unique(['accountId', 'agentNumber'])
export class AgentEntity extends TenantOwnedEntity {
  @Column({ name: 'agent_number' })
  agentNumber!: string;

  @Column()
  description!: string;

  /** Sealed, not hashed: customer admins see it in the agent list (DIA-1). */
  @Column({ name: 'pin_sealed' })
  pinSealed!: string;

  @Column({ name: 'phone_account_id', type: 'uuid', nullable: true })
  phoneAccountId!: string | null;

  @Column({ name: 'login_mode', type: 'varchar' })
  loginMode!: AgentLoginMode;

  @Column({ type: 'varchar', default: AgentState.LoggedOut })
  state!: AgentState;

  @Column({ name: 'state_reason', type: 'varchar', nullable: true })
  stateReason!: string | null;

  @Column({ name: 'state_since', type: 'timestamptz' })
  stateSince!: Date;

  @Column({ name: 'failed_pin_attempts', type: 'int', default: 0 })
  failedPinAttempts!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
