/** The latest CC-6 snapshot of a queue, written by the telephony role, read by the HTTP role. */
export const QUEUE_MONITOR = (queueId: string) => `tel:queue-monitor:${queueId}`;
