/** Names shared by the realtime rows the API writes, the dialplan and the telephony code. */

/** Contexts of asterisk/extensions.conf: phones dial out, trunks bring calls in. */
export const PHONE_CONTEXT = 'from-phones';
export const TRUNK_CONTEXT = 'from-trunk';

/** The realm md5_cred is computed for: Asterisk's default realm, so it challenges with the same one. */
export const PJSIP_REALM = 'asterisk';

/** Transport sections of asterisk/pjsip.conf, by the protocol a phone or trunk uses. */
const TRANSPORTS = {
  udp: 'transport-udp',
  tcp: 'transport-tcp',
} as const;

export type SipProtocol = keyof typeof TRANSPORTS;

export function isSipProtocol(value: string): value is SipProtocol {
  return Object.prototype.hasOwnProperty.call(TRANSPORTS, value);
}

export function transportName(protocol: SipProtocol): string {
  return TRANSPORTS[protocol];
}

/**
 * The PJSIP endpoint (and its aor and auth) of a trunk: prefixed by the account, with the
 * whole UUID so two trunks of one account can never share rows.
 */
export function trunkEndpointId(accountCode: string, trunkId: string): string {
  return `${accountCode}-trunk-${trunkId}`;
}
