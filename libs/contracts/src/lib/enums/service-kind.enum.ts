/** ACC-2: the services an account can have. */
export enum ServiceKind {
  Recording = 'recording',
  Ivr = 'ivr',
  Queues = 'queues',
  Conferences = 'conferences',
  CallCenter = 'call-center',
  Dialer = 'dialer',
}

export const SERVICE_KINDS: readonly ServiceKind[] = Object.values(ServiceKind);

/** ACC-2: the dialer is activated by the operator's support only. */
export const SUPPORT_ONLY_SERVICES: readonly ServiceKind[] = [ServiceKind.Dialer];
