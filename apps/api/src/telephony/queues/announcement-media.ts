import { CallerAnnouncement } from '@pbx/acd-engine';

/**
 * CC-4 announcements as Asterisk's own queue prompts (core sounds, as app_queue says them),
 * until customers upload their own messages.
 */
export function announcementMedia(announcement: CallerAnnouncement): string[] {
  switch (announcement.kind) {
    case 'position':
      return announcement.position <= 1
        ? ['sound:queue-youarenext']
        : ['sound:queue-thereare', `number:${announcement.position - 1}`, 'sound:queue-callswaiting'];
    case 'position-over-limit':
      return ['sound:queue-thereare', `number:${announcement.limit}`, 'sound:queue-callswaiting'];
    case 'average-wait': {
      const minutes = Math.floor(announcement.seconds / 60);
      const seconds = announcement.seconds % 60;
      return [
        'sound:queue-holdtime',
        ...(minutes > 0 ? [`number:${minutes}`, 'sound:queue-minutes'] : []),
        ...(seconds > 0 ? [`number:${seconds}`, 'sound:queue-seconds'] : []),
      ];
    }
    case 'campaign-message':
      return ['sound:queue-periodic-announce'];
  }
}
