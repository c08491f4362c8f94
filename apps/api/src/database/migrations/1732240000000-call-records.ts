import { MigrationInterface, QueryRunner } from 'typeorm';

/** Call detail records, one row per leg (issue 3). */
export class CallRecords1732240000000 implements MigrationInterface {
  name = 'CallRecords1732240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        call_id uuid NOT NULL,
        channel_id varchar NOT NULL,
        direction varchar NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
        from_number varchar NOT NULL,
        to_number varchar NOT NULL,
        did varchar,
        service varchar,
        started_at timestamptz NOT NULL,
        answered_at timestamptz,
        ended_at timestamptz NOT NULL,
        duration_seconds int NOT NULL,
        billable_seconds int NOT NULL,
        disposition varchar NOT NULL CHECK (disposition IN ('answered', 'no-answer', 'busy', 'failed')),
        hangup_cause int NOT NULL,
        hangup_cause_text varchar NOT NULL,
        recording_id uuid
      )`);
    await q.query(`CREATE INDEX call_records_account_started_idx ON call_records (account_id, started_at DESC)`);
    await q.query(`CREATE INDEX call_records_call_id_idx ON call_records (call_id)`);
    await q.query(`CREATE UNIQUE INDEX call_records_channel_idx ON call_records (channel_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE call_records`);
  }
}
