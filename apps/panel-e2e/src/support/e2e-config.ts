import path from 'node:path';

/** Where the panel runs; the lead's stack serves it on :4200. */
export const PANEL_URL = (process.env['PANEL_URL'] ?? 'http://127.0.0.1:4200').replace(/\/$/, '');

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Screenshots of every checkpoint and of failures: `<workspace>/tmp/e2e/`. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../../tmp/e2e');

/** Seeded logins (tools/seed): the demo customer admin and the operator's support. */
export const DEMO_ADMIN = { email: 'demo@pbx.local', password: 'demo' };
export const SUPPORT_USER = { email: 'support@pbx.local', password: 'support' };
export const DEMO_ACCOUNT_NAME = process.env['DEMO_ACCOUNT_NAME'] ?? 'Demo';

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Fails early, with a clear message, when the stack under test is not running. */
export async function assertStackUp(): Promise<void> {
  const health = `${PANEL_URL}/api/health`;
  const response = await fetch(health).catch((error: unknown) => {
    throw new Error(`Panel not reachable at ${PANEL_URL} (${String(error)}). Start the API and the panel first (README.md).`);
  });
  if (!response.ok) {
    throw new Error(`${health} answered ${response.status}: the API behind the panel's proxy is not healthy.`);
  }
}
