/** Paths under /api, shared by the controllers and the panel's data services. */
export const API_PREFIX = 'api';

export const ROUTES = {
  auth: 'auth',
  accounts: 'accounts',
  account: 'account',
  users: 'users',
  agents: 'agents',
  queues: 'queues',
  services: 'services',
  auditLog: 'audit-log',
  numbers: 'numbers',
  numberPool: 'number-pool',
  phoneAccounts: 'phone-accounts',
  trunks: 'trunks',
  calls: 'calls',
  callLists: 'call-lists',
  recordings: 'recordings',
  health: 'health',
} as const;
