// /playbacks: get, stop, control.
import type { HandlerTable } from './handler';
import { noContent, ok, str } from './handler';

export const playbackHandlers: HandlerTable = {
  'playbacks.get': (p, { pbx }) => ok(pbx.media.get(str(p['playbackId']) as string).toJson()),
  'playbacks.stop': (p, { pbx }) => (pbx.media.stop(str(p['playbackId']) as string), noContent()),
  'playbacks.control': (p, { pbx }) => (pbx.media.control(str(p['playbackId']) as string, str(p['operation']) as string), noContent()),
};
