import { AriPort, HangupReason, OriginateParams } from './ari-port';

/** The ari-client library's resource API, as far as we call it (it ships no types). */
export interface AriClientLike {
  channels: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
  bridges: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
}

/** AriPort over ari-client: one per Asterisk server. */
export class AriClientPort implements AriPort {
  constructor(
    readonly url: string,
    private readonly client: AriClientLike,
  ) {}

  async answer(channelId: string): Promise<void> {
    await this.client.channels['answer']({ channelId });
  }

  async ring(channelId: string): Promise<void> {
    await this.client.channels['ring']({ channelId });
  }

  async hangup(channelId: string, reason: HangupReason = 'normal'): Promise<void> {
    await ignoreNotFound(this.client.channels['hangup']({ channelId, reason }));
  }

  async play(channelId: string, media: string, playbackId: string): Promise<void> {
    await this.client.channels['play']({ channelId, media, playbackId });
  }

  async originate(params: OriginateParams): Promise<void> {
    const { variables, ...rest } = params;
    await this.client.channels['originate']({ ...rest, ...(variables && { variables }) });
  }

  async createBridge(bridgeId: string, type: 'mixing' | 'holding'): Promise<void> {
    await this.client.bridges['create']({ bridgeId, type });
  }

  async addToBridge(bridgeId: string, channelIds: string[]): Promise<void> {
    await this.client.bridges['addChannel']({ bridgeId, channel: channelIds.join(',') });
  }

  async destroyBridge(bridgeId: string): Promise<void> {
    await ignoreNotFound(this.client.bridges['destroy']({ bridgeId }));
  }

  async channelIds(): Promise<Set<string>> {
    const channels = (await this.client.channels['list']({})) as Array<{ id: string }>;
    return new Set(channels.map((c) => c.id));
  }
}

async function ignoreNotFound(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (!/not found|404/i.test(String((error as Error)?.message ?? error))) {
      throw error;
    }
  }
}
