// Data models the simulator returns, named and typed as ARI names and types them.
import { model } from './dsl';

export const callerIdModel = model('CallerID', 'Name and number of a party', { name: 'string!', number: 'string!' });
export const dialplanModel = model('DialplanCEP', 'Where a channel is in the dialplan', {
  context: 'string!',
  exten: 'string!',
  priority: 'long!',
  app_name: 'string!',
  app_data: 'string!',
});
export const channelModel = model('Channel', 'A call leg', {
  id: 'string!',
  protocol_id: 'string!',
  name: 'string!',
  state: 'string!',
  caller: 'CallerID!',
  connected: 'CallerID!',
  accountcode: 'string!',
  dialplan: 'DialplanCEP!',
  creationtime: 'Date!',
  language: 'string!',
});
export const variableModel = model('Variable', 'A variable value', { value: 'string!' });
export const bridgeModel = model('Bridge', 'A set of channels sharing media', {
  id: 'string!',
  technology: 'string!',
  bridge_type: 'string!',
  bridge_class: 'string!',
  creator: 'string!',
  name: 'string!',
  channels: 'List[string]!',
  video_mode: 'string',
  creationtime: 'Date!',
});
export const playbackModel = model('Playback', 'Media being played', {
  id: 'string!',
  media_uri: 'string!',
  target_uri: 'string!',
  language: 'string',
  state: 'string!',
});
export const liveRecordingModel = model('LiveRecording', 'A recording in progress', {
  name: 'string!',
  format: 'string!',
  target_uri: 'string!',
  state: 'string!',
  duration: 'int',
});
export const storedRecordingModel = model('StoredRecording', 'A finished recording file', { name: 'string!', format: 'string!' });
export const endpointModel = model('Endpoint', 'A device or trunk', {
  technology: 'string!',
  resource: 'string!',
  state: 'string',
  channel_ids: 'List[string]!',
});
export const applicationModel = model('Application', 'A Stasis application', {
  name: 'string!',
  channel_ids: 'List[string]!',
  bridge_ids: 'List[string]!',
  endpoint_ids: 'List[string]!',
  device_names: 'List[string]!',
  events_allowed: 'List[object]!',
  events_disallowed: 'List[object]!',
});
export const asteriskModels = [
  model('BuildInfo', 'Build details', { os: 'string!', kernel: 'string!', options: 'string!', machine: 'string!', date: 'string!', user: 'string!' }),
  model('SystemInfo', 'System details', { version: 'string!', entity_id: 'string!' }),
  model('SetId', 'Effective user and group', { user: 'string!', group: 'string!' }),
  model('ConfigInfo', 'Configuration', { name: 'string!', default_language: 'string!', setid: 'SetId!' }),
  model('StatusInfo', 'Status', { startup_time: 'Date!', last_reload_time: 'Date!' }),
  model('AsteriskInfo', 'Information about the PBX', { build: 'BuildInfo', system: 'SystemInfo', config: 'ConfigInfo', status: 'StatusInfo' }),
  model('AsteriskPing', 'Liveness answer', { asterisk_id: 'string!', ping: 'string!', timestamp: 'string!' }),
];
export const soundModels = [
  model('FormatLangPair', 'A format in a language', { language: 'string!', format: 'string!' }),
  model('Sound', 'A sound file', { id: 'string!', text: 'string', formats: 'List[FormatLangPair]!' }),
];

// Event models carry only their own fields; type, timestamp and application come from Message and Event.
const ev = (id: string, fields: Record<string, string>) => model(id, `${id} event`, fields);

/** Every event type the simulator emits (ari-client needs a model per event type). */
export const eventModels = [
  model('Message', 'Base of events', { type: 'string!', asterisk_id: 'string' }),
  model('Event', 'Base of asynchronous events', { application: 'string!', timestamp: 'Date!' }),
  ev('StasisStart', { args: 'List[string]!', channel: 'Channel!' }),
  ev('StasisEnd', { channel: 'Channel!' }),
  ev('ChannelCreated', { channel: 'Channel!' }),
  ev('ChannelDestroyed', { cause: 'int!', cause_txt: 'string!', channel: 'Channel!' }),
  ev('ChannelStateChange', { channel: 'Channel!' }),
  ev('ChannelDtmfReceived', { digit: 'string!', duration_ms: 'int!', channel: 'Channel!' }),
  ev('ChannelDialplan', { channel: 'Channel!', dialplan_app: 'string!', dialplan_app_data: 'string!' }),
  ev('ChannelCallerId', { caller_presentation: 'int!', caller_presentation_txt: 'string!', channel: 'Channel!' }),
  ev('ChannelConnectedLine', { channel: 'Channel!' }),
  ev('ChannelHangupRequest', { cause: 'int', soft: 'boolean', channel: 'Channel!' }),
  ev('ChannelVarset', { variable: 'string!', value: 'string!', channel: 'Channel' }),
  ev('ChannelHold', { channel: 'Channel!', musicclass: 'string' }),
  ev('ChannelUnhold', { channel: 'Channel!' }),
  ev('ChannelEnteredBridge', { bridge: 'Bridge!', channel: 'Channel' }),
  ev('ChannelLeftBridge', { bridge: 'Bridge!', channel: 'Channel!' }),
  ev('BridgeCreated', { bridge: 'Bridge!' }),
  ev('BridgeDestroyed', { bridge: 'Bridge!' }),
  ev('Dial', { caller: 'Channel', peer: 'Channel!', forward: 'string', dialstring: 'string', dialstatus: 'string!' }),
  ev('PlaybackStarted', { playback: 'Playback!' }),
  ev('PlaybackFinished', { playback: 'Playback!' }),
  ev('RecordingStarted', { recording: 'LiveRecording!' }),
  ev('RecordingFinished', { recording: 'LiveRecording!' }),
  ev('RecordingFailed', { recording: 'LiveRecording!' }),
  ev('ApplicationReplaced', {}),
];
