import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScaleDatabase } from './scale-seed.js';

/**
 * `npm run seed:scale -- [--out <path>] [--answers <n>]`: writes the scale benchmark's database (a year of a large
 * company; see scale-seed.ts). Default: .bench/scale.sqlite in the project (the file `npm run bench:scale` reads),
 * 1,000,000 answers.
 */
export const DEFAULT_SCALE_DATABASE = fileURLToPath(new URL('../../.bench/scale.sqlite', import.meta.url));

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

export function parseScaleArgs(args: readonly string[]): { out: string; answers: number } {
  const answersText = option(args, '--answers') ?? '1000000';
  const answers = Number(answersText.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(answers) || answers < 100) throw new Error(`--answers wants a whole number of at least 100, not ${answersText}`);
  return { out: resolve(option(args, '--out') ?? DEFAULT_SCALE_DATABASE), answers };
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
if (isMain) {
  const { out, answers } = parseScaleArgs(process.argv.slice(2));
  console.log(`Generating ${answers.toLocaleString('en-US')} answers into ${out}`);
  const info = generateScaleDatabase({ out, answers, log: (line) => console.log(`  ${line}`) });
  console.log(JSON.stringify(info, null, 2));
}
