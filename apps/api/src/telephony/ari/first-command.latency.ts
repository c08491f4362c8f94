import { Injectable } from '@nestjs/common';
import { ariTime } from './ari-time';

/** Unanswered entries older than this are dropped, so the map cannot grow without bound. */
const MAX_PENDING = 10_000;

/**
 * How long the engine takes from a StasisStart, as stamped by Asterisk, to its first
 * request on that channel (issue 3, item 11). Asterisk and the engine read one clock when
 * they share a machine, which is how the benchmark runs them.
 */
@Injectable()
export class FirstCommandLatency {
  private readonly pending = new Map<string, number>();
  private samples: number[] = [];

  stasisStarted(channelId: string, timestamp: string): void {
    if (this.pending.size >= MAX_PENDING) {
      this.pending.clear();
    }
    this.pending.set(channelId, ariTime(timestamp).getTime());
  }

  commandSent(channelId: string): void {
    const started = this.pending.get(channelId);
    if (started !== undefined) {
      this.pending.delete(channelId);
      this.samples.push(Date.now() - started);
    }
  }

  /** Samples in ms since the last take. */
  take(): number[] {
    const samples = this.samples;
    this.samples = [];
    return samples;
  }
}
