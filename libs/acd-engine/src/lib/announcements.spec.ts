import { AverageWaitEstimator, dueAnnouncements, initialAnnouncementSchedule, roundAverageWait } from './announcements';
import { resolveQueueSettings } from './queue-settings';

describe('announcements (CC-4)', () => {
  it.each([
    [5, 2, 5],
    [5, 7.4, 5],
    [5, 7.5, 10],
    [10, 44, 40],
    [10, 45, 50],
    [15, 22, 15],
    [15, 23, 30],
    [30, 44, 30],
    [30, 45, 60],
    [60, 89, 60],
    [60, 90, 120],
    [60, 0, 60],
  ] as const)('rounds to %i s steps: %d s → %i s', (step, seconds, expected) => {
    expect(roundAverageWait(seconds, step)).toBe(expected);
  });

  it('averages the most recent answered waits only', () => {
    const estimator = new AverageWaitEstimator(3);
    expect(estimator.averageSeconds()).toBeNull();
    [100_000, 10_000, 20_000, 30_000].forEach((wait) => estimator.recordAnsweredWait(wait));
    expect(estimator.averageSeconds()).toBe(20);
  });

  it('plays position and wait every period, respecting the position limit, and the campaign message on its own period', () => {
    const settings = resolveQueueSettings({
      announcePosition: true,
      announceAverageWait: true,
      averageWaitRoundingSeconds: 15,
      positionAnnouncementLimit: 3,
      announcementEverySeconds: 30,
      campaignMessageEverySeconds: 45,
    });
    let schedule = initialAnnouncementSchedule(settings, 1_000);
    expect(schedule).toEqual({ nextAnnouncementAt: 31_000, nextCampaignMessageAt: 46_000 });
    expect(dueAnnouncements(settings, schedule, 30_999, 2, 40).announcements).toEqual([]);

    let due = dueAnnouncements(settings, schedule, 31_000, 2, 40);
    expect(due.announcements).toEqual([{ kind: 'position', position: 2 }, { kind: 'average-wait', seconds: 45 }]);
    schedule = due.schedule;
    due = dueAnnouncements(settings, schedule, 46_000, 2, 40);
    expect(due.announcements).toEqual([{ kind: 'campaign-message' }]);
    schedule = due.schedule;
    due = dueAnnouncements(settings, schedule, 61_000, 5, null);
    expect(due.announcements).toEqual([{ kind: 'position-over-limit', limit: 3 }]);
    expect(due.schedule).toEqual({ nextAnnouncementAt: 91_000, nextCampaignMessageAt: 91_000 });
  });

  it('plays once after a late tick instead of catching up in a burst', () => {
    const settings = resolveQueueSettings({ announcePosition: true, announcementEverySeconds: 10 });
    const due = dueAnnouncements(settings, initialAnnouncementSchedule(settings, 0), 35_000, 1, null);
    expect(due.announcements).toEqual([{ kind: 'position', position: 1 }]);
    expect(due.schedule.nextAnnouncementAt).toBe(40_000);
  });

  it('schedules nothing when announcements are off', () => {
    expect(initialAnnouncementSchedule(resolveQueueSettings(), 0)).toEqual({ nextAnnouncementAt: null, nextCampaignMessageAt: null });
  });
});
