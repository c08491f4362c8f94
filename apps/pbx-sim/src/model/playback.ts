// A playback of one media URI on a channel or bridge; its length comes from the sounds table.
import type { TimerHandle } from '../time/scheduler';

export type PlaybackState = 'queued' | 'playing' | 'paused' | 'done' | 'failed';

export class Playback {
  state: PlaybackState = 'queued';
  timer: TimerHandle | null = null;
  /** Simulated ms of media left to play (null: plays until stopped). */
  remainingMs: number | null;
  startedAt = 0;

  constructor(
    readonly id: string,
    readonly mediaUri: string,
    readonly targetUri: string,
    readonly language: string,
    durationMs: number | null,
  ) {
    this.remainingMs = durationMs;
  }

  toJson(): Record<string, unknown> {
    return {
      id: this.id,
      media_uri: this.mediaUri,
      target_uri: this.targetUri,
      language: this.language,
      state: this.state,
    };
  }
}
