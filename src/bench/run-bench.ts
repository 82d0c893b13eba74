import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSuite, SUITE_DIR } from '../eval/suite.js';
import type { Benchmark, BenchmarkLine } from './bench.js';
import { homeBenchmark } from './home-bench.js';
import { rubricBenchmark } from './rubric-bench.js';
import { spokenBenchmark } from './spoken-bench.js';
import { runThreadBenchmark, THREAD_BENCH_NAME } from './thread-bench.js';
import { ACK_BENCH_NAME, runAckBenchmark } from './ack-bench.js';
import { PLAYGROUND_BENCH_NAME, runPlaygroundBenchmark } from './playground-bench.js';
import { runScaleBenchmark, SCALE_BENCH_NAME } from './scale-bench.js';

/** Prints each benchmark's numbers. Later benchmarks join the list as their own modules under src/bench/. */
const DEV_SET = fileURLToPath(new URL('../../../shared/eval/star-dev.jsonl', import.meta.url));

function devAnswers(): string[] | undefined {
  if (!existsSync(DEV_SET)) return undefined;
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { answer: string }).answer);
}

const suiteAnswers = existsSync(SUITE_DIR) ? loadSuite(SUITE_DIR).map((item) => item.answer) : undefined;

const answers = devAnswers();
const benchmarks: Benchmark[] = [
  rubricBenchmark({ ...(answers !== undefined ? { devAnswers: answers } : {}), ...(suiteAnswers !== undefined ? { suiteAnswers } : {}) }),
  spokenBenchmark(),
  homeBenchmark(),
];

console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const benchmark of benchmarks) {
  console.log(`\n${benchmark.name}`);
  for (const { label, value } of benchmark.run()) console.log(`  ${label.padEnd(48)} ${value}`);
}

// The asynchronous benchmarks drive the app, a Slack stand-in, a bare Bolt app or a browser, so they run after the
// others, one at a time. The scale one comes last: it generates its database the first time (about two minutes).
const asynchronous: Array<[string, () => Promise<BenchmarkLine[]>]> = [
  [THREAD_BENCH_NAME, runThreadBenchmark],
  [ACK_BENCH_NAME, runAckBenchmark],
  [PLAYGROUND_BENCH_NAME, runPlaygroundBenchmark],
  [SCALE_BENCH_NAME, () => runScaleBenchmark({ log: (line) => console.error(`  .. ${line}`) })],
];
for (const [name, run] of asynchronous) {
  console.log(`\n${name}`);
  for (const { label, value } of await run()) console.log(`  ${label.padEnd(48)} ${value}`);
}
