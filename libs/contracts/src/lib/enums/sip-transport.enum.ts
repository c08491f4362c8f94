/** Transports of asterisk/pjsip.conf; TLS needs a certificate the platform does not ship yet. */
export enum SipTransport {
  Udp = 'udp',
  Tcp = 'tcp',
}
