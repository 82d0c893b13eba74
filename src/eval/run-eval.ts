import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../core/content.js';
import { evaluateDevSet, formatReport, parseEvalFile } from './dev-set.js';
import { evaluateSuite, formatSuiteReport, loadSuite, SUITE_DIR } from './suite.js';

/**
 * `npm run eval`: the project's own suite (always there), then the published development set when it sits next to
 * the repository or a path is given. `--misses` lists the suite's development misses.
 */
const DEFAULT_DEV_SET = fileURLToPath(new URL('../../../shared/eval/star-dev.jsonl', import.meta.url));

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const devSetPath = args.find((a) => !a.startsWith('--')) ?? DEFAULT_DEV_SET;
const content = loadContent();

console.log(formatSuiteReport(evaluateSuite(loadSuite(SUITE_DIR), content), { misses }));
console.log('');
if (!existsSync(devSetPath)) {
  console.log(`No development set at ${devSetPath}; skipped. Pass a JSONL path: npm run eval -- path/to/answers.jsonl`);
} else {
  const report = evaluateDevSet(parseEvalFile(readFileSync(devSetPath, 'utf8')), content);
  console.log(`Development set: ${report.rows.length} published answers from ${devSetPath}\n`);
  console.log(formatReport(report));
}
