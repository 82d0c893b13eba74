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

/** Calls `fn` repeatedly for about `budgetMs` after a warm-up; returns calls per second and mean milliseconds. */
export function measure(fn: () => void, budgetMs = 1_000): { perSecond: number; meanMs: number; calls: number } {
  const warmUntil = performance.now() + Math.min(200, budgetMs / 4);
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < budgetMs);
  return { perSecond: (calls * 1000) / elapsed, meanMs: elapsed / calls, calls };
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
