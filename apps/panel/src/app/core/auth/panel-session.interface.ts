import { SessionUser } from '@pbx/contracts';

/** GET /api/auth/me: the token's claims plus the account's name for the toolbar. */
export interface PanelSession extends SessionUser {
  accountName?: string | null;
}
