// A live recording: counts recorded simulated time (pauses excluded) to write the WAV file.
import type { TimerHandle } from '../time/scheduler';

export type RecordingState = 'queued' | 'recording' | 'paused' | 'done' | 'failed' | 'canceled';

export class LiveRecording {
  state: RecordingState = 'queued';
  recordedMs = 0;
  segmentStart = 0;
  muted = false;
  maxTimer: TimerHandle | null = null;
  duration: number | null = null;

  constructor(
    readonly name: string,
    readonly format: string,
    readonly targetUri: string,
    readonly maxDurationMs: number,
  ) {}

  toJson(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      format: this.format,
      state: this.state,
      target_uri: this.targetUri,
    };
    if (this.duration !== null) out['duration'] = this.duration;
    return out;
  }
}
