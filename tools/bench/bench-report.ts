import { cpus } from 'node:os';

export interface Target {
  metric: string;
  value: number;
  target: string;
  met: boolean;
}

/** DESIGN.md's benchmark format: one JSON object on stdout, logs on stderr. */
export function printReport(name: string, results: unknown[], targets: Target[]): void {
  process.stdout.write(`${JSON.stringify({ name, machine: { cpus: cpus().length, node: process.version }, results, targets }, null, 2)}\n`);
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
