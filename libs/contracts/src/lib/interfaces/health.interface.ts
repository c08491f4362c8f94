export interface AriConnectionState {
  url: string;
  state: 'connecting' | 'connected' | 'disconnected';
  since: string;
}
