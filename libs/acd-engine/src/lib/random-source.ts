/** Randomness is injected so that every decision can be replayed from a seed. */
export interface RandomSource {
  /** A number in [0, 1). */
  next(): number;
}

/** mulberry32: tiny, fast, and good enough for lotteries and simulations (not for secrets). */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    },
  };
}

/** An exponentially distributed sample with the given mean (talk times, inter-arrival times). */
export function sampleExponential(random: RandomSource, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}
