import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';

export const LIVE_CHANNEL = 'live:events';

export interface LiveMessage {
  accountId: string;
  event: string;
  payload: unknown;
}

/**
 * Any process (worker, telephony) tells the panels of one account that something changed;
 * Redis carries it to whichever HTTP process holds their sockets.
 */
@Injectable()
export class LiveEvents {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async publish(accountId: string, event: string, payload: unknown): Promise<void> {
    await this.redis.publish(LIVE_CHANNEL, JSON.stringify({ accountId, event, payload } satisfies LiveMessage));
  }
}
