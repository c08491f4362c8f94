import { Pipe, PipeTransform } from '@angular/core';

/** Seconds as `mm:ss` (`h:mm:ss` from an hour on): 65 → "01:05", 3725 → "1:02:05". */
@Pipe({ name: 'callDuration' })
export class CallDurationPipe implements PipeTransform {
  transform(seconds: number | null | undefined): string {
    const total = Math.max(0, Math.round(seconds ?? 0));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = String(total % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${String(minutes).padStart(2, '0')}:${rest}`;
  }
}
