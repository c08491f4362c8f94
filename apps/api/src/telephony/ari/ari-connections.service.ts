import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { STASIS_APP } from '../calls/call-actions.service';
import { CallEngine } from '../calls/call-engine.service';
import { AriConnection } from './ari-connection';
import { AriStatusService, ARI_STATE_TTL_SECONDS } from './ari-status.service';

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
  ) {}

  onApplicationBootstrap(): void {
    for (const url of this.status.configuredUrls()) {
      const connection = new AriConnection(url, this.env.ARI_USER, this.env.ARI_PASSWORD, STASIS_APP, {
        onEvent: (port, event) => this.engine.handle(port, event),
        onConnected: async (port) => {
          const adopted = await this.engine.adopt(port);
          if (adopted > 0) {
            this.logger.log(`ARI ${url}: took over ${adopted} call(s) in progress`);
          }
        },
        onState: (state) => void this.status.publish(state).catch(() => undefined),
      });
      this.connections.push(connection);
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
