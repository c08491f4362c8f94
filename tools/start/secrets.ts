import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The platform's own secrets come from the environment; for a development start without
 * them, random ones are made once and kept in .data/ (git-ignored) so sessions survive.
 */
export function developmentSecrets(root: string): Record<'JWT_SECRET' | 'SECRETS_KEY', string> {
  const file = join(root, '.data', 'dev-secrets.json');
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const generated = {
    JWT_SECRET: stored['JWT_SECRET'] ?? randomBytes(32).toString('base64url'),
    SECRETS_KEY: stored['SECRETS_KEY'] ?? randomBytes(32).toString('base64url'),
  };
  mkdirSync(join(root, '.data'), { recursive: true });
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  // Secrets given in the environment win and are never written to disk.
  return {
    JWT_SECRET: process.env['JWT_SECRET'] ?? generated.JWT_SECRET,
    SECRETS_KEY: process.env['SECRETS_KEY'] ?? generated.SECRETS_KEY,
  };
}
