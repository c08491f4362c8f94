import { remoteDayFolder, remoteFileName, remoteRecordingPath } from './remote-recording-path';

describe('remote recording path (REC-4)', () => {
  const recording = {
    id: '3f2a9c1e-1111-2222-3333-444455556666',
    startedAt: new Date('2026-01-14T23:05:09Z'), // 00:05:09 on the 15th in Warsaw
    direction: 'inbound',
    from: '+48 22/123 45 67',
    to: '../../etc',
  };

  it('uses local time and day, and keeps only safe characters', () => {
    expect(remoteFileName(recording, 'Europe/Warsaw')).toBe('000509_inbound_+48221234567_etc_3f2a9c1e.wav');
    expect(remoteRecordingPath('/calls', recording, 'Europe/Warsaw')).toBe('/calls/2026/01/15/000509_inbound_+48221234567_etc_3f2a9c1e.wav');
  });

  it('puts a day under the base folder', () => {
    expect(remoteDayFolder('/', '2026-01-15')).toBe('/2026/01/15');
    expect(remoteDayFolder('/a/b', '2026-01-15')).toBe('/a/b/2026/01/15');
  });

  it('never leaves a part empty', () => {
    expect(remoteFileName({ ...recording, from: '', to: '***' }, 'UTC')).toBe('230509_inbound_unknown_unknown_3f2a9c1e.wav');
  });
});
