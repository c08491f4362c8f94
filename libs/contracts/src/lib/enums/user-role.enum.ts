/** ACC-1: panel roles. Agents are not panel users (DESIGN.md, agent model). */
export enum UserRole {
  CustomerAdmin = 'customer-admin',
  CustomerUser = 'customer-user',
  Support = 'support',
}
