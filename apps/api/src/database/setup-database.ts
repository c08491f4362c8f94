import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** `npm start`'s database step: migrations, then the demo seed into an empty database. */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error('DATABASE_URL is not set');
  }
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.error(applied.length ? `Migrations applied: ${applied.map((m) => m.name).join(', ')}` : 'Database schema is up to date');
  } finally {
    await dataSource.destroy();
  }
  if (process.env['NODE_ENV'] === 'production') {
    return;
  }
  // The worker role: the seed needs the services, not the call engine.
  process.env['ROLE'] = 'worker';
  process.env['LOG_LEVEL'] ??= 'warn';
  const { AppModule } = await import('../app.module');
  const { seedDemo } = await import('./seed/demo.seed');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    if (await seedDemo(app)) {
      console.error('Demo data seeded: support@pbx.local / support, demo@pbx.local / demo');
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
