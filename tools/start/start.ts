import { resolve } from 'node:path';
import { resolveDatabase } from './database';
import { registerPhones, resolvePbx } from './pbx';
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
  const databaseUrl = await resolveDatabase(root);
  const redisUrl = await resolveRedis(root);
  const pbx = await resolvePbx(root);
  await startStack({
    root,
    databaseUrl,
    redisUrl,
    secrets: developmentSecrets(root),
    apiPort,
    panelPort,
    ariUrls: pbx.ariUrls,
    beforeServing: async () => {
      if (pbx.simUrl) {
        const phones = await registerPhones(pbx.simUrl, databaseUrl);
        console.error(`Simulated phones registered: ${phones.join(', ') || 'none'}`);
      }
    },
  });
  console.log(
    [
      '',
      'The platform is running:',
      `  Panel: http://localhost:${panelPort}   (demo@pbx.local / demo, support@pbx.local / support)`,
      `  API:   http://localhost:${apiPort}/api   (OpenAPI at http://localhost:${apiPort}/api/docs)`,
      ...(pbx.simUrl
        ? [
            `  PBX:   the simulator at ${pbx.simUrl}. A first call to the demo number (README):`,
            `         curl -X POST ${pbx.simUrl}/sim/calls -H 'content-type: application/json' -d '{"from":"48601234567","to":"48223000000","behaviour":{"talkSeconds":5}}'`,
          ]
        : [`  PBX:   ${pbx.ariUrls}`]),
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
