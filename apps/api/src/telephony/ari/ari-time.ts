/** Asterisk writes `2026-11-21T23:55:24.383+0000`; Date wants the offset as `+00:00`. */
export function ariTime(timestamp: string): Date {
  return new Date(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}
