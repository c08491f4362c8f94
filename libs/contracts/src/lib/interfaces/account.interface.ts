import { ServiceKind } from '../enums/service-kind.enum';
import { UserRole } from '../enums/user-role.enum';

export interface Account {
  id: string;
  name: string;
  timeZone: string;
  createdAt: string;
  /** Kinds of the services that are on. */
  activeServices: ServiceKind[];
}

export interface User {
  id: string;
  email: string;
  role: UserRole;
  accountId: string | null;
  createdAt: string;
}
