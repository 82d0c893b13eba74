import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../core/content.js';
import { evaluateDevSet, formatReport, parseEvalFile } from './dev-set.js';

/** The published development set sits next to the repository; a path argument scores another file of the same shape. */
const DEFAULT_PATH = fileURLToPath(new URL('../../../shared/eval/star-dev.jsonl', import.meta.url));

const path = process.argv[2] ?? DEFAULT_PATH;
if (!existsSync(path)) {
  console.log(`No evaluation file at ${path}; nothing to score. Pass a JSONL path: npm run eval -- path/to/answers.jsonl`);
  process.exit(0);
}
const report = evaluateDevSet(parseEvalFile(readFileSync(path, 'utf8')), loadContent());
console.log(`Scored ${report.rows.length} answers from ${path}\n`);
console.log(formatReport(report));
