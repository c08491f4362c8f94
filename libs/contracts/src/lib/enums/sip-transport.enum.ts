export enum SipTransport {
  Udp = 'udp',
  Tcp = 'tcp',
  Tls = 'tls',
}
