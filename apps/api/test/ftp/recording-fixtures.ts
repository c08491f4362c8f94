import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { RecordingFiles } from '../../src/modules/recordings/recording-files.service';
import { RecordingEntity } from '../../src/modules/recordings/recording.entity';

export interface StoredRecordingInput {
  startedAt: Date;
  /** PCM bytes after the 44-byte header. */
  audioBytes?: number;
  direction?: 'inbound' | 'outbound';
  from?: string;
  to?: string;
}

/** A finished recording on the platform's disk: a real WAV file, a 'stored' row and its bytes in the quota. */
export async function storeRecording(dataSource: DataSource, files: RecordingFiles, accountId: string, input: StoredRecordingInput): Promise<RecordingEntity> {
  const id = randomUUID();
  const wav = wavFile(input.audioBytes ?? 16_000, id);
  const row = { id, accountId, startedAt: input.startedAt };
  const storagePath = files.relativePath(row);
  await writeFile(await files.ensureDirectory(storagePath), wav);
  const repository = dataSource.getRepository(RecordingEntity);
  await repository.insert({
    ...row,
    callId: randomUUID(),
    asteriskName: `rec-${id}`,
    direction: (input.direction ?? 'inbound') as RecordingEntity['direction'],
    from: input.from ?? '+48221234567',
    to: input.to ?? '+48223000001',
    endedAt: new Date(input.startedAt.getTime() + 60_000),
    durationSeconds: 60,
    pausedSeconds: 0,
    sizeBytes: wav.length,
    storagePath,
    status: 'stored',
  });
  await dataSource.query(
    `INSERT INTO recording_storage (account_id, used_bytes) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET used_bytes = recording_storage.used_bytes + $2`,
    [accountId, wav.length],
  );
  return repository.findOneByOrFail({ id });
}

/** 8 kHz 16-bit mono PCM; the payload varies per recording so sizes and contents differ. */
export function wavFile(audioBytes: number, seed: string): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + audioBytes, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(audioBytes, 40);
  const audio = Buffer.alloc(audioBytes);
  const step = seed.charCodeAt(0);
  for (let i = 0; i < audioBytes; i++) {
    audio[i] = (i * step) & 0xff;
  }
  return Buffer.concat([header, audio]);
}
