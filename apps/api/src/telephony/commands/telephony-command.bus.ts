import { Inject, Injectable, OnModuleDestroy, RequestTimeoutException } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { REDIS } from '../../common/redis/redis.module';

const REPLY_TIMEOUT_MS = 3000;
export const NO_TELEPHONY = 'No telephony service is running';

export type TelephonyCommand =
  | { type: 'recording.pause' | 'recording.resume'; callId: string }
  | { type: 'agent.pause'; agentId: string; reason: string }
  | { type: 'agent.resume'; agentId: string };
export interface TelephonyReply {
  ok: boolean;
  message?: string;
}

/**
 * Asks the telephony process that holds a call to act on it: the HTTP role may be another
 * process, and only the holder has the call's Asterisk connection. Redis pub/sub, with a reply.
 */
@Injectable()
export class TelephonyCommandBus implements OnModuleDestroy {
  private subscriber?: Redis;

  /** Pub/sub channels span a Redis server's databases: the db number keeps environments apart. */
  private readonly channel: string;

  constructor(@Inject(REDIS) private readonly redis: Redis) {
    this.channel = `tel:commands:${redis.options.db ?? 0}`;
  }

  /** Resolves with the holder's answer; 409-worthy `ok: false` when no process holds the call. */
  async send(command: TelephonyCommand, timeoutMs = REPLY_TIMEOUT_MS): Promise<TelephonyReply> {
    const replyTo = `tel:reply:${randomUUID()}`;
    const listener = this.redis.duplicate();
    try {
      await listener.subscribe(replyTo);
      const reply = new Promise<TelephonyReply>((resolve, reject) => {
        const timer = setTimeout(() => reject(new RequestTimeoutException('The telephony service did not answer')), timeoutMs);
        listener.on('message', (_channel, message) => {
          clearTimeout(timer);
          resolve(JSON.parse(message) as TelephonyReply);
        });
      });
      const receivers = await this.redis.publish(this.channel, JSON.stringify({ ...command, replyTo }));
      if (receivers === 0) {
        return { ok: false, message: NO_TELEPHONY };
      }
      return await reply;
    } finally {
      listener.disconnect();
    }
  }

  /**
   * In the telephony role: `handle` answers null for calls this process does not hold, so
   * that the process that holds it answers.
   */
  async listen(handle: (command: TelephonyCommand) => Promise<TelephonyReply | null>): Promise<void> {
    this.subscriber = this.redis.duplicate();
    await this.subscriber.subscribe(this.channel);
    this.subscriber.on('message', (_channel, message) => {
      const { replyTo, ...command } = JSON.parse(message) as TelephonyCommand & { replyTo: string };
      void handle(command).then(
        (reply) => reply && this.redis.publish(replyTo, JSON.stringify(reply)),
        (error: unknown) => this.redis.publish(replyTo, JSON.stringify({ ok: false, message: String(error) })),
      );
    });
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }
}
