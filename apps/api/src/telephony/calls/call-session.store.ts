import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.module';
import { CallSession } from './call-session';

const SESSION = (id: string) => `tel:call:${id}`;
const CHANNEL = (channelId: string) => `tel:chan:${channelId}`;
const SERVER = (url: string) => `tel:server:${url}`;

/**
 * Live calls: in memory for speed, written through to Redis so that another process
 * (or this one after a restart) can take them over while the channels stay in Stasis.
 */
@Injectable()
export class CallSessionStore {
  private readonly sessions = new Map<string, CallSession>();
  private readonly byChannel = new Map<string, string>();

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  findByChannel(channelId: string): CallSession | undefined {
    const id = this.byChannel.get(channelId);
    return id ? this.sessions.get(id) : undefined;
  }

  get(id: string): CallSession | undefined {
    return this.sessions.get(id);
  }

  /** Saves the session and indexes its legs; one round trip. */
  async save(session: CallSession): Promise<void> {
    this.sessions.set(session.id, session);
    const pipeline = this.redis.multi().set(SESSION(session.id), JSON.stringify(session)).sadd(SERVER(session.server), session.id);
    for (const channelId of Object.keys(session.legs)) {
      this.byChannel.set(channelId, session.id);
      pipeline.set(CHANNEL(channelId), session.id);
    }
    await pipeline.exec();
  }

  /**
   * Known in memory from its first moment: events of a leg can arrive before the request
   * that made it has been answered, so before the first save.
   */
  track(session: CallSession): void {
    this.sessions.set(session.id, session);
    for (const channelId of Object.keys(session.legs)) {
      this.byChannel.set(channelId, session.id);
    }
  }

  /** Index a channel before its first event can arrive (an originated leg). */
  indexChannel(channelId: string, sessionId: string): void {
    this.byChannel.set(channelId, sessionId);
  }

  /** A leg that ended: its events no longer lead to the call. */
  async forgetChannel(channelId: string): Promise<void> {
    this.byChannel.delete(channelId);
    await this.redis.del(CHANNEL(channelId));
  }

  async remove(session: CallSession): Promise<void> {
    this.sessions.delete(session.id);
    const pipeline = this.redis.multi().del(SESSION(session.id)).srem(SERVER(session.server), session.id);
    for (const channelId of Object.keys(session.legs)) {
      this.byChannel.delete(channelId);
      pipeline.del(CHANNEL(channelId));
    }
    await pipeline.exec();
  }

  /** The calls of one server that some process was handling, to re-adopt them. */
  async loadServer(url: string): Promise<CallSession[]> {
    const ids = await this.redis.smembers(SERVER(url));
    if (ids.length === 0) {
      return [];
    }
    const raw = await this.redis.mget(ids.map(SESSION));
    const sessions = raw.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as CallSession);
    for (const session of sessions) {
      this.sessions.set(session.id, session);
      for (const channelId of Object.keys(session.legs)) {
        this.byChannel.set(channelId, session.id);
      }
    }
    return sessions;
  }

  size(): number {
    return this.sessions.size;
  }
}
