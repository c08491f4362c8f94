/** How the queue picks members for a waiting caller (CC-4 "distribution"). */
export type DistributionStrategy = 'random' | 'ring-all' | 'least-recent' | 'fewest-calls';

export const DISTRIBUTION_STRATEGIES: readonly DistributionStrategy[] = ['random', 'ring-all', 'least-recent', 'fewest-calls'];

/** Steps the announced average wait is rounded to (CC-4). */
export type AverageWaitRoundingSeconds = 5 | 10 | 15 | 30 | 60;

export const AVERAGE_WAIT_ROUNDINGS: readonly AverageWaitRoundingSeconds[] = [5, 10, 15, 30, 60];

/** Inbound settings of a queue or CC campaign (QUE-1, CC-4). Durations in seconds; 0 means "off / unlimited" where stated. */
export interface QueueSettings {
  /** Longest wait before the caller goes to the queue's exit action; 0 = unlimited. */
  maxWaitSeconds: number;
  /** Callers waiting at most; a new caller beyond it goes to the full action; 0 = unlimited. */
  maxCallersWaiting: number;
  /** Monitored service level: an answer within this many seconds counts for the SLA (CC-6). */
  slaSeconds: number;
  /** Queue callers even while no member is logged in (manual login); otherwise they go to the exit action. */
  sendWhenNoAgentLoggedIn: boolean;
  /** A new caller finding members logged in but none free goes to the exit action. */
  dropWhenNoAgentAvailable: boolean;
  strategy: DistributionStrategy;
  /** Offer calls to members already talking (call waiting on their phone). */
  ringBusyAgents: boolean;
  /** How long one offer rings before it counts as not answered. */
  agentRingSeconds: number;
  /** Pause after an unanswered offer before the next member is rung. */
  pauseBetweenAgentsSeconds: number;
  /** After-call work: no new offers for this long after a call ends; 0 = none. */
  afterCallWorkSeconds: number;
  /** Delay between the member's answer and the bridge with the caller; the agent message plays in it. */
  delayAfterAnswerSeconds: number;
  announceAverageWait: boolean;
  averageWaitRoundingSeconds: AverageWaitRoundingSeconds;
  announcePosition: boolean;
  /** Positions above this are announced as "more than N callers"; 0 = always the exact position. */
  positionAnnouncementLimit: number;
  /** Period of the position / average-wait announcements. */
  announcementEverySeconds: number;
  /** Period of the dedicated campaign message; 0 = never played. */
  campaignMessageEverySeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettings> = Object.freeze({
  maxWaitSeconds: 300,
  maxCallersWaiting: 0,
  slaSeconds: 20,
  sendWhenNoAgentLoggedIn: false,
  dropWhenNoAgentAvailable: false,
  strategy: 'least-recent',
  ringBusyAgents: false,
  agentRingSeconds: 15,
  pauseBetweenAgentsSeconds: 2,
  afterCallWorkSeconds: 0,
  delayAfterAnswerSeconds: 0,
  announceAverageWait: false,
  averageWaitRoundingSeconds: 30,
  announcePosition: false,
  positionAnnouncementLimit: 0,
  announcementEverySeconds: 60,
  campaignMessageEverySeconds: 0,
});

/** A validation message that names the field, as the API's errors do. */
export interface QueueSettingsError {
  field: keyof QueueSettings;
  message: string;
}

export class QueueSettingsInvalidError extends Error {
  constructor(readonly errors: readonly QueueSettingsError[]) {
    super(`Invalid queue settings: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
    this.name = 'QueueSettingsInvalidError';
  }
}

/** Fills the fields a customer left out with the defaults. */
export function resolveQueueSettings(partial: Partial<QueueSettings> = {}): QueueSettings {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_QUEUE_SETTINGS, ...defined };
}

const WHOLE_SECONDS: { field: keyof QueueSettings; min: number; max: number }[] = [
  { field: 'maxWaitSeconds', min: 0, max: 86_400 },
  { field: 'maxCallersWaiting', min: 0, max: 100_000 },
  { field: 'slaSeconds', min: 1, max: 3_600 },
  { field: 'agentRingSeconds', min: 1, max: 600 },
  { field: 'pauseBetweenAgentsSeconds', min: 0, max: 600 },
  { field: 'afterCallWorkSeconds', min: 0, max: 3_600 },
  { field: 'delayAfterAnswerSeconds', min: 0, max: 60 },
  { field: 'positionAnnouncementLimit', min: 0, max: 1_000 },
  { field: 'announcementEverySeconds', min: 0, max: 3_600 },
  { field: 'campaignMessageEverySeconds', min: 0, max: 3_600 },
];

const FLAGS: (keyof QueueSettings)[] = ['sendWhenNoAgentLoggedIn', 'dropWhenNoAgentAvailable', 'ringBusyAgents', 'announceAverageWait', 'announcePosition'];

/** Every problem at once, each naming its field; an empty list means the settings are usable. */
export function validateQueueSettings(settings: QueueSettings): QueueSettingsError[] {
  const errors: QueueSettingsError[] = [];
  const values = settings as unknown as Record<string, unknown>;
  for (const { field, min, max } of WHOLE_SECONDS) {
    const value = values[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors.push({ field, message: `must be a whole number from ${min} to ${max}` });
    }
  }
  for (const field of FLAGS) {
    if (typeof values[field] !== 'boolean') errors.push({ field, message: 'must be true or false' });
  }
  if (!DISTRIBUTION_STRATEGIES.includes(settings.strategy)) {
    errors.push({ field: 'strategy', message: `must be one of ${DISTRIBUTION_STRATEGIES.join(', ')}` });
  }
  if (!AVERAGE_WAIT_ROUNDINGS.includes(settings.averageWaitRoundingSeconds)) {
    errors.push({ field: 'averageWaitRoundingSeconds', message: `must be one of ${AVERAGE_WAIT_ROUNDINGS.join(', ')}` });
  }
  // A periodic announcement with no period would never (or constantly) play.
  if ((settings.announcePosition || settings.announceAverageWait) && settings.announcementEverySeconds === 0) {
    errors.push({ field: 'announcementEverySeconds', message: 'must be at least 1 when position or average wait is announced' });
  }
  return errors;
}
