import { posix } from 'node:path';
import { localDay, localTime } from './upload-window';

export interface RemoteNameSource {
  id: string;
  startedAt: Date;
  direction: string;
  from: string;
  to: string;
}

/** `<base>/YYYY/MM/DD` of the account's local day. */
export function remoteDayFolder(baseFolder: string, day: string): string {
  const [year, month, date] = day.split('-');
  return posix.join('/', baseFolder, year, month, date);
}

/**
 * `HHMMSS_<direction>_<from>_<to>_<id8>.wav` in local time: sortable, readable in a file
 * list, unique by the id prefix; numbers keep only safe characters.
 */
export function remoteFileName(recording: RemoteNameSource, timeZone: string): string {
  const t = localTime(recording.startedAt, timeZone);
  const time = [t.hour, t.minute, t.second].map((n) => String(n).padStart(2, '0')).join('');
  const parts = [time, recording.direction, recording.from, recording.to, recording.id.slice(0, 8)].map(sanitise);
  return `${parts.join('_')}.wav`;
}

export function remoteRecordingPath(baseFolder: string, recording: RemoteNameSource, timeZone: string): string {
  return posix.join(remoteDayFolder(baseFolder, localDay(recording.startedAt, timeZone)), remoteFileName(recording, timeZone));
}

function sanitise(part: string): string {
  return part.replace(/[^A-Za-z0-9+-]/g, '').slice(0, 32) || 'unknown';
}
