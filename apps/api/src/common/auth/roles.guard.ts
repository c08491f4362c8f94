import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UserRole } from '@pbx/contracts';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { AuthenticatedRequest } from './authenticated-request';

/** Global and closed by default: a route without @Roles or @Public is refused to everyone. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!roles || !roles.includes(user.role)) {
      throw new ForbiddenException(`This action is not open to the role ${user.role}`);
    }
    return true;
  }
}
