/**
 * Measures, in wall-clock time, how long the application takes from a StasisStart to its
 * first request on that channel: the latency benchmarks quote (tools/bench/telephony).
 */
export class FirstCommandProbe {
  private readonly started = new Map<string, number>();
  private samples: number[] = [];

  stasisStarted(channelId: string): void {
    this.started.set(channelId, performance.now());
  }

  /** Called for every ARI request naming a channel; only the first one after StasisStart counts. */
  requested(channelId: string): void {
    const at = this.started.get(channelId);
    if (at !== undefined) {
      this.started.delete(channelId);
      this.samples.push(performance.now() - at);
    }
  }

  forget(channelId: string): void {
    this.started.delete(channelId);
  }

  /** The samples so far, in milliseconds; the probe starts afresh. */
  take(): number[] {
    const samples = this.samples;
    this.samples = [];
    return samples;
  }
}
