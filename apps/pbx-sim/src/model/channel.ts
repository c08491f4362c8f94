// A channel as Asterisk reports it, plus the simulator's bookkeeping around it.
import { asteriskTime } from '../time/scheduler';
import type { TimerHandle } from '../time/scheduler';
import type { Bridge } from './bridge';
import type { Playback } from './playback';
import type { LiveRecording } from './recording';

export type ChannelState = 'Down' | 'Ring' | 'Ringing' | 'Up' | 'Busy';
export type Technology = 'Local' | 'PJSIP' | 'Snoop';

export interface CallerId {
  name: string;
  number: string;
}

export interface DialplanCep {
  context: string;
  exten: string;
  priority: number;
  app_name: string;
  app_data: string;
}

export interface AmdResult {
  status: string;
  cause: string;
  /** Simulated ms after answer when AMD decides. */
  afterMs: number;
}

/** What a dialed channel does once the far end answers. */
export type AfterAnswer =
  | { kind: 'app'; app: string; args: string[] }
  | { kind: 'dialplan'; context: string; exten: string; priority: number };

export interface DialAttempt {
  /** The dial came from originate (dialstring repeated in later Dial events) rather than /dial. */
  fromOriginate: boolean;
  dialstring: string;
  timer: TimerHandle | null;
  then: AfterAnswer | null;
}

export class Channel {
  state: ChannelState = 'Down';
  connected: CallerId = { name: '', number: '' };
  readonly accountcode = '';
  readonly language = 'en';
  /** SIP Call-ID for PJSIP channels, empty for others. */
  protocolId = '';
  readonly vars = new Map<string, string>();
  /** Apps subscribed by originate/create/applications subscribe: they keep events until destruction. */
  readonly explicitApps = new Set<string>();
  stasisApp: string | null = null;
  stasisArgs: string[] = [];
  bridge: Bridge | null = null;
  /** The other half of a Local channel pair. */
  partner: Channel | null = null;
  playbacks: Playback[] = [];
  readonly recordings = new Set<LiveRecording>();
  readonly snoops = new Set<Channel>();
  /** Stops the dialplan script or far-end behaviour currently driving this channel. */
  stopScript: (() => void) | null = null;
  stopFar: (() => void) | null = null;
  runningScript = false;
  dialing: DialAttempt | null = null;
  /** Set by channels/create: what POST /dial starts. */
  pendingDial: { dialstring: string; start: () => void } | null = null;
  snoopOf: Channel | null = null;
  /** Dialplan location shown again once Stasis ends (originated channels show AppDial2). */
  restDialplan: DialplanCep | null = null;
  /** AMD outcome the far end produces (set from a number's profile or far-amd extension). */
  amd: AmdResult | null = null;
  endpointKey: string | null = null;
  dying = false;
  destroyed = false;
  muted = new Set<'in' | 'out'>();
  held = false;
  moh = false;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly tech: Technology,
    public caller: CallerId,
    public dialplan: DialplanCep,
    readonly creationtime: number,
  ) {}

  subscribers(): Iterable<string> {
    if (!this.stasisApp) return this.explicitApps;
    if (this.explicitApps.size === 0) return [this.stasisApp];
    const all = new Set(this.explicitApps);
    all.add(this.stasisApp);
    return all;
  }

  toJson(): Record<string, unknown> {
    return {
      id: this.id,
      name: this.name,
      state: this.state,
      protocol_id: this.protocolId,
      caller: { ...this.caller },
      connected: { ...this.connected },
      accountcode: this.accountcode,
      dialplan: { ...this.dialplan },
      creationtime: asteriskTime(this.creationtime),
      language: this.language,
    };
  }
}

/** Parses `"Name" <number>`, `Name <number>` or a bare number, as Asterisk's callerid parser does. */
export function parseCallerId(raw: string | undefined): CallerId {
  if (!raw) return { name: '', number: '' };
  const m = /^\s*(?:"([^"]*)"|([^<]*?))\s*<([^>]*)>\s*$/.exec(raw);
  if (m) return { name: (m[1] ?? m[2] ?? '').trim(), number: m[3].trim() };
  return /^[+0-9*#]+$/.test(raw.trim()) ? { name: '', number: raw.trim() } : { name: raw.trim(), number: '' };
}
