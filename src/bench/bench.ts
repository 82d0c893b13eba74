import { performance } from 'node:perf_hooks';

/** One benchmark module: a name and a function returning the lines it wants printed. */
export interface Benchmark {
  name: string;
  run(): BenchmarkLine[];
}

export interface BenchmarkLine {
  label: string;
  value: string;
}

/**
 * Calls `fn` in five rounds of `budgetMs / 5` each after a warm-up and reports the median round: on a shared machine
 * one busy moment should not decide the figure.
 */
export function measure(fn: () => void, budgetMs = 1_000): { perSecond: number; meanMs: number; calls: number } {
  const warmUntil = performance.now() + Math.min(200, budgetMs / 4);
  while (performance.now() < warmUntil) fn();
  const rounds: Array<{ calls: number; elapsed: number }> = [];
  let total = 0;
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < budgetMs / 5);
    rounds.push({ calls, elapsed });
    total += calls;
  }
  rounds.sort((a, b) => a.calls / a.elapsed - b.calls / b.elapsed);
  const median = rounds[2] as { calls: number; elapsed: number };
  return { perSecond: (median.calls * 1000) / median.elapsed, meanMs: median.elapsed / median.calls, calls: total };
}

/** Median time of `runs` single calls, for inputs too slow to loop over for a second. */
export function medianMs(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
