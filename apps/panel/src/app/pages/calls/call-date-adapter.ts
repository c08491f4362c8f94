import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';

/**
 * The native adapter formats dates in the panel language but parses typed text with
 * `Date.parse`, which reads "15.01.2025" as nothing and "01/02/2025" always as US. This one
 * reads numeric dates in the order the current locale writes them (day-month-year in Polish,
 * month/day/year in US English) and ISO "2025-01-15" everywhere.
 */
@Injectable()
export class CallDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') {
      return super.parse(value, parseFormat);
    }
    const parts = value.trim().split(/\D+/).filter(Boolean).map(Number);
    if (parts.length !== 3) {
      return value.trim() ? this.invalid() : null;
    }
    const [year, month, day] = value.trim().match(/^\d{4}/) ? parts : this.localeOrder(parts);
    const date = this.createValidDate(year < 100 ? 2000 + year : year, month - 1, day);
    return date ?? this.invalid();
  }

  /** [year, month, day] from three numbers in the order the locale prints a date. */
  private localeOrder(parts: number[]): [number, number, number] {
    // 22 November 2001: day, month and year are told apart by their values.
    const order = new Intl.DateTimeFormat(this.locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(2001, 10, 22))
      .filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day')
      .map((part) => part.type);
    const at = (type: string) => parts[order.indexOf(type as Intl.DateTimeFormatPartTypes)] ?? NaN;
    return [at('year'), at('month'), at('day')];
  }

  private createValidDate(year: number, month: number, day: number): Date | null {
    if (![year, month, day].every(Number.isFinite) || month < 0 || month > 11 || day < 1 || day > 31) {
      return null;
    }
    const date = new Date(year, month, day);
    // 31.02 rolls over to March: not a date.
    return date.getMonth() === month ? date : null;
  }
}
