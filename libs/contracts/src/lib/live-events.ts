/** Events the live gateway sends to the panel (socket.io, namespace /live). */
export const LIVE_NAMESPACE = '/live';

export const LIVE_EVENTS = {
  callListUpdated: 'call-list.updated',
  agentState: 'agent.state',
  queueMonitor: 'queue.monitor',
} as const;
