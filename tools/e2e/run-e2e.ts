import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { registerPhones, startSimulator } from '../start/pbx';
import { onStop, runToEnd, stopAll } from '../start/processes';
import { startStack } from '../start/stack';

const CHROMIUM = '/usr/bin/chromium';

/** The browser tests against the whole stack: a fresh database, the API and the panel. */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium); .ci/run does`);
  }
  const adminUrl = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `pbx_e2e_${Date.now()}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  onStop(() => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const redisUrl = process.env['E2E_REDIS_URL'] ?? 'redis://127.0.0.1:6379/8';
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  redis.disconnect();

  const apiPort = Number(process.env['E2E_API_PORT'] ?? 3100);
  const panelPort = Number(process.env['E2E_PANEL_PORT'] ?? 4300);
  const simUrl = await startSimulator(root, Number(process.env['E2E_SIM_PORT'] ?? 8188), { quiet: true });
  await startStack({
    root,
    databaseUrl,
    redisUrl,
    secrets: { JWT_SECRET: 'e2e-jwt-secret-that-is-at-least-32-characters', SECRETS_KEY: 'e2e-secrets-key-that-is-at-least-32-characters' },
    apiPort,
    panelPort,
    ariUrls: `${simUrl}/ari`,
    quiet: true,
    beforeServing: async () => void (await registerPhones(simUrl, databaseUrl)),
  });
  await runToEnd(
    process.execPath,
    [resolve(root, 'node_modules/jest/bin/jest.js'), '-c', 'apps/panel-e2e/jest.config.js', '--json', '--outputFile=tmp/e2e-results.json'],
    { PANEL_URL: `http://127.0.0.1:${panelPort}`, API_URL: `http://127.0.0.1:${apiPort}`, SIM_URL: simUrl },
  );
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

main().then(
  () => stopAll().then(() => process.exit(0)),
  async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await stopAll();
    process.exit(1);
  },
);
