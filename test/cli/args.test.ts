import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('reads score with its options in any form', () => {
    expect(parseArgs(['score'])).toEqual({ kind: 'score', json: false, jsonl: false });
    expect(parseArgs(['score', '--principle', 'dive-deep', '--question=dd-1', '--json'])).toEqual({
      kind: 'score',
      principle: 'dive-deep',
      question: 'dd-1',
      json: true,
      jsonl: false,
    });
    expect(parseArgs(['score', '--jsonl'])).toMatchObject({ kind: 'score', jsonl: true });
  });

  it('reads practice with an optional principle', () => {
    expect(parseArgs(['practice'])).toEqual({ kind: 'practice' });
    expect(parseArgs(['practice', 'ownership'])).toEqual({ kind: 'practice', principle: 'ownership' });
  });

  it('shows help for no command, help, --help and -h', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['score', '--help']]) expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  it('reports usage errors in words', () => {
    expect(parseArgs(['grade'])).toEqual({ kind: 'usage-error', message: 'Unknown command "grade".' });
    expect(parseArgs(['score', '--principle'])).toEqual({ kind: 'usage-error', message: '--principle needs a value.' });
    expect(parseArgs(['score', '--colour'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['score', 'answer.txt'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['score', '--jsonl', '--principle', 'x'])).toMatchObject({ kind: 'usage-error' });
  });
});
