// /bridges: create, members, music on hold, playback, recording, destroy.
import type { HandlerTable } from './handler';
import { noContent, num, ok, str } from './handler';

export const bridgeHandlers: HandlerTable = {
  'bridges.list': (_p, { pbx }) => ok([...pbx.bridges.values()].map((b) => b.toJson())),
  'bridges.create': (p, { pbx }) => ok(pbx.createBridge(str(p['type']), str(p['bridgeId']), str(p['name'])).toJson()),
  'bridges.createWithId': (p, { pbx }) => ok(pbx.createBridge(str(p['type']), str(p['bridgeId']), str(p['name'])).toJson()),
  'bridges.get': (p, { pbx }) => ok(pbx.bridge(str(p['bridgeId']) as string).toJson()),
  'bridges.destroy': (p, { pbx }) => (pbx.destroyBridge(pbx.bridge(str(p['bridgeId']) as string)), noContent()),
  'bridges.addChannel': (p, { pbx }) => {
    const b = pbx.bridge(str(p['bridgeId']) as string);
    pbx.addToBridge(b, (str(p['channel']) as string).split(',').map((s) => s.trim()).filter(Boolean));
    return noContent();
  },
  'bridges.removeChannel': (p, { pbx }) => {
    const b = pbx.bridge(str(p['bridgeId']) as string);
    for (const id of (str(p['channel']) as string).split(',')) pbx.removeFromBridge(b, id.trim());
    return noContent();
  },
  'bridges.startMoh': (p, { pbx }) => ((pbx.bridge(str(p['bridgeId']) as string).moh = true), noContent()),
  'bridges.stopMoh': (p, { pbx }) => ((pbx.bridge(str(p['bridgeId']) as string).moh = false), noContent()),
  'bridges.play': (p, { pbx }) => {
    const b = pbx.bridge(str(p['bridgeId']) as string);
    return { status: 201, body: pbx.media.play({ kind: 'bridge', b }, str(p['media']) as string, str(p['lang']), str(p['playbackId'])).toJson() };
  },
  'bridges.playWithId': (p, ctx) => bridgeHandlers['bridges.play'](p, ctx),
  'bridges.record': (p, { pbx }) => {
    const b = pbx.bridge(str(p['bridgeId']) as string);
    const rec = pbx.media.record({ kind: 'bridge', b }, {
      name: str(p['name']) as string,
      format: str(p['format']) as string,
      maxDurationSeconds: num(p['maxDurationSeconds']),
      ifExists: str(p['ifExists']),
    });
    return { status: 201, body: rec.toJson() };
  },
};
