import { UserRole } from '../enums/user-role.enum';

export interface AccessToken {
  accessToken: string;
}

/** What the access token says about its bearer; `accountId` is null for support staff. */
export interface SessionUser {
  userId: string;
  email: string;
  role: UserRole;
  accountId: string | null;
}
