import { Inject, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { OnGatewayConnection, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { LIVE_NAMESPACE, SessionUser } from '@pbx/contracts';
import Redis from 'ioredis';
import { Namespace, Socket } from 'socket.io';
import { REDIS } from '../../common/redis/redis.module';
import { liveChannel, LiveMessage } from './live-events.service';

const room = (accountId: string) => `account:${accountId}`;

/** Live views (DESIGN.md): a panel joins its account's room with its access token. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);
  private subscriber?: Redis;

  @WebSocketServer()
  server!: Namespace;

  constructor(
    private readonly jwt: JwtService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate();
    await this.subscriber.subscribe(liveChannel(this.redis));
    this.subscriber.on('message', (_channel, raw) => {
      const message = JSON.parse(raw) as LiveMessage;
      this.server?.to(room(message.accountId)).emit(message.event, message.payload);
    });
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  async handleConnection(socket: Socket): Promise<void> {
    try {
      const token = String(socket.handshake.auth?.['token'] ?? '');
      const user = await this.jwt.verifyAsync<SessionUser>(token);
      if (!user.accountId) {
        throw new Error('no account');
      }
      await socket.join(room(user.accountId));
    } catch {
      this.logger.debug('Live socket refused: no valid token');
      socket.disconnect(true);
    }
  }
}
