import { resolve } from 'node:path';
import { runToEnd, startProcess, waitForHttp } from './processes';

export interface StackOptions {
  root: string;
  databaseUrl: string;
  redisUrl: string;
  secrets: Record<string, string>;
  apiPort: number;
  panelPort: number;
  /** Comma-separated ARI URLs of the PBX; none for a stack without telephony. */
  ariUrls?: string;
  /** Keep the children's output out of the way (tests); it is still shown when one dies. */
  quiet?: boolean;
  /** After the database is ready, before the API starts. */
  beforeServing?: () => Promise<void>;
}

const SWC = ['-r', '@swc-node/register'];

/** Migrates and seeds the database, then serves the API and the panel until stopped. */
export async function startStack(options: StackOptions): Promise<void> {
  const env = {
    ...options.secrets,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    ARI_URLS: options.ariUrls ?? '',
    PORT: String(options.apiPort),
    API_PORT: String(options.apiPort),
    SWC_NODE_PROJECT: resolve(options.root, 'apps/api/tsconfig.runtime.json'),
  };
  await runToEnd(process.execPath, [...SWC, 'apps/api/src/database/setup-database.ts'], env);
  await options.beforeServing?.();
  startProcess('api', process.execPath, [...SWC, 'apps/api/src/main.ts'], env, options.quiet);
  startProcess(
    'panel',
    process.execPath,
    [resolve(options.root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'panel:serve', `--port=${options.panelPort}`],
    // The Angular dev server prefers PORT over --port.
    { ...env, PORT: String(options.panelPort) },
    options.quiet,
  );
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${options.apiPort}/api/health`, 120_000),
    waitForHttp(`http://127.0.0.1:${options.panelPort}/`, 300_000),
  ]);
}
