// The simulated Asterisk: channels, Local pairs, dialing, Stasis, hangup sequences and
// bridges, emitting the events in the order the recorded traces show.
import { FirstCommandProbe } from './first-command.probe';
import { AriError, notFound, notInStasis } from '../ari/errors';
import type { EventBus } from '../events/event-bus';
import { Bridge, BRIDGE_TYPES } from '../model/bridge';
import { causeText } from '../model/causes';
import { Channel, parseCallerId } from '../model/channel';
import type { AfterAnswer, AmdResult, CallerId, DialAttempt, DialplanCep, Technology } from '../model/channel';
import type { IdGenerator } from '../model/ids';
import type { Prng } from '../time/prng';
import type { Scheduler } from '../time/scheduler';
import type { Dialplan, Step } from '../world/dialplan';
import { calleeScript, phoneScript } from '../world/profiles';
import type { World } from '../world/world';
import { Media } from './media';
import { ScriptRunner } from './script-runner';
import type { ScriptPort } from './script-runner';

const DEFAULT_AMD: AmdResult = { status: 'HUMAN', cause: 'HUMAN-300-900', afterMs: 1800 };

export interface OriginateParams {
  endpoint?: string;
  extension?: string;
  context?: string;
  priority?: number;
  app?: string;
  appArgs?: string;
  callerId?: string;
  timeout?: number;
  variables?: Record<string, unknown>;
  channelId?: string;
  otherChannelId?: string;
}

interface Target {
  tech: Technology;
  name: string;
  dialstring: string;
  dialplan: DialplanCep;
  endpointKey: string | null;
  /** Far-end behaviour of a single (non-Local) channel. */
  far?: { steps: Step[]; amd: AmdResult | null };
  /** The Local channel's own extension (run by the ;2 half). */
  local?: { context: string; exten: string; steps: Step[]; amd: AmdResult | null };
}

export class Pbx {
  readonly channels = new Map<string, Channel>();
  readonly bridges = new Map<string, Bridge>();
  readonly media: Media;
  private snoopSeq = 1;
  /** Channel ids per endpoint ("PJSIP/100"), kept for GET /endpoints without a scan. */
  readonly endpointChannels = new Map<string, Set<string>>();
  private readonly upWaiters = new Map<Channel, (() => void)[]>();
  readonly firstCommand = new FirstCommandProbe();

  constructor(
    readonly sched: Scheduler,
    readonly bus: EventBus,
    readonly ids: IdGenerator,
    readonly prng: Prng,
    readonly dialplan: Dialplan,
    readonly world: World,
    recordingDir: string,
    soundDurations: Record<string, number>,
    defaultSoundMs: number,
  ) {
    this.media = new Media(this, recordingDir, soundDurations, defaultSoundMs);
  }

  // ---------------------------------------------------------------- events

  emitChannel(type: string, ch: Channel, extra: Record<string, unknown> = {}): void {
    this.bus.publish(type, { ...extra, channel: ch.toJson() }, ch.subscribers());
  }

  setState(ch: Channel, state: Channel['state']): void {
    if (ch.state === state) return;
    ch.state = state;
    this.emitChannel('ChannelStateChange', ch);
    if (state === 'Up') {
      const waiters = this.upWaiters.get(ch);
      this.upWaiters.delete(ch);
      waiters?.forEach((fn) => fn());
    }
  }

  setVar(ch: Channel, name: string, value: string): void {
    if (value === '') ch.vars.delete(name);
    else ch.vars.set(name, value);
    this.emitChannel('ChannelVarset', ch, { variable: name, value });
  }

  private emitDial(peer: Channel, dialstatus: string, dialstring: string): void {
    this.bus.publish('Dial', { dialstatus, forward: '', dialstring, peer: peer.toJson() }, peer.subscribers());
  }

  private emitHangupRequest(ch: Channel, hr: { cause?: number; soft?: boolean }): void {
    const extra: Record<string, unknown> = {};
    if (hr.cause !== undefined) extra['cause'] = hr.cause;
    if (hr.soft) extra['soft'] = true;
    this.emitChannel('ChannelHangupRequest', ch, extra);
  }

  // ---------------------------------------------------------------- lookups

  channel(id: string): Channel {
    const ch = this.channels.get(id);
    if (!ch) throw notFound('Channel');
    return ch;
  }

  stasisChannel(id: string): Channel {
    const ch = this.channel(id);
    if (!ch.stasisApp) throw notInStasis();
    return ch;
  }

  bridge(id: string): Bridge {
    const b = this.bridges.get(id);
    if (!b) throw notFound('Bridge');
    return b;
  }

  // ---------------------------------------------------------------- channel creation

  private resolve(endpoint: string): Target {
    const local = /^Local\/([^@/]+)@([^/]+)(?:\/n)?$/i.exec(endpoint);
    if (local) {
      const [, exten, context] = local;
      const ext = this.dialplan.find(context, exten);
      if (!ext) throw new AriError(500, 'Allocation failed', 'error');
      return {
        tech: 'Local',
        name: `Local/${exten}@${context}-${this.ids.nameSuffix()}`,
        dialstring: `${exten}@${context}`,
        dialplan: { context, exten, priority: 1, app_name: '', app_data: '' },
        endpointKey: null,
        local: { context, exten, steps: ext.steps, amd: ext.amd ?? null },
      };
    }
    const trunk = /^PJSIP\/([^@/]+)@([^/]+)$/i.exec(endpoint);
    if (trunk) {
      const [, number, trunkName] = trunk;
      const b = this.world.behaviourOf(number);
      return {
        tech: 'PJSIP',
        name: `PJSIP/${trunkName}-${this.ids.nameSuffix()}`,
        dialstring: `${number}@${trunkName}`,
        dialplan: { context: 'from-trunk', exten: 's', priority: 1, app_name: '', app_data: '' },
        endpointKey: `PJSIP/${trunkName}`,
        far: { steps: calleeScript(b, this.prng), amd: b.amd ?? (b.machine ? { status: 'MACHINE', cause: 'LONGGREETING-1500-1500', afterMs: 2300 } : null) },
      };
    }
    const phone = /^PJSIP\/([^@/]+)$/i.exec(endpoint);
    if (phone) {
      const p = this.world.phones.get(phone[1]);
      if (!p || !p.registered) throw new AriError(500, 'Allocation failed', 'error');
      return {
        tech: 'PJSIP',
        name: `PJSIP/${p.login}-${this.ids.nameSuffix()}`,
        dialstring: p.login,
        dialplan: { context: 'from-phones', exten: 's', priority: 1, app_name: '', app_data: '' },
        endpointKey: `PJSIP/${p.login}`,
        far: { steps: phoneScript(p), amd: null },
      };
    }
    throw new AriError(500, 'Allocation failed', 'error');
  }

  newChannel(tech: Technology, name: string, caller: CallerId, dialplan: DialplanCep, id?: string, endpointKey: string | null = null): Channel {
    const ch = new Channel(id || this.ids.uniqueId(), name, tech, caller, dialplan, this.sched.now());
    if (tech === 'PJSIP') ch.protocolId = this.ids.uuid(() => this.prng.next());
    this.channels.set(ch.id, ch);
    if (endpointKey) {
      ch.endpointKey = endpointKey;
      let set = this.endpointChannels.get(endpointKey);
      if (!set) this.endpointChannels.set(endpointKey, (set = new Set()));
      set.add(ch.id);
    }
    return ch;
  }

  private checkIds(...ids: (string | undefined)[]): void {
    for (const id of ids) if (id && this.channels.has(id)) throw new AriError(409, 'Channel with given unique ID already exists');
  }

  /** Builds the dialed channel (and for Local its ;2 half); far ends start when dialing starts. */
  private build(p: OriginateParams, target: Target, dialplan: DialplanCep): { ch: Channel; start: () => void } {
    const cid = parseCallerId(p.callerId);
    const ch = this.newChannel(target.tech, target.tech === 'Local' ? `${target.name};1` : target.name, { ...cid }, dialplan, p.channelId, target.endpointKey);
    if (cid.number || cid.name) ch.connected = { ...cid };
    const vars = Object.entries(p.variables ?? {}).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of vars) ch.vars.set(k, v);
    if (target.local) {
      const half2 = this.newChannel('Local', `${target.name};2`, { ...cid }, { ...target.dialplan }, p.otherChannelId || (p.channelId ? `${p.channelId};2` : undefined));
      half2.connected = { ...ch.connected };
      half2.state = 'Ring';
      half2.amd = target.local.amd;
      half2.vars.set('EXTEN', target.local.exten);
      for (const [k, v] of vars) half2.vars.set(k, v);
      ch.partner = half2;
      half2.partner = ch;
      const local = target.local;
      return { ch, start: () => this.runScript(half2, local.steps, local.context, local.exten) };
    }
    const far = target.far;
    ch.amd = far?.amd ?? null;
    return { ch, start: () => far && this.runFar(ch, far.steps) };
  }

  originate(p: OriginateParams): Channel {
    if (!p.endpoint) throw new AriError(400, 'Endpoint must be specified');
    if (!p.app && !p.extension) throw new AriError(400, 'Application or extension must be specified');
    this.checkIds(p.channelId, p.otherChannelId);
    const target = this.resolve(p.endpoint);
    const { ch, start } = this.build(p, target, { ...target.dialplan, app_name: 'AppDial2', app_data: '(Outgoing Line)' });
    ch.restDialplan = { ...ch.dialplan };
    const then: AfterAnswer = p.app
      ? { kind: 'app', app: p.app, args: p.appArgs ? p.appArgs.split(',') : [] }
      : { kind: 'dialplan', context: p.context || 'default', exten: p.extension as string, priority: p.priority || 1 };
    if (p.app) {
      ch.explicitApps.add(p.app);
      ch.partner?.explicitApps.add(p.app);
    }
    const timeout = p.timeout === undefined || p.timeout === 0 ? 30 : p.timeout;
    this.sched.after(0, () => {
      if (ch.destroyed) return;
      const half2 = ch.partner;
      if (half2 && p.app) {
        for (const [k, v] of Object.entries(p.variables ?? {})) this.emitChannel('ChannelVarset', half2, { variable: k, value: String(v) });
        if (p.callerId) {
          this.emitChannel('ChannelCallerId', half2, { caller_presentation: 0, caller_presentation_txt: 'Presentation Allowed, Not Screened' });
          this.emitChannel('ChannelConnectedLine', half2);
        }
      }
      this.startDial(ch, { fromOriginate: true, dialstring: target.dialstring, timer: null, then }, timeout, start);
    });
    return ch;
  }

  create(p: OriginateParams): Channel {
    if (!p.endpoint) throw new AriError(400, 'Endpoint must be specified');
    this.checkIds(p.channelId, p.otherChannelId);
    const target = this.resolve(p.endpoint);
    const { ch, start } = this.build(p, target, { ...target.dialplan });
    const app = p.app as string;
    const args = p.appArgs ? p.appArgs.split(',') : [];
    ch.explicitApps.add(app);
    ch.pendingDial = { dialstring: target.dialstring, start };
    const data = [app, ...args].join(',');
    this.sched.after(0, () => {
      if (ch.destroyed) return;
      ch.dialplan = { ...ch.dialplan, app_name: 'Stasis', app_data: data };
      this.emitChannel('ChannelDialplan', ch, { dialplan_app: 'Stasis', dialplan_app_data: data });
      this.enterStasis(ch, app, args);
    });
    return ch;
  }

  dial(ch: Channel, timeout: number | undefined): void {
    if (!ch.stasisApp) throw notInStasis();
    const pending = ch.pendingDial;
    if (!pending) throw new AriError(409, 'Channel is not in the Down state');
    ch.pendingDial = null;
    this.startDial(ch, { fromOriginate: false, dialstring: pending.dialstring, timer: null, then: null }, timeout ?? 0, pending.start);
  }

  private startDial(ch: Channel, attempt: DialAttempt, timeoutSec: number, start: () => void): void {
    ch.dialing = attempt;
    this.emitDial(ch, '', attempt.dialstring);
    if (timeoutSec > 0) attempt.timer = this.sched.after(timeoutSec * 1000, () => this.dialTimeout(ch));
    start();
  }

  private laterDialstring(ch: Channel): string {
    return ch.dialing?.fromOriginate ? ch.dialing.dialstring : '';
  }

  /** The far end of a channel being dialed indicates ringing. */
  remoteRinging(ch: Channel): void {
    if (!ch.dialing || ch.state === 'Ringing' || ch.state === 'Up') return;
    this.setState(ch, 'Ringing');
    this.emitDial(ch, 'RINGING', this.laterDialstring(ch));
  }

  /** The far end answered: the dialed channel goes Up and on to its app or dialplan. */
  remoteAnswered(ch: Channel): void {
    const attempt = ch.dialing;
    if (!attempt) {
      this.setState(ch, 'Up');
      return;
    }
    attempt.timer?.cancel();
    this.setState(ch, 'Up');
    this.emitDial(ch, 'ANSWER', this.laterDialstring(ch));
    ch.dialing = null;
    const then = attempt.then;
    if (!then) return;
    if (then.kind === 'app') {
      ch.dialplan = { ...ch.dialplan, app_name: 'Stasis', app_data: [then.app, ...then.args].join(',') };
      this.enterStasis(ch, then.app, then.args);
    } else {
      const ext = this.dialplan.find(then.context, then.exten);
      if (!ext) return this.hangup(ch, { cause: 16 });
      ch.vars.set('EXTEN', then.exten);
      this.runScript(ch, ext.steps.slice(then.priority - 1), then.context, then.exten);
    }
  }

  remoteBusy(ch: Channel): void {
    if (!ch.dialing) return this.hangup(ch, { cause: 17 });
    this.emitDial(ch, 'BUSY', this.laterDialstring(ch));
    this.failDialed(ch, 17);
  }

  remoteCongestion(ch: Channel, cause: number): void {
    if (!ch.dialing) return this.hangup(ch, { cause });
    this.emitDial(ch, cause === 34 ? 'CONGESTION' : 'CHANUNAVAIL', this.laterDialstring(ch));
    this.failDialed(ch, cause);
  }

  private failDialed(ch: Channel, cause: number): void {
    ch.dialing?.timer?.cancel();
    ch.dialing = null;
    if (ch.stasisApp) return this.hangup(ch, { cause });
    this.stopDrivers(ch);
    this.destroy(ch, cause);
  }

  private dialTimeout(ch: Channel): void {
    if (ch.destroyed || !ch.dialing) return;
    ch.dialing = null;
    const half2 = ch.partner;
    if (half2 && !ch.stasisApp && !half2.dying) {
      // Local pair: the ;2 half is told first, then both go with cause 19 (trace 04).
      half2.dying = true;
      ch.dying = true;
      this.stopDrivers(half2);
      this.emitHangupRequest(half2, { cause: 19 });
      this.emitHangupRequest(half2, { cause: 16, soft: true });
      this.destroy(ch, 19);
      this.destroy(half2, 19);
      return;
    }
    this.hangup(ch, { hr: { cause: 19 }, cause: 19 });
  }

  // ---------------------------------------------------------------- scripts and far ends

  runScript(ch: Channel, steps: Step[], context: string, exten: string): void {
    ch.stopScript?.();
    ch.runningScript = true;
    const runner = new ScriptRunner(this.sched, this.channelPort(ch), steps, context, exten);
    ch.stopScript = () => runner.stop();
    runner.start();
  }

  runFar(ch: Channel, steps: Step[]): void {
    ch.stopFar?.();
    const runner = new ScriptRunner(this.sched, this.farPort(ch), steps, '', '');
    ch.stopFar = () => runner.stop();
    runner.start();
  }

  private whenUp(ch: Channel, fn: () => void): void {
    if (ch.state === 'Up') return fn();
    const list = this.upWaiters.get(ch) ?? [];
    list.push(fn);
    this.upWaiters.set(ch, list);
  }

  /** A script running in a channel's own dialplan (a Local half, or an originated channel). */
  private channelPort(ch: Channel): ScriptPort {
    return {
      channel: ch,
      answer: () => this.answerChannel(ch),
      ringing: () => {
        if (ch.partner?.dialing) this.remoteRinging(ch.partner);
      },
      busy: () => {
        this.setState(ch, 'Busy');
        const p = ch.partner;
        if (p?.dialing && !p.stasisApp) {
          // Local busy: the ;1 half dies with cause 0, the ;2 half with 17 (trace 03).
          this.emitDial(p, 'BUSY', this.laterDialstring(p));
          p.dialing.timer?.cancel();
          p.dialing = null;
          ch.dying = p.dying = true;
          ch.stopScript?.();
          this.emitHangupRequest(ch, { cause: 0 });
          this.destroy(p, 0);
          this.emitHangupRequest(ch, { cause: 16, soft: true });
          this.destroy(ch, 17);
          return;
        }
        if (p?.dialing) this.emitDial(p, 'BUSY', this.laterDialstring(p));
        this.hangup(ch, { cause: 17 });
      },
      congestion: (cause) => {
        if (ch.partner?.dialing) this.emitDial(ch.partner, 'CONGESTION', this.laterDialstring(ch.partner));
        this.hangup(ch, { cause });
      },
      dtmf: (d) => ch.partner && this.dtmfReceived(ch.partner, d),
      hangup: (cause) => this.hangup(ch, { cause }),
      stasis: (app, args) => {
        ch.runningScript = false;
        this.enterStasis(ch, app, args);
      },
      dialplanEvent: (app, data) => this.emitChannel('ChannelDialplan', ch, { dialplan_app: app, dialplan_app_data: data }),
      amd: () => ch.partner?.amd ?? ch.amd ?? DEFAULT_AMD,
      isUp: () => ch.state === 'Up',
      whenUp: (fn) => this.whenUp(ch, fn),
      lookup: (n) => ch.vars.get(n),
      setVar: (n, v) => this.setVar(ch, n, v),
      alive: () => !ch.dying && !ch.destroyed,
    };
  }

  /** The remote party of a single (PJSIP) channel: a phone, a customer, a caller. */
  private farPort(ch: Channel): ScriptPort {
    return {
      channel: null,
      answer: () => this.remoteAnswered(ch),
      ringing: () => this.remoteRinging(ch),
      busy: () => this.remoteBusy(ch),
      congestion: (cause) => this.remoteCongestion(ch, cause),
      dtmf: (d) => this.dtmfReceived(ch, d),
      hangup: (cause) => this.hangup(ch, { hr: {}, cause }),
      stasis: () => undefined,
      dialplanEvent: () => undefined,
      amd: () => ch.amd ?? DEFAULT_AMD,
      isUp: () => ch.state === 'Up',
      whenUp: (fn) => this.whenUp(ch, fn),
      lookup: (n) => ch.vars.get(n),
      setVar: () => undefined,
      alive: () => !ch.dying && !ch.destroyed,
    };
  }

  dtmfReceived(ch: Channel, digit: string, durationMs = 100): void {
    if (ch.destroyed || ch.dying) return;
    this.emitChannel('ChannelDtmfReceived', ch, { digit, duration_ms: durationMs });
  }

  /** Answer from our side (ARI answer or a script's Answer()). */
  answerChannel(ch: Channel): void {
    if (ch.state === 'Up') return;
    this.setState(ch, 'Up');
    if (ch.partner?.dialing) this.remoteAnswered(ch.partner);
    else if (ch.partner && ch.partner.state !== 'Up' && !ch.partner.dying) this.setState(ch.partner, 'Up');
  }

  // ---------------------------------------------------------------- Stasis

  enterStasis(ch: Channel, app: string, args: string[]): void {
    this.setVar(ch, 'STASISSTATUS', '');
    if (!this.bus.isRegistered(app)) {
      // Stasis() fails for an application nobody is connected as; the dialplan then ends.
      this.setVar(ch, 'STASISSTATUS', 'FAILED');
      return this.hangup(ch, { cause: 16 });
    }
    ch.stasisApp = app;
    ch.stasisArgs = args;
    // Only calls arriving from the dialplan: a channel the app originated has no "first command" to wait for.
    if (ch.explicitApps.size === 0) this.firstCommand.stasisStarted(ch.id);
    this.bus.publish('StasisStart', { args, channel: ch.toJson() }, ch.subscribers());
  }

  private leaveStasis(ch: Channel): void {
    if (!ch.stasisApp) return;
    this.firstCommand.forget(ch.id);
    this.emitChannel('StasisEnd', ch);
    ch.stasisApp = null;
    this.setVar(ch, 'STASISSTATUS', 'SUCCESS');
  }

  /** POST /channels/{id}/continue: leave the app and run the dialplan again. */
  continueInDialplan(ch: Channel, context?: string, extension?: string, priority?: number): void {
    this.leaveStasis(ch);
    const ctx = context || ch.dialplan.context;
    const exten = extension || ch.dialplan.exten;
    const ext = this.dialplan.find(ctx, exten);
    const from = context || extension ? (priority || 1) - 1 : ch.dialplan.priority;
    if (!ext) return this.hangup(ch, { cause: 16 });
    this.runScript(ch, ext.steps.slice(from), ctx, exten);
  }

  move(ch: Channel, app: string, args: string[]): void {
    this.emitChannel('StasisEnd', ch);
    ch.stasisApp = null;
    ch.dialplan = { ...ch.dialplan, app_name: 'Stasis', app_data: [app, ...args].join(',') };
    this.enterStasis(ch, app, args);
  }

  // ---------------------------------------------------------------- hangup

  private stopDrivers(ch: Channel): void {
    ch.stopScript?.();
    ch.stopFar?.();
    ch.dialing?.timer?.cancel();
    ch.dialing = null;
    this.upWaiters.delete(ch);
  }

  /**
   * Hangs a channel up the way Asterisk reports it: the hangup request, the channel's own
   * teardown (media, bridge, StasisEnd), the Local partner's request, then the destructions.
   */
  hangup(ch: Channel, opts: { hr?: { cause?: number; soft?: boolean }; cause: number; rtpStats?: boolean }): void {
    if (ch.dying || ch.destroyed) return;
    ch.dying = true;
    if (ch.tech === 'PJSIP' && ch.state === 'Up' && opts.hr) this.emitRtpStats(ch);
    if (opts.hr) this.emitHangupRequest(ch, opts.hr);
    this.teardown(ch);
    const p = ch.partner && !ch.partner.dying && !ch.partner.destroyed ? ch.partner : null;
    if (p) {
      p.dying = true;
      this.emitHangupRequest(p, { cause: 16 });
    }
    this.destroy(ch, opts.cause);
    if (p) {
      this.teardown(p);
      this.destroy(p, 16);
    }
  }

  private teardown(ch: Channel): void {
    const wasScript = ch.runningScript;
    this.stopDrivers(ch);
    for (const snoop of [...ch.snoops]) this.hangup(snoop, { hr: { cause: 16 }, cause: 16 });
    if (ch.stasisApp) {
      this.media.stopChannelMedia(ch);
      if (ch.bridge) this.leaveBridge(ch);
      this.leaveStasis(ch);
    } else if (wasScript) {
      this.emitHangupRequest(ch, { cause: 16, soft: true });
    }
  }

  private destroy(ch: Channel, cause: number): void {
    ch.dying = true;
    ch.stopScript?.();
    ch.stopFar?.();
    if (ch.bridge) this.leaveBridge(ch);
    this.media.stopChannelMedia(ch);
    ch.dialplan = ch.restDialplan ? { ...ch.restDialplan } : { ...ch.dialplan, app_name: '', app_data: '' };
    this.emitChannel('ChannelDestroyed', ch, { cause, cause_txt: causeText(cause) });
    ch.destroyed = true;
    this.channels.delete(ch.id);
    this.upWaiters.delete(ch);
    if (ch.endpointKey) this.endpointChannels.get(ch.endpointKey)?.delete(ch.id);
    ch.snoopOf?.snoops.delete(ch);
  }

  private emitRtpStats(ch: Channel): void {
    const zero = '000.000000';
    const stats: [string, string][] = [
      ['RTPAUDIOQOS', `ssrc=0;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000`],
      ['RTPAUDIOQOSJITTER', `minrxjitter=${zero};maxrxjitter=${zero};avgrxjitter=${zero};stdevrxjitter=${zero};mintxjitter=${zero};maxtxjitter=${zero};avgtxjitter=${zero};stdevtxjitter=${zero};`],
      ['RTPAUDIOQOSLOSS', `minrxlost=${zero};maxrxlost=${zero};avgrxlost=${zero};stdevrxlost=${zero};mintxlost=${zero};maxtxlost=${zero};avgtxlost=${zero};stdevtxlost=${zero};`],
      ['RTPAUDIOQOSRTT', `minrtt=${zero};maxrtt=${zero};avgrtt=${zero};stdevrtt=${zero};`],
      ['RTPAUDIOQOSMES', `minrxmes=${zero};maxrxmes=${zero};avgrxmes=${zero};stdevrxmes=${zero};mintxmes=${zero};maxtxmes=${zero};avgtxmes=${zero};stdevtxmes=${zero};`],
    ];
    for (const [k, v] of stats) this.setVar(ch, k, v);
  }

  // ---------------------------------------------------------------- snoop

  /** Creates a snoop channel on `target`; returns it with its snapshot from before StasisStart. */
  snoop(target: Channel, app: string, appArgs: string | undefined, spy: string, whisper: string, snoopId?: string): { snoop: Channel; json: Record<string, unknown> } {
    for (const d of [spy, whisper]) if (!['none', 'both', 'in', 'out'].includes(d)) throw new AriError(400, 'Invalid direction specified');
    if (spy === 'none' && whisper === 'none') throw new AriError(400, 'Direction must be specified for at least spy or whisper');
    this.checkIds(snoopId);
    const name = `Snoop/${target.id}-${(this.snoopSeq++).toString(16).padStart(8, '0')}`;
    const snoop = this.newChannel('Snoop', name, { name: '', number: '' }, { context: 'default', exten: 's', priority: 1, app_name: '', app_data: '' }, snoopId);
    snoop.state = 'Up';
    snoop.snoopOf = target;
    target.snoops.add(snoop);
    const args = appArgs ? appArgs.split(',') : [];
    const json = snoop.toJson();
    snoop.dialplan = { ...snoop.dialplan, app_name: 'Stasis', app_data: [app, ...args].join(',') };
    this.enterStasis(snoop, app, args);
    return { snoop, json };
  }

  // ---------------------------------------------------------------- bridges

  createBridge(type: string | undefined, id: string | undefined, name: string | undefined): Bridge {
    const types = (type || 'mixing').split(',').map((t) => t.trim());
    for (const t of types) if (!BRIDGE_TYPES.includes(t)) throw new AriError(400, `Invalid bridge type '${t}'`);
    if (id && this.bridges.has(id)) throw new AriError(409, 'Bridge with the same bridgeId already exists');
    const b = new Bridge(id || this.ids.uuid(() => this.prng.next()), types, name ?? '', this.sched.now());
    this.bridges.set(b.id, b);
    this.bus.publish('BridgeCreated', { bridge: b.toJson() }, b.subscribers());
    return b;
  }

  addToBridge(b: Bridge, channelIds: string[]): void {
    const chans = channelIds.map((id) => {
      const ch = this.channels.get(id);
      if (!ch) throw new AriError(400, 'Channel not found');
      return ch;
    });
    for (const ch of chans) if (!ch.stasisApp) throw new AriError(422, 'Channel not in Stasis application');
    for (const ch of chans) {
      if (ch.bridge === b) continue;
      if (ch.bridge) this.leaveBridge(ch);
      ch.bridge = b;
      b.members.push(ch);
      this.bus.publish('ChannelEnteredBridge', { bridge: b.toJson(), channel: ch.toJson() }, this.bridgeAudience(b, ch));
    }
    this.updatePeers(b);
  }

  removeFromBridge(b: Bridge, channelId: string): void {
    const ch = this.channels.get(channelId);
    if (!ch) throw new AriError(400, 'Channel not found');
    if (ch.bridge !== b) throw new AriError(422, 'Channel not in this bridge');
    this.leaveBridge(ch);
  }

  leaveBridge(ch: Channel): void {
    const b = ch.bridge;
    if (!b) return;
    if (ch.vars.get('BRIDGEPEER')) this.setVar(ch, 'BRIDGEPEER', '');
    b.members.splice(b.members.indexOf(ch), 1);
    ch.bridge = null;
    this.bus.publish('ChannelLeftBridge', { bridge: b.toJson(), channel: ch.toJson() }, this.bridgeAudience(b, ch));
    if (b.members.length >= 2) this.updatePeers(b);
  }

  private bridgeAudience(b: Bridge, ch: Channel): Set<string> {
    const apps = b.subscribers();
    for (const a of ch.subscribers()) apps.add(a);
    return apps;
  }

  /** BRIDGEPEER on each member of a mixing bridge: recorders first, then the other members. */
  updatePeers(b: Bridge): void {
    if (b.holding) return;
    if (b.members.length < 2 && b.recorders.length === 0) return;
    for (const m of b.members) {
      const value = [...b.recorders, ...b.members.filter((o) => o !== m).map((o) => o.name)].join(',');
      if ((m.vars.get('BRIDGEPEER') ?? '') !== value) this.setVar(m, 'BRIDGEPEER', value);
    }
  }

  destroyBridge(b: Bridge): void {
    this.media.stopBridgeMedia(b);
    for (const m of [...b.members]) this.leaveBridge(m);
    b.destroyed = true;
    this.bridges.delete(b.id);
    this.bus.publish('BridgeDestroyed', { bridge: b.toJson() }, b.explicitApps);
  }

  // ---------------------------------------------------------------- inbound calls (world)

  /** A call arriving from outside: a channel in `context`/`exten` whose far end runs `callerSteps`. */
  incoming(opts: { name: string; endpointKey: string; caller: CallerId; context: string; exten: string; callerSteps: Step[]; amd?: AmdResult | null }): Channel {
    const ext = this.dialplan.find(opts.context, opts.exten);
    if (!ext) throw new AriError(404, `No extension ${opts.exten} in context ${opts.context}`);
    const ch = this.newChannel('PJSIP', opts.name, { ...opts.caller }, { context: opts.context, exten: opts.exten, priority: 1, app_name: '', app_data: '' }, undefined, opts.endpointKey);
    ch.state = 'Ring';
    ch.amd = opts.amd ?? null;
    ch.vars.set('EXTEN', opts.exten);
    this.runFar(ch, opts.callerSteps);
    this.runScript(ch, ext.steps, opts.context, opts.exten);
    return ch;
  }
}
