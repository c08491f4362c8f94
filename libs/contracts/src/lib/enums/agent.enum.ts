/** How an agent logs in (CC-2, DIA-7; DESIGN.md's agent model). */
export enum AgentLoginMode {
  /** Always logged in; calls ring the linked phone. */
  Permanent = 'permanent',
  /** *10 logs in and *11 logs out from the linked phone; calls then ring that phone. */
  Phone = 'phone',
  /** The agent calls the login line and types ID and PIN; calls are bridged to that call. */
  Line = 'line',
}

/** AGD-1: what an agent is doing. */
export enum AgentState {
  LoggedOut = 'logged-out',
  Available = 'available',
  Engaged = 'engaged',
  AfterCallWork = 'after-call-work',
  Paused = 'paused',
}
