import { DEMO_ADMIN, PANEL_URL } from './e2e-config';

/** The API the panel talks to; the runner sets API_URL, otherwise the panel's own proxy. */
export const API_URL = (process.env['API_URL'] ?? PANEL_URL).replace(/\/$/, '');

/** The demo admin's access token, for set-up the tests do through the API. */
export async function apiLogin(): Promise<string> {
  const response = await fetch(`${API_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  if (!response.ok) {
    throw new Error(`Login of ${DEMO_ADMIN.email} at ${API_URL} answered ${response.status}`);
  }
  return ((await response.json()) as { accessToken: string }).accessToken;
}
