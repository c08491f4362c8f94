import { Inject, Injectable } from '@nestjs/common';
import { AriConnectionState } from '@pbx/contracts';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';
import { Environment } from '../../config/environment';

const KEY = (url: string) => `tel:ari-state:${url}`;
/** A state not refreshed within this time belongs to a telephony process that is gone. */
export const ARI_STATE_TTL_SECONDS = 30;

/**
 * The state of each ARI connection, shared through Redis so that /api/health of an http
 * process reports what the telephony process sees.
 */
@Injectable()
export class AriStatusService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: Environment,
  ) {}

  configuredUrls(): string[] {
    return this.env.ARI_URLS.split(',').map((u) => u.trim()).filter(Boolean);
  }

  async publish(state: AriConnectionState): Promise<void> {
    await this.redis.set(KEY(state.url), JSON.stringify(state), 'EX', ARI_STATE_TTL_SECONDS);
  }

  async states(): Promise<AriConnectionState[]> {
    const urls = this.configuredUrls();
    if (urls.length === 0) {
      return [];
    }
    const raw = await this.redis.mget(urls.map(KEY));
    return urls.map((url, i) => (raw[i] ? (JSON.parse(raw[i] as string) as AriConnectionState) : { url, state: 'disconnected', since: '' }));
  }
}
