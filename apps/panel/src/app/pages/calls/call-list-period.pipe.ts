import { formatDate } from '@angular/common';
import { Pipe, PipeTransform } from '@angular/core';
import { CallList } from '@pbx/contracts';

function isLocalMidnight(date: Date): boolean {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
}

/**
 * The period of a generated call list as people say it: whole days as dates with the last
 * day included ("2/1/25 – 2/7/25"; the API's end is exclusive), other spans with times.
 * The language is a parameter so the pipe stays pure and re-runs when it changes.
 */
@Pipe({ name: 'callListPeriod' })
export class CallListPeriodPipe implements PipeTransform {
  transform(list: Pick<CallList, 'from' | 'to'>, language: string): string {
    const locale = language === 'pl' ? 'pl' : 'en';
    const start = new Date(list.from);
    const end = new Date(list.to);
    if (isLocalMidnight(start) && isLocalMidnight(end)) {
      const lastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
      const first = formatDate(start, 'shortDate', locale);
      const last = formatDate(lastDay, 'shortDate', locale);
      return first === last ? first : `${first} – ${last}`;
    }
    return `${formatDate(start, 'short', locale)} – ${formatDate(end, 'short', locale)}`;
  }
}
