// /channels: originate, create, dial, answer, hangup, media, variables, snoop.
import { AriError } from './errors';
import { HANGUP_REASONS } from '../model/causes';
import type { OriginateParams } from '../engine/pbx';
import type { HandlerTable, Params } from './handler';
import { noContent, num, ok, str } from './handler';

function originateParams(p: Params): OriginateParams {
  return {
    endpoint: str(p['endpoint']),
    extension: str(p['extension']),
    context: str(p['context']),
    priority: num(p['priority']),
    app: str(p['app']),
    appArgs: str(p['appArgs']),
    callerId: str(p['callerId']),
    timeout: num(p['timeout']),
    variables: p['variables'] as Record<string, unknown> | undefined,
    channelId: str(p['channelId']),
    otherChannelId: str(p['otherChannelId']),
  };
}

function hangupCause(p: Params): number {
  const code = str(p['reason_code']);
  if (code !== undefined) {
    const n = Number(code);
    if (!Number.isInteger(n)) throw new AriError(400, 'Invalid reason for hangup provided');
    return n;
  }
  const reason = str(p['reason']);
  if (reason === undefined) return 16;
  const cause = HANGUP_REASONS[reason];
  if (cause === undefined) throw new AriError(400, 'Invalid reason for hangup provided');
  return cause;
}

const DIRECTIONS = ['both', 'in', 'out'];

/** Looks up variables Asterisk computes with dialplan functions. */
function functionValue(ch: ReturnType<import('../engine/pbx').Pbx['channel']>, name: string): string | undefined {
  switch (name) {
    case 'CALLERID(num)':
      return ch.caller.number;
    case 'CALLERID(name)':
      return ch.caller.name;
    case 'CHANNEL(name)':
      return ch.name;
    case 'CHANNEL(state)':
      return ch.state;
    case 'UNIQUEID':
      return ch.id;
    default:
      return undefined;
  }
}

export const channelHandlers: HandlerTable = {
  'channels.list': (_p, { pbx }) => ok([...pbx.channels.values()].map((c) => c.toJson())),
  'channels.originate': (p, { pbx }) => ok(pbx.originate(originateParams(p)).toJson()),
  'channels.originateWithId': (p, { pbx }) => ok(pbx.originate(originateParams(p)).toJson()),
  'channels.create': (p, { pbx }) => ok(pbx.create(originateParams(p)).toJson()),
  'channels.get': (p, { pbx }) => ok(pbx.channel(str(p['channelId']) as string).toJson()),
  'channels.hangup': (p, { pbx }) => {
    const ch = pbx.channel(str(p['channelId']) as string);
    const cause = hangupCause(p);
    pbx.hangup(ch, { hr: { cause: 32, soft: true }, cause });
    return noContent();
  },
  'channels.continueInDialplan': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    pbx.continueInDialplan(ch, str(p['context']), str(p['extension']), num(p['priority']));
    return noContent();
  },
  'channels.move': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    const args = str(p['appArgs']);
    pbx.move(ch, str(p['app']) as string, args ? args.split(',') : []);
    return noContent();
  },
  'channels.answer': (p, { pbx }) => {
    pbx.answerChannel(pbx.stasisChannel(str(p['channelId']) as string));
    return noContent();
  },
  'channels.ring': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    if (ch.partner?.dialing) pbx.remoteRinging(ch.partner);
    return noContent();
  },
  'channels.ringStop': (p, { pbx }) => (pbx.stasisChannel(str(p['channelId']) as string), noContent()),
  'channels.progress': (p, { pbx }) => (pbx.stasisChannel(str(p['channelId']) as string), noContent()),
  'channels.sendDTMF': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    const dtmf = str(p['dtmf']);
    if (!dtmf) throw new AriError(400, 'DTMF is required');
    const before = num(p['before']) ?? 0;
    const between = num(p['between']) ?? 100;
    const duration = num(p['duration']) ?? 100;
    const peer = ch.partner;
    if (peer) {
      [...dtmf].forEach((d, i) => pbx.sched.after(before + i * (between + duration), () => pbx.dtmfReceived(peer, d, duration)));
    }
    return noContent();
  },
  'channels.mute': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    const dir = str(p['direction']) ?? 'both';
    if (!DIRECTIONS.includes(dir)) throw new AriError(400, 'Invalid direction specified');
    if (dir !== 'out') ch.muted.add('in');
    if (dir !== 'in') ch.muted.add('out');
    return noContent();
  },
  'channels.unmute': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    const dir = str(p['direction']) ?? 'both';
    if (!DIRECTIONS.includes(dir)) throw new AriError(400, 'Invalid direction specified');
    if (dir !== 'out') ch.muted.delete('in');
    if (dir !== 'in') ch.muted.delete('out');
    return noContent();
  },
  'channels.hold': (p, { pbx }) => ((pbx.stasisChannel(str(p['channelId']) as string).held = true), noContent()),
  'channels.unhold': (p, { pbx }) => ((pbx.stasisChannel(str(p['channelId']) as string).held = false), noContent()),
  'channels.startMoh': (p, { pbx }) => ((pbx.stasisChannel(str(p['channelId']) as string).moh = true), noContent()),
  'channels.stopMoh': (p, { pbx }) => ((pbx.stasisChannel(str(p['channelId']) as string).moh = false), noContent()),
  'channels.startSilence': (p, { pbx }) => (pbx.stasisChannel(str(p['channelId']) as string), noContent()),
  'channels.stopSilence': (p, { pbx }) => (pbx.stasisChannel(str(p['channelId']) as string), noContent()),
  'channels.play': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    return { status: 201, body: pbx.media.play({ kind: 'channel', ch }, str(p['media']) as string, str(p['lang']), str(p['playbackId'])).toJson() };
  },
  'channels.playWithId': (p, ctx) => channelHandlers['channels.play'](p, ctx),
  'channels.record': (p, { pbx }) => {
    const ch = pbx.stasisChannel(str(p['channelId']) as string);
    const rec = pbx.media.record({ kind: 'channel', ch }, {
      name: str(p['name']) as string,
      format: str(p['format']) as string,
      maxDurationSeconds: num(p['maxDurationSeconds']),
      ifExists: str(p['ifExists']),
    });
    return { status: 201, body: rec.toJson() };
  },
  'channels.getChannelVar': (p, { pbx }) => {
    const ch = pbx.channel(str(p['channelId']) as string);
    const name = str(p['variable']) as string;
    const value = functionValue(ch, name) ?? ch.vars.get(name);
    if (value === undefined) throw new AriError(404, 'Provided variable was not found');
    return ok({ value });
  },
  'channels.setChannelVar': (p, { pbx }) => {
    const ch = pbx.channel(str(p['channelId']) as string);
    pbx.setVar(ch, str(p['variable']) as string, str(p['value']) ?? '');
    return noContent();
  },
  'channels.snoopChannel': (p, { pbx }) => {
    const target = pbx.channel(str(p['channelId']) as string);
    const { json } = pbx.snoop(target, str(p['app']) as string, str(p['appArgs']), str(p['spy']) ?? 'none', str(p['whisper']) ?? 'none', str(p['snoopId']));
    return ok(json);
  },
  'channels.snoopChannelWithId': (p, ctx) => channelHandlers['channels.snoopChannel'](p, ctx),
  'channels.dial': (p, { pbx }) => {
    pbx.dial(pbx.channel(str(p['channelId']) as string), num(p['timeout']));
    return noContent();
  },
};
