export const CALL_LIST_EXPORT_QUEUE = 'call-list-export';
