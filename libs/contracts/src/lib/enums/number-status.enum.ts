/** ACC-3: where a public number stands in its life. */
export enum NumberStatus {
  /** In the operator's pool, offered to anyone. */
  Free = 'free',
  /** Taken by an account, in its reserve pool, pointing nowhere yet. */
  Reserved = 'reserved',
  /** Taken by an account and pointing to a target. */
  Assigned = 'assigned',
  /** Given back by an account; only that account may take it again. */
  Released = 'released',
}

/** ACC-3: what a number can point to; later issues add their targets here. */
export enum NumberTargetType {
  PhoneAccount = 'phone-account',
  Ivr = 'ivr',
  Queue = 'queue',
  Conference = 'conference',
  CallCenterCampaign = 'call-center-campaign',
  DialerLogin = 'dialer-login',
}
