/** The period presets of the call list; `custom` uses the two dates of the range picker. */
export const PERIOD_PRESETS = ['today', 'yesterday', 'last7Days', 'thisMonth', 'custom'] as const;

export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const DEFAULT_PERIOD: PeriodPreset = 'last7Days';

/** Start inclusive, end exclusive, both local midnights; `end` null means "up to now". */
export interface LocalPeriod {
  start: Date | null;
  end: Date | null;
}

/** Midnight of the day `days` after `date`'s day, in the browser's zone (DST-safe: built from parts). */
export function startOfDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * The instants a preset covers in the browser's zone. Custom dates are whole days: the end
 * date is included, so the exclusive end is the midnight after it.
 */
export function periodBounds(preset: PeriodPreset, now: Date, custom: { start: Date | null; end: Date | null } = { start: null, end: null }): LocalPeriod {
  switch (preset) {
    case 'today':
      return { start: startOfDay(now), end: startOfDay(now, 1) };
    case 'yesterday':
      return { start: startOfDay(now, -1), end: startOfDay(now) };
    case 'last7Days':
      return { start: startOfDay(now, -6), end: startOfDay(now, 1) };
    case 'thisMonth':
      return { start: new Date(now.getFullYear(), now.getMonth(), 1), end: new Date(now.getFullYear(), now.getMonth() + 1, 1) };
    case 'custom':
      return { start: custom.start ? startOfDay(custom.start) : null, end: custom.end ? startOfDay(custom.end, 1) : null };
  }
}

/**
 * The dates a preset shows in the range picker when the user switches to custom dates: end
 * inclusive and not after today (the picker's maximum), so "this month" ends today.
 */
export function presetAsDates(preset: Exclude<PeriodPreset, 'custom'>, now: Date): { start: Date; end: Date } {
  const { start, end } = periodBounds(preset, now);
  const lastDay = startOfDay(end as Date, -1);
  const today = startOfDay(now);
  return { start: start as Date, end: lastDay > today ? today : lastDay };
}
