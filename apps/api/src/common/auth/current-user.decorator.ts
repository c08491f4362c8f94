import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { SessionUser } from '@pbx/contracts';
import { AuthenticatedRequest } from './authenticated-request';

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): SessionUser => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The caller's account; customer routes only (RolesGuard keeps support out of them). */
export const AccountId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const accountId = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user.accountId;
  if (!accountId) {
    throw new Error('AccountId used on a route open to users without an account');
  }
  return accountId;
});
