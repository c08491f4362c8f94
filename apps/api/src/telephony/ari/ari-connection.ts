import { Logger } from '@nestjs/common';
import { AriConnectionState } from '@pbx/contracts';
import { AriClientLike, AriClientPort } from './ari-client.port';
import { AriEvent, AriPort } from './ari-port';

// ari-client ships neither types nor ES exports.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ari = require('ari-client') as { connect(url: string, user: string, password: string): Promise<AriClient> };

interface AriClient extends AriClientLike {
  on(event: string, listener: (...args: unknown[]) => void): void;
  start(apps: string): Promise<void>;
  stop(): void;
}

export interface AriConnectionHandlers {
  onEvent(port: AriPort, event: AriEvent): void;
  onChannelCommand(channelId: string): void;
  /** After each (re)connection, before new events are trusted to be complete. */
  onConnected(port: AriPort): Promise<void>;
  onState(state: AriConnectionState): void;
}

const BACKOFF_MS = [500, 1000, 2000, 5000, 10000, 30000];

/**
 * One Asterisk server: connects with ari-client, subscribes the Stasis app, and keeps
 * reconnecting with backoff for as long as the process runs.
 */
export class AriConnection {
  private readonly logger = new Logger(AriConnection.name);
  private client?: AriClient;
  private stopped = false;
  private attempt = 0;
  private state: AriConnectionState;

  constructor(
    /** As configured, e.g. http://127.0.0.1:8088/ari. */
    readonly url: string,
    private readonly user: string,
    private readonly password: string,
    private readonly app: string,
    private readonly handlers: AriConnectionHandlers,
  ) {
    this.state = { url, state: 'connecting', since: new Date().toISOString() };
  }

  get current(): AriConnectionState {
    return this.state;
  }

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.client?.stop();
  }

  private async connect(): Promise<void> {
    while (!this.stopped) {
      this.setState('connecting');
      try {
        // ari-client wants the server's base URL; it adds /ari itself.
        const client = await ari.connect(this.url.replace(/\/ari\/?$/, ''), this.user, this.password);
        const port = new AriClientPort(this.url, client, { user: this.user, password: this.password }, (channelId) => this.handlers.onChannelCommand(channelId));
        client.on('*', (event) => this.handlers.onEvent(port, event as AriEvent));
        client.on('WebSocketReconnecting', () => this.setState('connecting'));
        client.on('WebSocketConnected', () => void this.connected(port));
        client.on('WebSocketMaxRetries', () => {
          this.setState('disconnected');
          if (!this.stopped) {
            void this.connect();
          }
        });
        this.client = client;
        await client.start(this.app);
        return;
      } catch (error) {
        this.setState('disconnected');
        const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
        this.attempt += 1;
        this.logger.warn(`ARI ${this.url}: ${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async connected(port: AriPort): Promise<void> {
    this.attempt = 0;
    this.setState('connected');
    try {
      await this.handlers.onConnected(port);
    } catch (error) {
      this.logger.error(`ARI ${this.url}: taking over calls failed: ${String(error)}`);
    }
  }

  private setState(state: AriConnectionState['state']): void {
    if (this.state.state !== state) {
      this.state = { url: this.url, state, since: new Date().toISOString() };
      this.logger.log(`ARI ${this.url}: ${state}`);
      this.handlers.onState(this.state);
    }
  }
}
