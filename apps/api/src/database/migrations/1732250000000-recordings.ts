import { MigrationInterface, QueryRunner } from 'typeorm';

/** Call recordings, their storage use per account, FTP settings and upload runs (issue 4). */
export class Recordings1732250000000 implements MigrationInterface {
  name = 'Recordings1732250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recordings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        call_id uuid NOT NULL,
        asterisk_name varchar NOT NULL UNIQUE,
        direction varchar NOT NULL,
        from_number varchar NOT NULL,
        to_number varchar NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        duration_seconds int,
        paused_seconds int NOT NULL DEFAULT 0,
        size_bytes bigint,
        storage_path varchar,
        status varchar NOT NULL CHECK (status IN ('recording', 'stored', 'failed', 'uploaded', 'deleted')),
        failure_reason varchar,
        remote_path varchar,
        uploaded_at timestamptz,
        deleted_at timestamptz,
        deleted_reason varchar
      )`);
    await q.query(`CREATE INDEX recordings_account_started_idx ON recordings (account_id, started_at)`);
    await q.query(`CREATE INDEX recordings_call_idx ON recordings (call_id)`);
    await q.query(`CREATE INDEX recordings_status_idx ON recordings (account_id, status)`);
    await q.query(`
      CREATE TABLE recording_storage (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        used_bytes bigint NOT NULL DEFAULT 0 CHECK (used_bytes >= 0),
        warned_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE recording_ftp_settings (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        host varchar NOT NULL,
        port int NOT NULL DEFAULT 21,
        username varchar NOT NULL,
        password_sealed varchar NOT NULL,
        explicit_tls boolean NOT NULL DEFAULT false,
        base_folder varchar NOT NULL DEFAULT '/',
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE recording_upload_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day date NOT NULL,
        attempt int NOT NULL,
        status varchar NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'interrupted', 'gave-up')),
        files_uploaded int NOT NULL DEFAULT 0,
        bytes_uploaded bigint NOT NULL DEFAULT 0,
        files_total int NOT NULL DEFAULT 0,
        error varchar,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        UNIQUE (account_id, day, attempt)
      )`);
    await q.query(`CREATE INDEX recording_upload_runs_account_idx ON recording_upload_runs (account_id, day)`);
    await q.query(`ALTER TABLE call_records ADD CONSTRAINT call_records_recording_fk FOREIGN KEY (recording_id) REFERENCES recordings(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call_records DROP CONSTRAINT call_records_recording_fk`);
    for (const table of ['recording_upload_runs', 'recording_ftp_settings', 'recording_storage', 'recordings']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
