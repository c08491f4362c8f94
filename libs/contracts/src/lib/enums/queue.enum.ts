/** Waiting queues (QUE-1) and call-center campaigns (CC-1) share one distribution engine. */
export enum QueueKind {
  WaitingQueue = 'queue',
  CallCenterCampaign = 'call-center-campaign',
}

export enum QueueMemberType {
  Agent = 'agent',
  PhoneAccount = 'phone-account',
  /** An outside (mobile) number, rung through the account's trunk (QUE-1). */
  ExternalNumber = 'external-number',
}
