// Writes 8 kHz 16-bit mono PCM WAV files: a quiet 440 Hz tone so players show a waveform.
import { writeFileSync } from 'node:fs';

export const WAV_RATE = 8000;

export function wavBuffer(durationMs: number, silent = false): Buffer {
  const samples = Math.max(0, Math.round((durationMs / 1000) * WAV_RATE));
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(WAV_RATE, 24);
  buf.writeUInt32LE(WAV_RATE * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples * 2, 40);
  if (!silent) {
    for (let i = 0; i < samples; i++) {
      buf.writeInt16LE(Math.round(1000 * Math.sin((2 * Math.PI * 440 * i) / WAV_RATE)), 44 + i * 2);
    }
  }
  return buf;
}

export function writeWav(path: string, durationMs: number, silent = false): void {
  writeFileSync(path, wavBuffer(durationMs, silent));
}

/** Length in ms of a WAV file written by wavBuffer. */
export function wavDurationMs(buf: Buffer): number {
  const dataBytes = buf.readUInt32LE(40);
  const rate = buf.readUInt32LE(24);
  return (dataBytes / 2 / rate) * 1000;
}
