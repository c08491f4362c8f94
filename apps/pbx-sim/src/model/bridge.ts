// A Stasis bridge: mixing or holding, with its members and its own playback queue.
import { asteriskTime } from '../time/scheduler';
import type { Channel } from './channel';
import type { Playback } from './playback';
import type { LiveRecording } from './recording';

export const BRIDGE_TYPES = ['mixing', 'holding', 'dtmf_events', 'proxy_media', 'video_sfu', 'video_single'];

export class Bridge {
  readonly members: Channel[] = [];
  playbacks: Playback[] = [];
  readonly recordings = new Set<LiveRecording>();
  /** Recorder channel names, listed first in BRIDGEPEER as Asterisk does. */
  readonly recorders: string[] = [];
  readonly explicitApps = new Set<string>();
  moh = false;
  destroyed = false;

  constructor(
    readonly id: string,
    readonly types: string[],
    readonly name: string,
    readonly creationtime: number,
  ) {}

  get holding(): boolean {
    return this.types.includes('holding');
  }

  get technology(): string {
    return this.holding ? 'holding_bridge' : 'simple_bridge';
  }

  subscribers(): Set<string> {
    const apps = new Set(this.explicitApps);
    for (const m of this.members) for (const a of m.subscribers()) apps.add(a);
    return apps;
  }

  toJson(): Record<string, unknown> {
    return {
      id: this.id,
      technology: this.technology,
      bridge_type: this.holding ? 'holding' : 'mixing',
      bridge_class: 'stasis',
      creator: 'Stasis',
      name: this.name,
      channels: this.members.map((c) => c.id),
      creationtime: asteriskTime(this.creationtime),
      video_mode: 'talker',
    };
  }
}
