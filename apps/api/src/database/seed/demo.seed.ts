import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { NumberTargetType, SessionUser, UserRole } from '@pbx/contracts';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../common/crypto/password-hasher.service';
import { AccountsService } from '../../modules/accounts/accounts.service';
import { NumbersService } from '../../modules/numbers/numbers.service';
import { PhoneAccountsService } from '../../modules/phone-accounts/phone-accounts.service';
import { seedDemoNumberPool } from './number-pool.seed';

export const DEMO_SUPPORT = { email: 'support@pbx.local', password: 'support' };
export const DEMO_ADMIN = { email: 'demo@pbx.local', password: 'demo', account: 'Demo' };
/** The demo account's number, ringing its phone account "Reception" (README: a first call). */
export const DEMO_DID = '48223000000';

/**
 * Development data for `npm start`: only into an empty database, never in production, so a
 * real installation can never get these well-known passwords. Made through the services,
 * so the demo phone gets its Asterisk endpoint like any other.
 */
export async function seedDemo(app: INestApplicationContext): Promise<boolean> {
  if (process.env['NODE_ENV'] === 'production') {
    throw new Error('The demo seed never runs with NODE_ENV=production');
  }
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = await dataSource.query<Array<{ count: string }>>(`SELECT count(*) FROM users`);
  if (Number(count) > 0) {
    return false;
  }
  const hasher = app.get(PasswordHasher);
  const [{ id: supportId }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3) RETURNING id`,
    [DEMO_SUPPORT.email, await hasher.hash(DEMO_SUPPORT.password), UserRole.Support],
  );
  await seedDemoNumberPool(dataSource);
  const support: SessionUser = { userId: supportId, email: DEMO_SUPPORT.email, role: UserRole.Support, accountId: null };
  // The service takes any password here: the 8-character rule is the API's, for new accounts.
  const account = await app.get(AccountsService).create(support, {
    name: DEMO_ADMIN.account,
    adminEmail: DEMO_ADMIN.email,
    adminPassword: DEMO_ADMIN.password,
  });
  const [{ id: adminId }] = await dataSource.query<Array<{ id: string }>>(`SELECT id FROM users WHERE email = $1`, [DEMO_ADMIN.email]);
  const admin: SessionUser = { userId: adminId, email: DEMO_ADMIN.email, role: UserRole.CustomerAdmin, accountId: account.id };
  const phone = await app.get(PhoneAccountsService).create(admin, account.id, { name: 'Reception' });
  const numbers = app.get(NumbersService);
  const number = await numbers.claim(admin, account.id, DEMO_DID);
  await numbers.assign(admin, account.id, number.id, { targetType: NumberTargetType.PhoneAccount, targetId: phone.id });
  return true;
}
