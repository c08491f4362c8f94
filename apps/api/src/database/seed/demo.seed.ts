import { UserRole } from '@pbx/contracts';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { seedDemoNumberPool } from './number-pool.seed';

export const DEMO_SUPPORT = { email: 'support@pbx.local', password: 'support' };
export const DEMO_ADMIN = { email: 'demo@pbx.local', password: 'demo', account: 'Demo' };

/**
 * Development data for `npm start`: only into an empty database, never in production,
 * so a real installation can never get these well-known passwords.
 */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  if (process.env['NODE_ENV'] === 'production') {
    throw new Error('The demo seed never runs with NODE_ENV=production');
  }
  const [{ count }] = await dataSource.query<Array<{ count: string }>>(`SELECT count(*) FROM users`);
  if (Number(count) > 0) {
    return false;
  }
  await dataSource.transaction(async (manager) => {
    const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id });
    await manager.query(`INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)`, [
      DEMO_SUPPORT.email,
      await hash(DEMO_SUPPORT.password),
      UserRole.Support,
    ]);
    const [{ id }] = await manager.query<Array<{ id: string }>>(`INSERT INTO accounts (name) VALUES ($1) RETURNING id`, [DEMO_ADMIN.account]);
    await manager.query(`INSERT INTO users (account_id, email, password_hash, role) VALUES ($1, $2, $3, $4)`, [
      id,
      DEMO_ADMIN.email,
      await hash(DEMO_ADMIN.password),
      UserRole.CustomerAdmin,
    ]);
    await seedDemoNumberPool(manager);
  });
  return true;
}
