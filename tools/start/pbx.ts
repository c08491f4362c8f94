import { Client } from 'pg';
import { resolve } from 'node:path';
import { startProcess, waitForHttp } from './processes';

/** Asterisk's own default port. */
const SIM_PORT = 8088;

/**
 * ARI_URLS when configured (a real Asterisk); otherwise the PBX simulator on :8088, as
 * Asterisk's own default, with the phones of every phone account registered.
 */
export async function resolvePbx(root: string): Promise<{ ariUrls: string; simUrl: string | null }> {
  if (process.env['ARI_URLS']) {
    console.error(`PBX: ${process.env['ARI_URLS']}`);
    return { ariUrls: process.env['ARI_URLS'], simUrl: null };
  }
  const simUrl = await startSimulator(root, SIM_PORT, { quiet: false });
  console.error(`PBX: the simulator on ${simUrl} (ARI at /ari, world control at /sim)`);
  return { ariUrls: `${simUrl}/ari`, simUrl };
}

/** The PBX simulator as a child process; resolves with its base URL once it answers. */
export async function startSimulator(root: string, port: number, options: { quiet: boolean }): Promise<string> {
  startProcess(
    'pbx-sim',
    process.execPath,
    ['-r', '@swc-node/register', 'apps/pbx-sim/src/main.ts'],
    {
      SWC_NODE_PROJECT: resolve(root, 'apps/pbx-sim/tsconfig.app.json'),
      PBX_SIM_PORT: String(port),
      PBX_SIM_RECORDING_DIR: resolve(root, '.data/recordings'),
    },
    options.quiet,
  );
  const simUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${simUrl}/sim/state`, 60_000);
  return simUrl;
}

/** Phones answer after 2 s, like a person at a desk. */
export async function registerPhones(simUrl: string, databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ sip_login: string }>('SELECT sip_login FROM phone_accounts ORDER BY sip_login');
    for (const { sip_login } of rows) {
      await fetch(`${simUrl}/sim/phones/${sip_login}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answerAfterSeconds: 2 }),
      });
    }
    return rows.map((r) => r.sip_login);
  } finally {
    await client.end();
  }
}
