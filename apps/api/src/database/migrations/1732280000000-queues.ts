import { MigrationInterface, QueryRunner } from 'typeorm';

/** Waiting queues and call-center campaigns with their members (issue 5). */
export class Queues1732280000000 implements MigrationInterface {
  name = 'Queues1732280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE queues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind varchar NOT NULL CHECK (kind IN ('queue', 'call-center-campaign')),
        name varchar NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX queues_account_id_idx ON queues (account_id)`);
    await q.query(`
      CREATE TABLE queue_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        queue_id uuid NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
        member_type varchar NOT NULL CHECK (member_type IN ('agent', 'phone-account', 'external-number')),
        agent_id uuid REFERENCES agents(id) ON DELETE CASCADE,
        phone_account_id uuid REFERENCES phone_accounts(id) ON DELETE CASCADE,
        external_number varchar,
        level int NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 10),
        CHECK ((member_type = 'agent') = (agent_id IS NOT NULL)),
        CHECK ((member_type = 'phone-account') = (phone_account_id IS NOT NULL)),
        CHECK ((member_type = 'external-number') = (external_number IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX queue_members_queue_idx ON queue_members (queue_id)`);
    await q.query(`CREATE INDEX queue_members_account_idx ON queue_members (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE queue_members`);
    await q.query(`DROP TABLE queues`);
  }
}
