import { AverageWaitRoundingSeconds, QueueSettings } from './queue-settings';

/** What to play to a waiting caller (CC-4); the call engine maps each kind to prompts. */
export type CallerAnnouncement =
  | { kind: 'position'; position: number }
  /** The caller is further back than the position limit: "more than `limit` callers before you". */
  | { kind: 'position-over-limit'; limit: number }
  | { kind: 'average-wait'; seconds: number }
  | { kind: 'campaign-message' };

/** Per-caller schedule; null = that announcement is off. */
export interface AnnouncementSchedule {
  nextAnnouncementAt: number | null;
  nextCampaignMessageAt: number | null;
}

export interface DueAnnouncements {
  announcements: CallerAnnouncement[];
  schedule: AnnouncementSchedule;
}

/**
 * Rounds to the nearest step, halves up, as Asterisk's queue does; never announces 0 because
 * "about 0 seconds" is what a caller still waiting would not believe.
 */
export function roundAverageWait(seconds: number, step: AverageWaitRoundingSeconds): number {
  return Math.max(step, Math.round(seconds / step) * step);
}

/** Average of the last `size` answered waits, O(1) per answer (ring buffer). */
export class AverageWaitEstimator {
  private readonly waits: number[] = [];
  private next = 0;
  private sum = 0;

  constructor(private readonly size = 20) {}

  recordAnsweredWait(waitMs: number): void {
    if (this.waits.length < this.size) {
      this.waits.push(waitMs);
    } else {
      this.sum -= this.waits[this.next];
      this.waits[this.next] = waitMs;
      this.next = (this.next + 1) % this.size;
    }
    this.sum += waitMs;
  }

  /** null until a call was answered: an invented estimate would mislead. */
  averageSeconds(): number | null {
    return this.waits.length === 0 ? null : this.sum / this.waits.length / 1000;
  }
}

/** First position/wait announcement one period after joining (the caller hears music first); campaign message likewise. */
export function initialAnnouncementSchedule(settings: QueueSettings, enqueuedAt: number): AnnouncementSchedule {
  const periodic = settings.announcePosition || settings.announceAverageWait;
  return {
    nextAnnouncementAt: periodic && settings.announcementEverySeconds > 0 ? enqueuedAt + settings.announcementEverySeconds * 1000 : null,
    nextCampaignMessageAt: settings.campaignMessageEverySeconds > 0 ? enqueuedAt + settings.campaignMessageEverySeconds * 1000 : null,
  };
}

/** The next due time after `due` that is later than `now`: a late tick plays once, not a burst. */
function following(due: number, periodMs: number, now: number): number {
  const periods = Math.floor((now - due) / periodMs) + 1;
  return due + periods * periodMs;
}

/** What is due for one caller at `now` (position, then wait, then campaign message) and the new schedule. */
export function dueAnnouncements(
  settings: QueueSettings,
  schedule: AnnouncementSchedule,
  now: number,
  position: number,
  averageWaitSeconds: number | null,
): DueAnnouncements {
  const announcements: CallerAnnouncement[] = [];
  let { nextAnnouncementAt, nextCampaignMessageAt } = schedule;
  if (nextAnnouncementAt !== null && nextAnnouncementAt <= now) {
    if (settings.announcePosition) {
      const limit = settings.positionAnnouncementLimit;
      announcements.push(limit > 0 && position > limit ? { kind: 'position-over-limit', limit } : { kind: 'position', position });
    }
    if (settings.announceAverageWait && averageWaitSeconds !== null) {
      announcements.push({ kind: 'average-wait', seconds: roundAverageWait(averageWaitSeconds, settings.averageWaitRoundingSeconds) });
    }
    nextAnnouncementAt = following(nextAnnouncementAt, settings.announcementEverySeconds * 1000, now);
  }
  if (nextCampaignMessageAt !== null && nextCampaignMessageAt <= now) {
    announcements.push({ kind: 'campaign-message' });
    nextCampaignMessageAt = following(nextCampaignMessageAt, settings.campaignMessageEverySeconds * 1000, now);
  }
  return { announcements, schedule: { nextAnnouncementAt, nextCampaignMessageAt } };
}
