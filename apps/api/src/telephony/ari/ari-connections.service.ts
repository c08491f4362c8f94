import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { DIALED_LEG, STASIS_APP } from '../calls/call-actions.service';
import { CallEngine } from '../calls/call-engine.service';
import { AriConnection } from './ari-connection';
import { AriStatusService, ARI_STATE_TTL_SECONDS } from './ari-status.service';
import { FirstCommandLatency } from './first-command.latency';
import { TelephonyCommandBus } from '../commands/telephony-command.bus';

/** Connects to every configured Asterisk server (ARI_URLS) and feeds the call engine. */
@Injectable()
export class AriConnectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AriConnectionsService.name);
  private readonly connections: AriConnection[] = [];
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly env: Environment,
    private readonly engine: CallEngine,
    private readonly status: AriStatusService,
    private readonly latency: FirstCommandLatency,
    private readonly commands: TelephonyCommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.status.configuredUrls().length > 0) {
      await this.commands.listen((command) => this.engine.command(command));
    }
    for (const url of this.status.configuredUrls()) {
      const connection = new AriConnection(url, this.env.ARI_USER, this.env.ARI_PASSWORD, STASIS_APP, {
        onEvent: (port, event) => {
          // Calls arriving from the dialplan; legs the engine dialled itself await no command.
          if (event.type === 'StasisStart' && (event as { args: string[] }).args[0] !== DIALED_LEG) {
            this.latency.stasisStarted((event as { channel: { id: string } }).channel.id, event.timestamp);
          }
          this.engine.handle(port, event);
        },
        onChannelCommand: (channelId) => this.latency.commandSent(channelId),
        onConnected: async (port) => {
          this.engine.registerPort(port);
          const adopted = await this.engine.adopt(port);
          if (adopted > 0) {
            this.logger.log(`ARI ${url}: took over ${adopted} call(s) in progress`);
          }
        },
        onState: (state) => void this.status.publish(state).catch(() => undefined),
      });
      this.connections.push(connection);
      // Replaces what a previous process left in Redis before anyone can read it as ours.
      await this.status.publish(connection.current);
      connection.start();
    }
    this.heartbeat = setInterval(() => {
      for (const connection of this.connections) {
        void this.status.publish(connection.current).catch(() => undefined);
      }
    }, (ARI_STATE_TTL_SECONDS * 1000) / 3);
    this.heartbeat.unref();
  }

  /** Calls stay up in Asterisk: another process, or this one restarted, takes them over. */
  onApplicationShutdown(): void {
    clearInterval(this.heartbeat);
    this.connections.forEach((connection) => connection.stop());
  }
}
