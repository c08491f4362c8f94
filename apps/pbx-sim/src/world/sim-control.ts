// World control: the typed methods tests and the /sim API use to drive simulated people.
import { AriError } from '../ari/errors';
import type { Pbx } from '../engine/pbx';
import { DTMF_SPACING_MS } from '../engine/script-runner';
import { parseCallerId } from '../model/channel';
import type { Extension, Step } from './dialplan';
import { callerScript } from './profiles';
import type { NumberBehaviour, PhoneBehaviour } from './profiles';
import type { Phone, World } from './world';

export interface InboundCall {
  /** Caller's number (its behaviour comes from the numbers/profiles table). */
  from: string;
  /** The DID dialled: the channel enters Stasis with ["inbound", to]. */
  to: string;
  callerName?: string;
  trunk?: string;
  /** Overrides the number's behaviour for this call only. */
  behaviour?: NumberBehaviour;
}

export class SimControl {
  constructor(
    private readonly world: World,
    private readonly pbx: Pbx,
  ) {}

  /** Adds or updates a phone account's SIP phone (registered, answers after 2 s by default). */
  setPhone(login: string, behaviour: Partial<PhoneBehaviour> = {}): Phone {
    return this.world.upsertPhone(login, behaviour);
  }

  removePhone(login: string): boolean {
    return this.world.removePhone(login);
  }

  phones(): Phone[] {
    return [...this.world.phones.values()];
  }

  setNumber(number: string, behaviour: NumberBehaviour & { profile?: string }): void {
    try {
      this.world.setNumber(number, behaviour);
    } catch (e) {
      throw new AriError(400, (e as Error).message);
    }
  }

  setProfile(name: string, behaviour: NumberBehaviour): void {
    this.world.setProfile(name, behaviour);
  }

  profiles(): Record<string, NumberBehaviour> {
    return Object.fromEntries(this.world.profiles);
  }

  numbers(): Record<string, NumberBehaviour> {
    return Object.fromEntries(this.world.numbers);
  }

  setExtension(context: string, exten: string, ext: Extension): void {
    this.pbx.dialplan.set(context, exten, ext);
  }

  /** An outside caller dials a DID: PJSIP/<trunk>-… enters Stasis(pbx,inbound,<DID>). */
  placeInboundCall(call: InboundCall): Record<string, unknown> {
    if (!call.from || !call.to) throw new AriError(400, 'from and to are required');
    const trunk = call.trunk ?? 'trunk';
    const b = { ...this.world.behaviourOf(call.from), ...(call.behaviour ?? {}) };
    const ch = this.pbx.incoming({
      name: `PJSIP/${trunk}-${this.pbx.ids.nameSuffix()}`,
      endpointKey: `PJSIP/${trunk}`,
      caller: { name: call.callerName ?? '', number: call.from },
      context: 'from-trunk',
      exten: call.to,
      callerSteps: callerScript(b, this.pbx.prng),
      amd: b.amd ?? null,
    });
    return ch.toJson();
  }

  /** A phone account's phone dials out: PJSIP/<login>-… enters Stasis(pbx,outbound,<number>). */
  phoneDials(login: string, number: string, opts: { hangupAfterSeconds?: number } = {}): Record<string, unknown> {
    const phone = this.world.phones.get(login);
    if (!phone) throw new AriError(404, 'Phone not found');
    if (!phone.registered) throw new AriError(409, 'Phone not registered');
    const steps: Step[] = [{ app: 'WaitAnswer' }];
    if (opts.hangupAfterSeconds !== undefined) steps.push({ app: 'Wait', seconds: opts.hangupAfterSeconds }, { app: 'Hangup' });
    else steps.push({ app: 'Wait', seconds: 1e7 });
    const ch = this.pbx.incoming({
      name: `PJSIP/${login}-${this.pbx.ids.nameSuffix()}`,
      endpointKey: `PJSIP/${login}`,
      caller: parseCallerId(`"${login}" <${login}>`),
      context: 'from-phones',
      exten: number,
      callerSteps: steps,
    });
    return ch.toJson();
  }

  /** The far end of a channel types DTMF (ChannelDtmfReceived on that channel). */
  sendDtmf(channelId: string, digits: string): void {
    const ch = this.pbx.channel(channelId);
    [...digits].forEach((d, i) => this.pbx.sched.after(i * DTMF_SPACING_MS, () => this.pbx.dtmfReceived(ch, d)));
  }

  /** The far end hangs up (a phone's or customer's BYE). */
  hangup(channelId: string, cause = 16): void {
    const ch = this.pbx.channel(channelId);
    if (ch.tech === 'Local') this.pbx.hangup(ch, { cause });
    else this.pbx.hangup(ch, { hr: {}, cause });
  }

  /** The far end puts the call on hold or takes it off (ChannelHold / ChannelUnhold). */
  hold(channelId: string, on: boolean, musicclass = 'default'): void {
    const ch = this.pbx.channel(channelId);
    if (on) this.pbx.emitChannel('ChannelHold', ch, { musicclass });
    else this.pbx.emitChannel('ChannelUnhold', ch);
  }

  /** The far end answers a channel being dialed (e.g. a phone set never to answer by itself). */
  answer(channelId: string): void {
    const ch = this.pbx.channel(channelId);
    ch.stopFar?.();
    this.pbx.remoteAnswered(ch);
  }

  /** StasisStart-to-first-request latencies since the last call, in ms (benchmarks). */
  takeFirstCommandSamples(): { samplesMs: number[] } {
    return { samplesMs: this.pbx.firstCommand.take() };
  }

  channels(): Record<string, unknown>[] {
    return [...this.pbx.channels.values()].map((c) => c.toJson());
  }

  state(): Record<string, unknown> {
    return {
      channels: this.pbx.channels.size,
      bridges: this.pbx.bridges.size,
      phones: this.phones(),
      numbers: this.numbers(),
      profiles: Object.keys(this.profiles()),
      simTime: new Date(this.pbx.sched.now()).toISOString(),
      timeScale: this.pbx.sched.timeScale,
    };
  }
}
