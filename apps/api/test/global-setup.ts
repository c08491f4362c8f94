import Redis from 'ioredis';
import { runMigrations } from '../src/database/migrate';
import { databaseUrl, withAdminClient } from './test-database';

/** A fresh database per test run, migrated the way production is; a clean Redis db. */
export default async function globalSetup(): Promise<void> {
  const name = `pbx_test_${Date.now()}_${process.pid}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  process.env['TEST_DATABASE_NAME'] = name;
  process.env['DATABASE_URL'] = databaseUrl(name);
  await runMigrations(process.env['DATABASE_URL']);
  const redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379/9');
  await redis.flushdb();
  await redis.quit();
}
