import { addDays, isInUploadWindow, localDay, localDayRange, uploadNight } from './upload-window';

const WARSAW = 'Europe/Warsaw';

describe('upload window (REC-4)', () => {
  it.each([
    ['2026-01-14T21:59:59Z', false], // 22:59:59 in Warsaw (CET, +1)
    ['2026-01-14T22:00:00Z', true], // 23:00
    ['2026-01-15T03:59:59Z', true], // 04:59:59
    ['2026-01-15T04:00:00Z', false], // 05:00
    ['2026-07-14T21:00:00Z', true], // 23:00 CEST (+2)
    ['2026-07-15T03:00:00Z', false], // 05:00 CEST
  ])('%s in Warsaw is in the window: %s', (at, expected) => {
    expect(isInUploadWindow(new Date(at), WARSAW)).toBe(expected);
  });

  it('follows the account zone, not the server zone', () => {
    const at = new Date('2026-01-15T04:30:00Z');
    expect(isInUploadWindow(at, WARSAW)).toBe(false);
    expect(isInUploadWindow(at, 'America/New_York')).toBe(true); // 23:30
    expect(localDay(at, 'America/New_York')).toBe('2026-01-14');
  });

  it('names a night after the evening it starts on, across midnight', () => {
    expect(uploadNight(new Date('2026-01-14T22:30:00Z'), WARSAW)).toBe('2026-01-14');
    expect(uploadNight(new Date('2026-01-15T03:30:00Z'), WARSAW)).toBe('2026-01-14');
    expect(uploadNight(new Date('2026-01-01T01:00:00Z'), WARSAW)).toBe('2025-12-31');
  });

  it('gives local day bounds, 23 and 25 hours long on DST days', () => {
    const spring = localDayRange('2026-03-29', WARSAW);
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const autumn = localDayRange('2026-10-25', WARSAW);
    expect(autumn.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(autumn.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(localDayRange('2026-01-15', 'UTC').start.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('keeps the window on DST nights', () => {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST; 04:59 CEST is 02:59Z.
    expect(isInUploadWindow(new Date('2026-03-29T02:59:00Z'), WARSAW)).toBe(true);
    expect(isInUploadWindow(new Date('2026-03-29T03:00:00Z'), WARSAW)).toBe(false);
    // 2026-10-25 03:00 CEST falls back to 02:00 CET; 05:00 CET is 04:00Z.
    expect(isInUploadWindow(new Date('2026-10-25T03:59:00Z'), WARSAW)).toBe(true);
    expect(isInUploadWindow(new Date('2026-10-25T04:00:00Z'), WARSAW)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
