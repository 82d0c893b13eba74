import { runScaleBenchmark, SCALE_BENCH_NAME } from './scale-bench.js';

/**
 * `npm run bench:scale [-- --answers <n>] [--out <path>] [--no-forget] [--no-startup] [--quiet]`: only the scale benchmark. The database is generated
 * first when missing or made by an older generator (a few minutes at a million answers), then reused.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const answers = option('--answers');
const path = option('--out');
const quiet = args.includes('--quiet');

console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`\n${SCALE_BENCH_NAME}`);
const started = performance.now();
const lines = await runScaleBenchmark({
  ...(answers === undefined ? {} : { answers: Number(answers) }),
  ...(path === undefined ? {} : { path }),
  ...(args.includes('--no-forget') ? { forget: false } : {}),
  ...(args.includes('--no-startup') ? { startup: false } : {}),
  ...(quiet ? {} : { log: (line: string) => console.error(`  .. ${line}`) }),
});
for (const { label, value } of lines) console.log(`  ${label.padEnd(48)} ${value}`);
console.log(`  ${'whole benchmark'.padEnd(48)} ${((performance.now() - started) / 1000).toFixed(0)} s`);
