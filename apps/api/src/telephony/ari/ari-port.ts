/** The ARI operations the call engine uses, so flows read as telephony, not HTTP. */
export interface OriginateParams {
  endpoint: string;
  channelId: string;
  app: string;
  appArgs: string;
  callerId?: string;
  /** Seconds to ring before giving up (Asterisk: ChannelDestroyed, cause 19). */
  timeout?: number;
  variables?: Record<string, string>;
}

export interface AriPort {
  readonly url: string;
  answer(channelId: string): Promise<void>;
  ring(channelId: string): Promise<void>;
  /** Already-gone channels are not an error: the caller may hang up at any moment. */
  hangup(channelId: string, reason?: HangupReason): Promise<void>;
  play(channelId: string, media: string, playbackId: string): Promise<void>;
  originate(params: OriginateParams): Promise<void>;
  createBridge(bridgeId: string, type: 'mixing' | 'holding'): Promise<void>;
  addToBridge(bridgeId: string, channelIds: string[]): Promise<void>;
  destroyBridge(bridgeId: string): Promise<void>;
  startChannelMoh(channelId: string): Promise<void>;
  stopChannelMoh(channelId: string): Promise<void>;
  removeFromBridge(bridgeId: string, channelIds: string[]): Promise<void>;
  /** Music on hold to everyone in a (holding) bridge. */
  startBridgeMoh(bridgeId: string, mohClass?: string): Promise<void>;
  /** Ids of the channels that exist now. */
  channelIds(): Promise<Set<string>>;
  /** Records the bridge's mixed audio: both parties of the call. */
  recordBridge(bridgeId: string, name: string): Promise<void>;
  /** Ends a live recording; RecordingFinished follows. Already finished is not an error. */
  stopRecording(name: string): Promise<void>;
  pauseRecording(name: string): Promise<void>;
  unpauseRecording(name: string): Promise<void>;
  /** Copies a finished recording's file from Asterisk to a local path; resolves with its size. */
  downloadStoredRecording(name: string, toPath: string): Promise<number>;
  deleteStoredRecording(name: string): Promise<void>;
}

/** ARI's hangup reasons (channels.json, DELETE /channels/{channelId}). */
export type HangupReason = 'normal' | 'busy' | 'congestion' | 'no_answer' | 'timeout' | 'rejected' | 'unallocated';

/** The subset of ARI's Channel model the engine reads. */
export interface AriChannel {
  id: string;
  name: string;
  state: string;
  caller: { name: string; number: string };
  creationtime: string;
}

/** ARI's LiveRecording, as far as the engine reads it. */
export interface AriLiveRecording {
  name: string;
  state: string;
  /** Seconds recorded (paused time excluded). */
  duration?: number;
  cause?: string;
}

export type AriEvent =
  | { type: 'StasisStart'; timestamp: string; args: string[]; channel: AriChannel }
  | { type: 'ChannelStateChange'; timestamp: string; channel: AriChannel }
  | { type: 'ChannelDestroyed'; timestamp: string; cause: number; cause_txt: string; channel: AriChannel }
  | { type: 'ChannelHangupRequest'; timestamp: string; cause?: number; soft?: boolean; channel: AriChannel }
  | { type: 'StasisEnd'; timestamp: string; channel: AriChannel }
  | { type: 'ChannelDtmfReceived'; timestamp: string; digit: string; channel: AriChannel }
  | { type: 'PlaybackFinished'; timestamp: string; playback: { id: string; target_uri: string } }
  | { type: 'RecordingFinished' | 'RecordingFailed'; timestamp: string; recording: AriLiveRecording }
  | { type: string; timestamp: string };
