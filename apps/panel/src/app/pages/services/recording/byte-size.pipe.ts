import { Pipe, PipeTransform } from '@angular/core';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * Bytes as people read them, in binary units like the quota (1 GB = 1024³ bytes):
 * 1536 → "1.5 KB", in Polish "1,5 KB". The language is a parameter so the pipe stays pure.
 */
@Pipe({ name: 'byteSize' })
export class ByteSizePipe implements PipeTransform {
  transform(bytes: number | null | undefined, language: string): string {
    let value = Math.max(0, bytes ?? 0);
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    const digits = unit === 0 || value >= 100 ? 0 : 1;
    const number = new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-US', { maximumFractionDigits: digits }).format(value);
    return `${number} ${UNITS[unit]}`;
  }
}
