import { dueDays, failedAttempts, shouldGiveUp, uploadJobId } from './upload-plan';

const WARSAW = 'Europe/Warsaw';

describe('upload plan (REC-4)', () => {
  const night = new Date('2026-01-14T22:30:00Z'); // 23:30 on the 14th, Warsaw

  it('enqueues past days only, never today', () => {
    const pending = [
      { day: '2026-01-14', lastRunStartedAt: null },
      { day: '2026-01-13', lastRunStartedAt: null },
      { day: '2026-01-10', lastRunStartedAt: null },
    ];
    expect(dueDays(night, WARSAW, pending)).toEqual(['2026-01-10', '2026-01-13']);
  });

  it('nothing outside the window', () => {
    expect(dueDays(new Date('2026-01-14T12:00:00Z'), WARSAW, [{ day: '2026-01-13', lastRunStartedAt: null }])).toEqual([]);
  });

  it('a day tried earlier this night (even before midnight) waits for the next night', () => {
    const afterMidnight = new Date('2026-01-15T01:00:00Z'); // 02:00 on the 15th, same night
    const triedTonight = { day: '2026-01-13', lastRunStartedAt: new Date('2026-01-14T22:10:00Z') };
    const triedLastNight = { day: '2026-01-12', lastRunStartedAt: new Date('2026-01-14T03:00:00Z') };
    expect(dueDays(afterMidnight, WARSAW, [triedTonight, triedLastNight, { day: '2026-01-14', lastRunStartedAt: null }])).toEqual([
      '2026-01-12',
      '2026-01-14',
    ]);
  });

  it('counts failed runs only, and gives up at the third', () => {
    expect(failedAttempts(['failed', 'interrupted', 'failed', 'succeeded'])).toBe(2);
    expect(shouldGiveUp(['failed', 'interrupted', 'failed'])).toBe(false);
    expect(shouldGiveUp(['failed', 'failed', 'failed'])).toBe(true);
  });

  it('job ids differ per night so each night is one attempt', () => {
    expect(uploadJobId('a', '2026-01-13', '2026-01-14')).toBe('a:2026-01-13:2026-01-14');
  });
});
