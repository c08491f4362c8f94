import { Injectable, Logger } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingStore } from '../../modules/recordings/recording-store.service';
import { AriLiveRecording, AriPort } from '../ari/ari-port';
import { ariTime } from '../ari/ari-time';
import { CallSession } from './call-session';

/**
 * Records answered calls whose phone account or trunk has recording on (REC-2/3): the
 * bridge's mixed audio, both parties, from answer to hang-up; the finished file is copied
 * from Asterisk into the account's storage and then removed from Asterisk.
 */
@Injectable()
export class CallRecorder {
  private readonly logger = new Logger(CallRecorder.name);

  constructor(private readonly recordings: RecordingStore) {}

  async start(port: AriPort, session: CallSession, startedAt: Date): Promise<void> {
    if (!session.accountId || !session.bridgeId || !(await this.recordings.mayRecord(session.accountId))) {
      return;
    }
    const name = `call-${session.id}`;
    session.recordingId = await this.recordings.open({
      accountId: session.accountId,
      callId: session.id,
      asteriskName: name,
      direction: session.direction,
      from: session.from,
      to: session.to,
      startedAt,
    });
    session.recordingName = name;
    try {
      await port.recordBridge(session.bridgeId, name);
    } catch (error) {
      await this.recordings.fail(name, `Asterisk refused to record: ${String(error)}`);
    }
  }

  async pause(port: AriPort, session: CallSession, paused: boolean): Promise<void> {
    if (!session.recordingName) {
      throw new Error('This call is not being recorded');
    }
    await (paused ? port.pauseRecording(session.recordingName) : port.unpauseRecording(session.recordingName));
  }

  /** RecordingFinished: may arrive after the call's last leg is gone, so it needs no session. */
  async finished(port: AriPort, recording: AriLiveRecording, timestamp: string): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'pbx-rec-'));
    const tempPath = join(dir, `${recording.name}.wav`);
    try {
      const size = await port.downloadStoredRecording(recording.name, tempPath);
      await this.recordings.accept(recording.name, tempPath, size, recording.duration ?? 0, ariTime(timestamp));
      await port.deleteStoredRecording(recording.name);
    } catch (error) {
      this.logger.error(`Recording ${recording.name} could not be stored: ${String(error)}`);
      await this.recordings.fail(recording.name, `Could not be stored: ${String(error)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async failed(recording: AriLiveRecording): Promise<void> {
    await this.recordings.fail(recording.name, recording.cause ?? 'Asterisk reported the recording failed');
  }
}
