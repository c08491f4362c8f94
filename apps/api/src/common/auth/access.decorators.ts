import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { UserRole } from '@pbx/contracts';

export const ROLES_KEY = 'pbx:roles';
export const PUBLIC_KEY = 'pbx:public';

/** Reachable without a token (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Every other route names who may call it; RolesGuard refuses routes that do not. */
export const Roles = (...roles: UserRole[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());

/** ACC-1: customer users read, customer admins read and change their own account. */
export const CustomerRead = () => Roles(UserRole.CustomerAdmin, UserRole.CustomerUser);
export const CustomerWrite = () => Roles(UserRole.CustomerAdmin);
export const SupportOnly = () => Roles(UserRole.Support);
export const AnyUser = () => Roles(UserRole.CustomerAdmin, UserRole.CustomerUser, UserRole.Support);
