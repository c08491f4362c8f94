/** Pearson's chi-square statistic of observed counts against expected shares (the shares are normalised). */
export function chiSquareStatistic(observed: readonly number[], expectedShares: readonly number[]): number {
  const total = observed.reduce((sum, count) => sum + count, 0);
  const shareSum = expectedShares.reduce((sum, share) => sum + share, 0);
  return observed.reduce((sum, count, i) => {
    const expected = (total * expectedShares[i]) / shareSum;
    return sum + (count - expected) ** 2 / expected;
  }, 0);
}

/** Critical values at p = 0.001 by degrees of freedom: a fixed-seed test failing these is a real bias, not bad luck. */
export const CHI_SQUARE_CRITICAL_0_001: Readonly<Record<number, number>> = { 1: 10.83, 2: 13.82, 3: 16.27, 4: 18.47, 5: 20.52, 6: 22.46, 7: 24.32, 8: 26.12, 9: 27.88 };
