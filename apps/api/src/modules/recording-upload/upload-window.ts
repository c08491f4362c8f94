/**
 * REC-4's nightly window in the account's own time zone. Pure functions of an instant
 * and a zone, so DST days and zones are unit-tested without a clock.
 */

/** Uploads start from 23:00 and no new file starts from 05:00 (local time). */
export const WINDOW_START_HOUR = 23;
export const WINDOW_END_HOUR = 5;

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function localDay(at: Date, timeZone: string): string {
  const t = localTime(at, timeZone);
  return formatDay(t.year, t.month, t.day);
}

export function isInUploadWindow(at: Date, timeZone: string): boolean {
  const { hour } = localTime(at, timeZone);
  return hour >= WINDOW_START_HOUR || hour < WINDOW_END_HOUR;
}

/**
 * The night an instant belongs to, named after the day it starts on: 00:00–04:59 belong
 * to the previous evening's night, so a night that crosses midnight is one attempt.
 */
export function uploadNight(at: Date, timeZone: string): string {
  const t = localTime(at, timeZone);
  const day = formatDay(t.year, t.month, t.day);
  return t.hour < WINDOW_END_HOUR ? addDays(day, -1) : day;
}

/** The instant a local day starts (local midnight), DST included. */
export function localDayStart(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, date);
  // Two passes: the offset at the guess can differ from the offset at the answer on DST days.
  let start = guess - offsetMs(new Date(guess), timeZone);
  start = guess - offsetMs(new Date(start), timeZone);
  return new Date(start);
}

/** `[start, end)` of a local day as instants; 23 or 25 hours long on DST days. */
export function localDayRange(day: string, timeZone: string): { start: Date; end: Date } {
  return { start: localDayStart(day, timeZone), end: localDayStart(addDays(day, 1), timeZone) };
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + days));
  return formatDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function offsetMs(at: Date, timeZone: string): number {
  const t = localTime(at, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

function formatDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
