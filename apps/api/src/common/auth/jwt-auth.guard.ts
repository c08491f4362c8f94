import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { SessionUser } from '@pbx/contracts';
import { PUBLIC_KEY } from './access.decorators';
import { AuthenticatedRequest } from './authenticated-request';

/** Global: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException('Sign in first: no bearer token');
    }
    try {
      const payload = await this.jwt.verifyAsync<SessionUser & { sub: string }>(token);
      request.user = { userId: payload.sub, email: payload.email, role: payload.role, accountId: payload.accountId };
    } catch {
      throw new UnauthorizedException('Your session has expired: sign in again');
    }
    return true;
  }
}
