import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { seedDemo } from './seed/demo.seed';

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
    if (process.env['NODE_ENV'] !== 'production' && (await seedDemo(dataSource))) {
      console.error('Demo data seeded: support@pbx.local / support, demo@pbx.local / demo');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
