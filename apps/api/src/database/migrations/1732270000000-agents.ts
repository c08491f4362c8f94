import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents of call-center, queue and dialer work, and every change of their state (issue 5). */
export class Agents1732270000000 implements MigrationInterface {
  name = 'Agents1732270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        agent_number varchar NOT NULL,
        description varchar NOT NULL,
        pin_sealed varchar NOT NULL,
        phone_account_id uuid REFERENCES phone_accounts(id) ON DELETE SET NULL,
        login_mode varchar NOT NULL CHECK (login_mode IN ('permanent', 'phone', 'line')),
        state varchar NOT NULL DEFAULT 'logged-out' CHECK (state IN ('logged-out', 'available', 'engaged', 'after-call-work', 'paused')),
        state_reason varchar,
        state_since timestamptz NOT NULL DEFAULT now(),
        failed_pin_attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, agent_number)
      )`);
    await q.query(`CREATE INDEX agents_account_id_idx ON agents (account_id)`);
    await q.query(`
      CREATE TABLE agent_state_changes (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        state varchar NOT NULL,
        reason varchar,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX agent_state_changes_agent_idx ON agent_state_changes (agent_id, at)`);
    await q.query(`CREATE INDEX agent_state_changes_account_idx ON agent_state_changes (account_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agent_state_changes`);
    await q.query(`DROP TABLE agents`);
  }
}
