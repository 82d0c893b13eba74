/** The command line, parsed. Pure, so every shape of input is testable without a process. */
export type Command =
  | { kind: 'score'; principle?: string; question?: string; json: boolean; jsonl: boolean }
  | { kind: 'practice'; principle?: string; question?: string }
  | { kind: 'rescore'; db?: string }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const VALUE_FLAGS = new Set(['--principle', '--question', '--db']);

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (name !== 'score' && name !== 'practice' && name !== 'rescore') return { kind: 'usage-error', message: `Unknown command "${name}".` };
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) return { kind: 'usage-error', message: `${flag} needs a value.` };
      flags[flag] = value;
    } else if (flag === '--json' || flag === '--jsonl') {
      flags[flag] = true;
    } else if (flag === '--help') {
      return { kind: 'help' };
    } else {
      return { kind: 'usage-error', message: `Unknown option "${flag}".` };
    }
  }
  const db = typeof flags['--db'] === 'string' ? flags['--db'] : undefined;
  if (name === 'rescore') {
    if (positional.length > 0 || Object.keys(flags).some((f) => f !== '--db')) return { kind: 'usage-error', message: 'rescore takes only --db PATH.' };
    return { kind: 'rescore', ...(db !== undefined ? { db } : {}) };
  }
  if (db !== undefined) return { kind: 'usage-error', message: '--db is an option of rescore only.' };
  const principle = typeof flags['--principle'] === 'string' ? flags['--principle'] : undefined;
  const question = typeof flags['--question'] === 'string' ? flags['--question'] : undefined;
  if (name === 'practice') {
    if (positional.length > 1) return { kind: 'usage-error', message: 'practice takes at most one principle.' };
    const chosen = principle ?? positional[0];
    return { kind: 'practice', ...(chosen !== undefined ? { principle: chosen } : {}), ...(question !== undefined ? { question } : {}) };
  }
  if (positional.length > 0) return { kind: 'usage-error', message: `score reads the answer from stdin; unexpected "${positional[0]}".` };
  if (flags['--jsonl'] === true && (principle !== undefined || question !== undefined)) {
    return { kind: 'usage-error', message: '--jsonl takes the principle and question from each line, not from options.' };
  }
  return {
    kind: 'score',
    ...(principle !== undefined ? { principle } : {}),
    ...(question !== undefined ? { question } : {}),
    json: flags['--json'] === true,
    jsonl: flags['--jsonl'] === true,
  };
}

export const USAGE = `lp-coach: rehearse Amazon Leadership Principle answers against a STAR-L rubric, offline.

Usage:
  lp-coach score [--principle ID] [--question ID] [--json]   score the answer read from stdin
  lp-coach score --jsonl                                     score one {"id","answer","principle"?,"question"?} per line
  lp-coach practice [PRINCIPLE]                              answer a question interactively and get feedback
  lp-coach rescore [--db PATH]                               score stored answers again with this rubric version
                                                             (PATH defaults to DATABASE_PATH, else data/lp-coach.db)
  lp-coach help                                              show this help

Principles are ids, names or aliases (dive-deep, "Dive Deep", "deep dive").
Exit codes: 0 scored; 2 empty answer, unknown principle or question, or bad usage.

Examples:
  echo "I cut p95 from 1.8s to 280ms..." | lp-coach score --principle dive-deep
  lp-coach score --json < answer.txt
  lp-coach score --jsonl < answers.jsonl > feedback.jsonl
  lp-coach practice ownership`;
