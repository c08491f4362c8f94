// One scheduler for every simulated delay: a binary heap of timers driven by a single
// Node timer, with simulated time running 1/timeScale times faster than wall time.

export interface TimerHandle {
  cancel(): void;
}

interface Entry {
  at: number; // simulated ms
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Scheduler {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private readonly wallStart = performance.now();
  private closed = false;

  constructor(
    readonly timeScale: number,
    private readonly epochMs: number = Date.now(),
  ) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`);
  }

  /** Simulated milliseconds since the scheduler started. */
  elapsed(): number {
    return (performance.now() - this.wallStart) / this.timeScale;
  }

  /** Simulated wall-clock time (epoch ms). */
  now(): number {
    return this.epochMs + this.elapsed();
  }

  /** Runs fn after `delayMs` simulated milliseconds. */
  after(delayMs: number, fn: () => void): TimerHandle {
    const entry: Entry = { at: this.elapsed() + Math.max(0, delayMs), seq: this.seq++, fn, cancelled: false };
    this.push(entry);
    this.arm();
    return { cancel: () => (entry.cancelled = true) };
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.heap.length = 0;
  }

  get pending(): number {
    return this.heap.length;
  }

  private arm(): void {
    if (this.closed) return;
    while (this.heap.length && this.heap[0].cancelled) this.pop();
    if (!this.heap.length) return;
    const at = this.heap[0].at;
    if (this.timer && at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    // Node fires a timer beyond 2^31-1 ms after 1 ms: cap it, and run() re-arms for the rest.
    const wallDelay = Math.min(MAX_TIMER_MS, Math.max(0, (at - this.elapsed()) * this.timeScale));
    this.timer = setTimeout(() => this.run(), wallDelay);
  }

  private run(): void {
    this.timer = null;
    this.timerAt = Infinity;
    const now = this.elapsed();
    // Run everything due, in (time, insertion) order, so simultaneous events keep their order.
    // Node may fire a timer up to a wall millisecond early: that much counts as due.
    while (this.heap.length && this.heap[0].at <= now + 1 / this.timeScale) {
      const e = this.pop();
      if (e.cancelled) continue;
      try {
        e.fn();
      } catch (err) {
        console.error('[pbx-sim] scheduled task failed', err);
      }
      if (this.closed) return;
    }
    this.arm();
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0];
    const last = h.pop() as Entry;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Asterisk's timestamp format: 2026-11-21T23:55:24.383+0000. */
export function asteriskTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}
