import { announcementMedia } from './announcement-media';

describe('announcementMedia', () => {
  it('says the position as app_queue does', () => {
    expect(announcementMedia({ kind: 'position', position: 1 })).toEqual(['sound:queue-youarenext']);
    expect(announcementMedia({ kind: 'position', position: 4 })).toEqual(['sound:queue-thereare', 'number:3', 'sound:queue-callswaiting']);
    expect(announcementMedia({ kind: 'position-over-limit', limit: 10 })).toEqual(['sound:queue-thereare', 'number:10', 'sound:queue-callswaiting']);
  });

  it('says the rounded average wait in minutes and seconds', () => {
    expect(announcementMedia({ kind: 'average-wait', seconds: 90 })).toEqual(['sound:queue-holdtime', 'number:1', 'sound:queue-minutes', 'number:30', 'sound:queue-seconds']);
    expect(announcementMedia({ kind: 'average-wait', seconds: 120 })).toEqual(['sound:queue-holdtime', 'number:2', 'sound:queue-minutes']);
    expect(announcementMedia({ kind: 'average-wait', seconds: 15 })).toEqual(['sound:queue-holdtime', 'number:15', 'sound:queue-seconds']);
    expect(announcementMedia({ kind: 'campaign-message' })).toEqual(['sound:queue-periodic-announce']);
  });
});
