import { resolve } from 'node:path';
import { resolveDatabase } from './database';
import { stopAll } from './processes';
import { resolveRedis } from './redis';
import { developmentSecrets } from './secrets';
import { startStack } from './stack';

/** `npm start`: everything a development machine needs, with the demo account. */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stopAll().then(() => process.exit(0)));
  }
  const apiPort = Number(process.env['PORT'] ?? 3000);
  const panelPort = Number(process.env['PANEL_PORT'] ?? 4200);
  await startStack({
    root,
    databaseUrl: await resolveDatabase(root),
    redisUrl: await resolveRedis(root),
    secrets: developmentSecrets(root),
    apiPort,
    panelPort,
  });
  console.log(
    [
      '',
      'The platform is running:',
      `  Panel: http://localhost:${panelPort}   (demo@pbx.local / demo, support@pbx.local / support)`,
      `  API:   http://localhost:${apiPort}/api   (OpenAPI at http://localhost:${apiPort}/api/docs)`,
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
