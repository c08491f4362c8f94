import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AriPort, HangupReason, OriginateParams } from './ari-port';

/** The ari-client library's resource API, as far as we call it (it ships no types). */
export interface AriClientLike {
  channels: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
  bridges: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
  recordings: Record<string, (params: Record<string, unknown>) => Promise<unknown>>;
}

export interface AriCredentials {
  user: string;
  password: string;
}

/** AriPort over ari-client: one per Asterisk server. */
/** Longer than any ARI request takes; shorter than a caller's patience. */
export const ARI_REQUEST_TIMEOUT_MS = 8000;

function withTimeouts(resource: AriClientLike['channels']): AriClientLike['channels'] {
  return new Proxy(resource, {
    get: (target, operation: string) => {
      const call = target[operation];
      return typeof call !== 'function'
        ? call
        : (params: Record<string, unknown>) =>
            Promise.race([
              call.call(target, params),
              new Promise((_, reject) => setTimeout(() => reject(new Error(`ARI ${operation} timed out after ${ARI_REQUEST_TIMEOUT_MS} ms`)), ARI_REQUEST_TIMEOUT_MS).unref()),
            ]);
    },
  });
}

export class AriClientPort implements AriPort {
  private readonly client: AriClientLike;

  constructor(
    readonly url: string,
    client: AriClientLike,
    private readonly credentials: AriCredentials,
    /** Told of every request on a channel, as it is sent. */
    private readonly onChannelCommand: (channelId: string) => void = () => undefined,
  ) {
    // A request Asterisk never answers must not hold a call's queue of events forever.
    this.client = {
      channels: withTimeouts(client.channels),
      bridges: withTimeouts(client.bridges),
      recordings: withTimeouts(client.recordings),
    };
  }

  async answer(channelId: string): Promise<void> {
    await this.channel('answer', { channelId });
  }

  async ring(channelId: string): Promise<void> {
    await this.channel('ring', { channelId });
  }

  async hangup(channelId: string, reason: HangupReason = 'normal'): Promise<void> {
    await ignoreNotFound(this.channel('hangup', { channelId, reason }));
  }

  async play(channelId: string, media: string, playbackId: string): Promise<void> {
    await this.channel('play', { channelId, media, playbackId });
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

  async startChannelMoh(channelId: string): Promise<void> {
    await this.channel('startMoh', { channelId, mohClass: 'default' });
  }

  async stopChannelMoh(channelId: string): Promise<void> {
    await ignoreNotFound(this.channel('stopMoh', { channelId }));
  }

  async removeFromBridge(bridgeId: string, channelIds: string[]): Promise<void> {
    await ignoreNotFound(this.client.bridges['removeChannel']({ bridgeId, channel: channelIds.join(',') }));
  }

  async startBridgeMoh(bridgeId: string, mohClass = 'default'): Promise<void> {
    await this.client.bridges['startMoh']({ bridgeId, mohClass });
  }

  async channelIds(): Promise<Set<string>> {
    const channels = (await this.client.channels['list']({})) as Array<{ id: string }>;
    return new Set(channels.map((c) => c.id));
  }

  async recordBridge(bridgeId: string, name: string): Promise<void> {
    await this.client.bridges['record']({ bridgeId, name, format: 'wav', ifExists: 'overwrite', beep: false, terminateOn: 'none' });
  }

  async stopRecording(name: string): Promise<void> {
    await ignoreNotFound(this.client.recordings['stop']({ recordingName: name }));
  }

  async pauseRecording(name: string): Promise<void> {
    await this.client.recordings['pause']({ recordingName: name });
  }

  async unpauseRecording(name: string): Promise<void> {
    await this.client.recordings['unpause']({ recordingName: name });
  }

  /** Plain HTTP: ari-client's swagger layer buffers and decodes bodies as text, which breaks audio. */
  async downloadStoredRecording(name: string, toPath: string): Promise<number> {
    const auth = Buffer.from(`${this.credentials.user}:${this.credentials.password}`).toString('base64');
    const response = await fetch(`${this.url}/recordings/stored/${encodeURIComponent(name)}/file`, { headers: { authorization: `Basic ${auth}` } });
    if (!response.ok || !response.body) {
      throw new Error(`Asterisk answered ${response.status} for recording ${name}`);
    }
    let size = 0;
    const counted = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).on('data', (chunk: Buffer) => (size += chunk.length));
    await pipeline(counted, createWriteStream(toPath));
    return size;
  }

  async deleteStoredRecording(name: string): Promise<void> {
    await ignoreNotFound(this.client.recordings['deleteStored']({ recordingName: name }));
  }

  private channel(operation: string, params: { channelId: string } & Record<string, unknown>): Promise<unknown> {
    const request = this.client.channels[operation](params);
    this.onChannelCommand(params.channelId);
    return request;
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
