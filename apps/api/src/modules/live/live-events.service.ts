import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';

/** Pub/sub channels span a Redis server's databases: the db number keeps environments apart. */
export const liveChannel = (redis: Redis) => `live:events:${redis.options.db ?? 0}`;

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
    await this.redis.publish(liveChannel(this.redis), JSON.stringify({ accountId, event, payload } satisfies LiveMessage));
  }
}
