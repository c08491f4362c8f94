/** IANA zones the browser knows, for the account's time zone field. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

export function filterTimeZones(query: string | null | undefined): readonly string[] {
  const needle = (query ?? '').trim().toLowerCase();
  return needle === '' ? TIME_ZONES : TIME_ZONES.filter((zone) => zone.toLowerCase().includes(needle));
}

/** Form validator: the value must be a zone from the list. */
export function knownTimeZone(control: { value: unknown }): { timeZone: true } | null {
  return typeof control.value === 'string' && TIME_ZONES.includes(control.value) ? null : { timeZone: true };
}
