/** Direction of a call leg, seen from the account (CDR). */
export enum CallDirection {
  Inbound = 'inbound',
  Outbound = 'outbound',
  /** Between phone accounts of one account (ACC-4: never recorded). */
  Internal = 'internal',
}

export enum CallDisposition {
  Answered = 'answered',
  NoAnswer = 'no-answer',
  Busy = 'busy',
  Failed = 'failed',
}
