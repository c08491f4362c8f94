/** One account's recordings of one local day (the account's time zone), `YYYY-MM-DD`. */
export interface RecordingUploadJob {
  accountId: string;
  day: string;
}
