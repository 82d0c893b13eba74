import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSuite, SUITE_DIR } from '../eval/suite.js';
import type { Benchmark } from './bench.js';
import { homeBenchmark } from './home-bench.js';
import { rubricBenchmark } from './rubric-bench.js';
import { runThreadBenchmark, THREAD_BENCH_NAME } from './thread-bench.js';

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
  homeBenchmark(),
];

console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const benchmark of benchmarks) {
  console.log(`\n${benchmark.name}`);
  for (const { label, value } of benchmark.run()) console.log(`  ${label.padEnd(48)} ${value}`);
}

// The thread benchmark is asynchronous (it drives the app and a Slack stand-in), so it runs after the others.
console.log(`\n${THREAD_BENCH_NAME}`);
for (const { label, value } of await runThreadBenchmark()) console.log(`  ${label.padEnd(48)} ${value}`);
