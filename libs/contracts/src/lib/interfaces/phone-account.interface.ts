export interface PhoneAccount {
  id: string;
  name: string;
  extension: string;
  sipLogin: string;
  recordingEnabled: boolean;
  trunkId: string | null;
  createdAt: string;
}

/** Answered only to a customer admin who asks for it (ACC-3). */
export interface SipCredentials {
  sipLogin: string;
  sipPassword: string;
  /** The SIP domain or proxy phones register at. */
  registrar: string;
}

export interface Trunk {
  id: string;
  name: string;
  host: string;
  port: number;
  transport: string;
  username: string | null;
  /** Never the password itself: only whether one is stored. */
  hasPassword: boolean;
  callerId: string | null;
  maxChannels: number;
  recordingEnabled: boolean;
  createdAt: string;
}
