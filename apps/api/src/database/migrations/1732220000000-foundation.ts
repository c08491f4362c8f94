import { MigrationInterface, QueryRunner } from 'typeorm';
import { POLISH_NUMBERING_ZONES } from '../polish-numbering-zones';

/** Accounts, users, services and audit, numbers, phone accounts and trunks (issue 2). */
export class Foundation1732220000000 implements MigrationInterface {
  name = 'Foundation1732220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE account_code_seq START 100001`);
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        time_zone varchar NOT NULL DEFAULT 'Europe/Warsaw',
        code varchar NOT NULL UNIQUE DEFAULT nextval('account_code_seq')::text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
        email varchar NOT NULL UNIQUE,
        password_hash varchar NOT NULL,
        role varchar NOT NULL CHECK (role IN ('customer-admin', 'customer-user', 'support')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'support') = (account_id IS NULL))
      )`);
    await q.query(`CREATE INDEX users_account_id_idx ON users (account_id)`);
    await q.query(`
      CREATE TABLE account_services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind varchar NOT NULL,
        active boolean NOT NULL DEFAULT false,
        options jsonb,
        changed_at timestamptz NOT NULL,
        UNIQUE (account_id, kind)
      )`);
    await q.query(`CREATE INDEX account_services_account_id_idx ON account_services (account_id)`);
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
        actor_user_id uuid,
        actor_email varchar NOT NULL,
        action varchar NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_account_id_idx ON audit_log (account_id)`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
    await q.query(`
      CREATE TABLE numbering_zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        area_code varchar NOT NULL UNIQUE,
        name varchar NOT NULL
      )`);
    await q.query(`
      CREATE TABLE phone_numbers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar NOT NULL UNIQUE,
        zone_id uuid NOT NULL REFERENCES numbering_zones(id),
        golden boolean NOT NULL DEFAULT false,
        status varchar NOT NULL DEFAULT 'free' CHECK (status IN ('free', 'reserved', 'assigned', 'released')),
        account_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        target_type varchar,
        target_id uuid,
        released_at timestamptz,
        CHECK ((status = 'free') = (account_id IS NULL)),
        CHECK ((status = 'assigned') = (target_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX phone_numbers_account_id_idx ON phone_numbers (account_id)`);
    await q.query(`CREATE INDEX phone_numbers_zone_status_idx ON phone_numbers (zone_id, status)`);
    await q.query(`CREATE INDEX phone_numbers_target_idx ON phone_numbers (target_type, target_id)`);
    await q.query(`
      CREATE TABLE trunks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name varchar NOT NULL,
        host varchar NOT NULL,
        port int NOT NULL DEFAULT 5060,
        transport varchar NOT NULL DEFAULT 'udp',
        username varchar,
        password_sealed varchar,
        caller_id varchar,
        max_channels int NOT NULL DEFAULT 30,
        recording_enabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX trunks_account_id_idx ON trunks (account_id)`);
    await q.query(`
      CREATE TABLE phone_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name varchar NOT NULL,
        extension varchar NOT NULL,
        sip_login varchar NOT NULL UNIQUE,
        sip_password_sealed varchar NOT NULL,
        recording_enabled boolean NOT NULL DEFAULT false,
        trunk_id uuid REFERENCES trunks(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, extension)
      )`);
    await q.query(`CREATE INDEX phone_accounts_account_id_idx ON phone_accounts (account_id)`);
    for (const zone of POLISH_NUMBERING_ZONES) {
      await q.query(`INSERT INTO numbering_zones (area_code, name) VALUES ($1, $2)`, [zone.areaCode, zone.name]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['phone_accounts', 'trunks', 'phone_numbers', 'numbering_zones', 'audit_log', 'account_services', 'users', 'accounts']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE account_code_seq`);
  }
}
