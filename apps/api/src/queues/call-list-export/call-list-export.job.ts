/** One generated call list (REC-6); the row in call_lists holds the rest. */
export interface CallListExportJob {
  callListId: string;
  accountId: string;
}
