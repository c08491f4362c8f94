// The ARI resources, operations and parameters the simulator implements.
import { api, body, op, path, q } from './dsl';
import type { ResourceSpec } from './dsl';
import {
  applicationModel,
  asteriskModels,
  bridgeModel,
  callerIdModel,
  channelModel,
  dialplanModel,
  endpointModel,
  eventModels,
  liveRecordingModel,
  playbackModel,
  soundModels,
  storedRecordingModel,
  variableModel,
} from './models';

const CH = path('channelId');
const originateParams = [
  q('endpoint', 'string!'),
  q('extension'),
  q('context'),
  q('priority', 'long'),
  q('app'),
  q('appArgs'),
  q('callerId'),
  q('timeout', 'int'),
  body('variables'),
  q('otherChannelId'),
];
const playParams = [q('media', 'string!'), q('lang'), q('offsetms', 'int'), q('skipms', 'int')];
const recordParams = [q('name', 'string!'), q('format', 'string!'), q('maxDurationSeconds', 'int'), q('maxSilenceSeconds', 'int'), q('ifExists'), q('beep', 'boolean'), q('terminateOn')];

export const channels: ResourceSpec = {
  name: 'channels',
  description: 'Channels',
  apis: [
    api(
      '/channels',
      'All channels',
      op('GET', 'list', 'List[Channel]', 'Lists channels'),
      op('POST', 'originate', 'Channel', 'Dials an endpoint', [...originateParams, q('channelId')]),
    ),
    api('/channels/create', 'Channel creation', op('POST', 'create', 'Channel', 'Creates a channel in an app without dialing', [q('endpoint', 'string!'), q('app', 'string!'), q('appArgs'), q('channelId'), q('otherChannelId'), body('variables')])),
    api(
      '/channels/{channelId}',
      'One channel',
      op('GET', 'get', 'Channel', 'Gets a channel', [CH]),
      op('POST', 'originateWithId', 'Channel', 'Dials an endpoint with a chosen id', [CH, ...originateParams]),
      op('DELETE', 'hangup', 'void', 'Hangs a channel up', [CH, q('reason_code'), q('reason')]),
    ),
    api('/channels/{channelId}/continue', 'Continue', op('POST', 'continueInDialplan', 'void', 'Leaves the app for the dialplan', [CH, q('context'), q('extension'), q('priority', 'int'), q('label')])),
    api('/channels/{channelId}/move', 'Move', op('POST', 'move', 'void', 'Moves a channel to another app', [CH, q('app', 'string!'), q('appArgs')])),
    api('/channels/{channelId}/answer', 'Answer', op('POST', 'answer', 'void', 'Answers', [CH])),
    api('/channels/{channelId}/ring', 'Ring', op('POST', 'ring', 'void', 'Indicates ringing', [CH]), op('DELETE', 'ringStop', 'void', 'Stops ringing', [CH])),
    api('/channels/{channelId}/progress', 'Progress', op('POST', 'progress', 'void', 'Indicates progress', [CH])),
    api('/channels/{channelId}/dtmf', 'DTMF', op('POST', 'sendDTMF', 'void', 'Sends DTMF', [CH, q('dtmf'), q('before', 'int'), q('between', 'int'), q('duration', 'int'), q('after', 'int')])),
    api('/channels/{channelId}/mute', 'Mute', op('POST', 'mute', 'void', 'Mutes', [CH, q('direction')]), op('DELETE', 'unmute', 'void', 'Unmutes', [CH, q('direction')])),
    api('/channels/{channelId}/hold', 'Hold', op('POST', 'hold', 'void', 'Holds', [CH]), op('DELETE', 'unhold', 'void', 'Unholds', [CH])),
    api('/channels/{channelId}/moh', 'Music on hold', op('POST', 'startMoh', 'void', 'Starts music', [CH, q('mohClass')]), op('DELETE', 'stopMoh', 'void', 'Stops music', [CH])),
    api('/channels/{channelId}/silence', 'Silence', op('POST', 'startSilence', 'void', 'Plays silence', [CH]), op('DELETE', 'stopSilence', 'void', 'Stops silence', [CH])),
    api('/channels/{channelId}/play', 'Play', op('POST', 'play', 'Playback', 'Plays media', [CH, ...playParams, q('playbackId')])),
    api('/channels/{channelId}/play/{playbackId}', 'Play with id', op('POST', 'playWithId', 'Playback', 'Plays media with a chosen id', [CH, path('playbackId'), ...playParams])),
    api('/channels/{channelId}/record', 'Record', op('POST', 'record', 'LiveRecording', 'Records the channel', [CH, ...recordParams])),
    api(
      '/channels/{channelId}/variable',
      'Variables',
      op('GET', 'getChannelVar', 'Variable', 'Reads a variable', [CH, q('variable', 'string!')]),
      op('POST', 'setChannelVar', 'void', 'Sets a variable', [CH, q('variable', 'string!'), q('value')]),
    ),
    api('/channels/{channelId}/snoop', 'Snoop', op('POST', 'snoopChannel', 'Channel', 'Spies on a channel', [CH, q('spy'), q('whisper'), q('app', 'string!'), q('appArgs'), q('snoopId')])),
    api('/channels/{channelId}/snoop/{snoopId}', 'Snoop with id', op('POST', 'snoopChannelWithId', 'Channel', 'Spies on a channel with a chosen id', [CH, path('snoopId'), q('spy'), q('whisper'), q('app', 'string!'), q('appArgs')])),
    api('/channels/{channelId}/dial', 'Dial', op('POST', 'dial', 'void', 'Dials a created channel', [CH, q('caller'), q('timeout', 'int')])),
  ],
  models: [callerIdModel, dialplanModel, channelModel],
};

const BR = path('bridgeId');
export const bridges: ResourceSpec = {
  name: 'bridges',
  description: 'Bridges',
  apis: [
    api('/bridges', 'All bridges', op('GET', 'list', 'List[Bridge]', 'Lists bridges'), op('POST', 'create', 'Bridge', 'Creates a bridge', [q('type'), q('bridgeId'), q('name')])),
    api(
      '/bridges/{bridgeId}',
      'One bridge',
      op('POST', 'createWithId', 'Bridge', 'Creates a bridge with a chosen id', [q('type'), BR, q('name')]),
      op('GET', 'get', 'Bridge', 'Gets a bridge', [BR]),
      op('DELETE', 'destroy', 'void', 'Destroys a bridge', [BR]),
    ),
    api('/bridges/{bridgeId}/addChannel', 'Add', op('POST', 'addChannel', 'void', 'Adds channels', [BR, q('channel', 'string!'), q('role'), q('absorbDTMF', 'boolean'), q('mute', 'boolean'), q('inhibitConnectedLineUpdates', 'boolean')])),
    api('/bridges/{bridgeId}/removeChannel', 'Remove', op('POST', 'removeChannel', 'void', 'Removes a channel', [BR, q('channel', 'string!')])),
    api('/bridges/{bridgeId}/moh', 'Music on hold', op('POST', 'startMoh', 'void', 'Starts music', [BR, q('mohClass')]), op('DELETE', 'stopMoh', 'void', 'Stops music', [BR])),
    api('/bridges/{bridgeId}/play', 'Play', op('POST', 'play', 'Playback', 'Plays media to the bridge', [BR, ...playParams, q('playbackId')])),
    api('/bridges/{bridgeId}/play/{playbackId}', 'Play with id', op('POST', 'playWithId', 'Playback', 'Plays media with a chosen id', [BR, path('playbackId'), ...playParams])),
    api('/bridges/{bridgeId}/record', 'Record', op('POST', 'record', 'LiveRecording', 'Records the bridge', [BR, ...recordParams])),
  ],
  models: [bridgeModel],
};

const PB = path('playbackId');
export const playbacks: ResourceSpec = {
  name: 'playbacks',
  description: 'Playbacks',
  apis: [
    api('/playbacks/{playbackId}', 'One playback', op('GET', 'get', 'Playback', 'Gets a playback', [PB]), op('DELETE', 'stop', 'void', 'Stops a playback', [PB])),
    api('/playbacks/{playbackId}/control', 'Control', op('POST', 'control', 'void', 'Controls a playback', [PB, q('operation', 'string!')])),
  ],
  models: [playbackModel],
};

const RN = path('recordingName');
export const recordings: ResourceSpec = {
  name: 'recordings',
  description: 'Recordings',
  apis: [
    api('/recordings/stored', 'Stored', op('GET', 'listStored', 'List[StoredRecording]', 'Lists stored recordings')),
    api('/recordings/stored/{recordingName}', 'Stored one', op('GET', 'getStored', 'StoredRecording', 'Gets a stored recording', [RN]), op('DELETE', 'deleteStored', 'void', 'Deletes a stored recording', [RN])),
    api('/recordings/stored/{recordingName}/file', 'File', op('GET', 'getStoredFile', 'binary', 'Downloads the file', [RN])),
    api('/recordings/stored/{recordingName}/copy', 'Copy', op('POST', 'copyStored', 'StoredRecording', 'Copies a stored recording', [RN, q('destinationRecordingName', 'string!')])),
    api('/recordings/live/{recordingName}', 'Live', op('GET', 'getLive', 'LiveRecording', 'Gets a live recording', [RN]), op('DELETE', 'cancel', 'void', 'Stops and discards', [RN])),
    api('/recordings/live/{recordingName}/stop', 'Stop', op('POST', 'stop', 'void', 'Stops and keeps', [RN])),
    api('/recordings/live/{recordingName}/pause', 'Pause', op('POST', 'pause', 'void', 'Pauses', [RN]), op('DELETE', 'unpause', 'void', 'Unpauses', [RN])),
    api('/recordings/live/{recordingName}/mute', 'Mute', op('POST', 'mute', 'void', 'Mutes', [RN]), op('DELETE', 'unmute', 'void', 'Unmutes', [RN])),
  ],
  models: [storedRecordingModel, liveRecordingModel],
};

const TECH = { ...path('tech'), required: false };
const RES = { ...path('resource'), required: false };
export const endpoints: ResourceSpec = {
  name: 'endpoints',
  description: 'Endpoints',
  apis: [
    api('/endpoints', 'All endpoints', op('GET', 'list', 'List[Endpoint]', 'Lists endpoints')),
    api('/endpoints/{tech}', 'By technology', op('GET', 'listByTech', 'List[Endpoint]', 'Lists endpoints of a technology', [TECH])),
    api('/endpoints/{tech}/{resource}', 'One endpoint', op('GET', 'get', 'Endpoint', 'Gets an endpoint', [TECH, RES])),
  ],
  models: [endpointModel],
};

export const asterisk: ResourceSpec = {
  name: 'asterisk',
  description: 'The PBX itself',
  apis: [
    api('/asterisk/info', 'Info', op('GET', 'getInfo', 'AsteriskInfo', 'Describes the PBX', [q('only')])),
    api('/asterisk/ping', 'Ping', op('GET', 'ping', 'AsteriskPing', 'Answers pong')),
  ],
  models: [...asteriskModels, variableModel],
};

const APP = path('applicationName');
export const applications: ResourceSpec = {
  name: 'applications',
  description: 'Stasis applications',
  apis: [
    api('/applications', 'All applications', op('GET', 'list', 'List[Application]', 'Lists applications')),
    api('/applications/{applicationName}', 'One application', op('GET', 'get', 'Application', 'Gets an application', [APP])),
    api(
      '/applications/{applicationName}/subscription',
      'Subscriptions',
      op('POST', 'subscribe', 'Application', 'Subscribes to an event source', [APP, q('eventSource', 'string!')]),
      op('DELETE', 'unsubscribe', 'Application', 'Unsubscribes', [APP, q('eventSource', 'string!')]),
    ),
  ],
  models: [applicationModel],
};

export const sounds: ResourceSpec = {
  name: 'sounds',
  description: 'Sounds',
  apis: [
    api('/sounds', 'All sounds', op('GET', 'list', 'List[Sound]', 'Lists sounds', [q('lang'), q('format')])),
    api('/sounds/{soundId}', 'One sound', op('GET', 'get', 'Sound', 'Gets a sound', [path('soundId')])),
  ],
  models: soundModels,
};

export const events: ResourceSpec = {
  name: 'events',
  description: 'Event websocket',
  apis: [api('/events', 'Events', op('GET', 'eventWebsocket', 'Message', 'Opens the event websocket', [q('app', 'string!'), q('subscribeAll', 'boolean')]))],
  models: eventModels,
};

export const RESOURCES: ResourceSpec[] = [asterisk, endpoints, channels, bridges, recordings, sounds, playbacks, events, applications];
