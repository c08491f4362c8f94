import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';

/** ACC-1: failed logins counted in Redis so every API process shares the count. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 50;

@Injectable()
export class LoginAttemptLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Refuses before the password is even checked, so a locked account leaks nothing. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [byEmail, byIp] = await this.redis.mget(this.emailKey(email), this.ipKey(ip));
    if (Number(byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL || Number(byIp ?? 0) >= MAX_FAILURES_PER_IP) {
      const ttl = Math.max(await this.redis.ttl(this.emailKey(email)), await this.redis.ttl(this.ipKey(ip)), 1);
      throw new HttpException(
        `Too many failed sign-ins. Try again in ${Math.ceil(ttl / 60)} minute(s).`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.multi();
    for (const key of [this.emailKey(email), this.ipKey(ip)]) {
      // NX keeps the window fixed from the first failure instead of sliding with each one.
      pipeline.incr(key).expire(key, LOGIN_WINDOW_SECONDS, 'NX');
    }
    await pipeline.exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.emailKey(email));
  }

  private emailKey(email: string): string {
    return `login-failures:email:${email}`;
  }

  private ipKey(ip: string): string {
    return `login-failures:ip:${ip}`;
  }
}
