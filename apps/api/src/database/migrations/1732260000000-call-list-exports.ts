import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated call lists, "Call lists to download" (REC-6). */
export class CallListExports1732260000000 implements MigrationInterface {
  name = 'CallListExports1732260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        requested_by varchar NOT NULL,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        direction varchar,
        status varchar NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        progress int NOT NULL DEFAULT 0,
        rows int,
        file_path varchar,
        error varchar,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX call_lists_account_idx ON call_lists (account_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE call_lists`);
  }
}
