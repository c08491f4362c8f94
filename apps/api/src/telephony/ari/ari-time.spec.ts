import { ariTime } from './ari-time';

describe('ariTime', () => {
  it('reads Asterisk timestamps with their offset', () => {
    expect(ariTime('2026-11-21T23:55:24.383+0000').toISOString()).toBe('2026-11-21T23:55:24.383Z');
    expect(ariTime('2026-11-22T01:00:00.000+0100').toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});
