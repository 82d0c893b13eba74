import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Content } from '../core/content.js';
import { principleName, resolvePrinciple, type Principle } from '../core/principles.js';
import { questionsFor, type Question } from '../core/questions.js';
import { scoreAnswer } from '../core/rubric/index.js';
import { existsSync } from 'node:fs';
import { parseArgs, USAGE } from './args.js';
import { formatRescore, rescoreDatabase } from './rescore.js';
import { scoreBatchLine } from './jsonl.js';
import { COLOUR, formatFeedback, PLAIN } from './report.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Colour only on a terminal; the entry point decides. */
  colour: boolean;
  /** A number in [0, 1) for picking a practice question. */
  random: () => number;
  loadContent: () => Content;
  /** DATABASE_PATH, for `rescore` without `--db`. */
  databasePath?: string;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** Runs one command and returns the exit code. Everything the process touches comes in through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  const say = (stream: Writable, text: string) => stream.write(`${text}\n`);
  if (command.kind === 'help') {
    say(io.stdout, USAGE);
    return EXIT_OK;
  }
  if (command.kind === 'usage-error') {
    say(io.stderr, `${command.message}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const content = io.loadContent();
  if (command.kind === 'rescore') {
    const path = command.db ?? io.databasePath ?? 'data/lp-coach.db';
    if (!existsSync(path)) {
      say(io.stderr, `No database at ${path}. Pass the file the bot uses: lp-coach rescore --db path/to/lp-coach.db`);
      return EXIT_BAD_INPUT;
    }
    say(io.stdout, formatRescore(rescoreDatabase(path, content)));
    return EXIT_OK;
  }
  const principle = command.principle === undefined ? undefined : resolvePrinciple(command.principle, content.principles);
  if (command.principle !== undefined && principle === undefined) {
    say(io.stderr, `Unknown principle "${command.principle}". Valid ids:\n  ${content.principles.map((p) => p.id).join('\n  ')}`);
    return EXIT_BAD_INPUT;
  }
  const question = command.question === undefined ? undefined : content.questions.find((q) => q.id === command.question);
  if (command.question !== undefined && question === undefined) {
    const pool = principle === undefined ? content.questions : questionsFor(principle.id, content.questions);
    say(io.stderr, `Unknown question "${command.question}". Question ids${principle ? ` for ${principle.id}` : ''}:\n  ${pool.map((q) => q.id).join('\n  ')}`);
    return EXIT_BAD_INPUT;
  }
  const style = io.colour ? COLOUR : PLAIN;
  const nameOf = (id: string) => principleName(content.principles, id);
  if (command.kind === 'practice') return practice(io, content, principle, question, (text) => say(io.stdout, text), style, nameOf);
  if (command.jsonl) return scoreBatch(io, content);
  const answer = await readAll(io.stdin);
  if (answer.trim() === '') {
    say(io.stderr, 'The answer is empty. Pipe the answer text into stdin, e.g.: lp-coach score < answer.txt');
    return EXIT_BAD_INPUT;
  }
  const feedback = scoreAnswer(answer, {
    content,
    ...(principle !== undefined ? { principle: principle.id } : {}),
    ...(question !== undefined ? { question } : {}),
  });
  say(io.stdout, command.json ? JSON.stringify(feedback, null, 2) : formatFeedback(feedback, style, nameOf));
  return EXIT_OK;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One line in, one line out, in order, streaming: thousands of answers in one process. */
async function scoreBatch(io: CliIo, content: Content): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let rejected = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { output, ok } = scoreBatchLine(line, content);
    if (!ok) rejected++;
    io.stdout.write(`${output}\n`);
  }
  if (rejected > 0) io.stderr.write(`${rejected} line${rejected === 1 ? '' : 's'} rejected; see the "error" field.\n`);
  return rejected > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

/** Picks a question: the one asked for, else one of the principle's, else any. */
export function pickQuestion(content: Content, principle: Principle | undefined, random: () => number): Question | undefined {
  const pool = principle === undefined ? content.questions : questionsFor(principle.id, content.questions);
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}

async function practice(
  io: CliIo,
  content: Content,
  principle: Principle | undefined,
  chosen: Question | undefined,
  say: (text: string) => void,
  style: typeof PLAIN,
  nameOf: (id: string) => string,
): Promise<number> {
  const question = chosen ?? pickQuestion(content, principle, io.random);
  if (question === undefined) {
    io.stderr.write('No questions found in data/questions.json.\n');
    return EXIT_BAD_INPUT;
  }
  say(`${style.bold(nameOf(question.principle))}: ${question.text}`);
  say(style.dim('Type your answer. Finish with an empty line or Ctrl-D.'));
  const answer = await readUntilBlankLine(io.stdin);
  if (answer.trim() === '') {
    io.stderr.write('No answer given; nothing to score.\n');
    return EXIT_BAD_INPUT;
  }
  const feedback = scoreAnswer(answer, { content, question });
  say('');
  say(formatFeedback(feedback, style, nameOf));
  return EXIT_OK;
}

/** Lines until the first empty line after some text, or the end of input. Leading empty lines are skipped. */
async function readUntilBlankLine(stream: Readable): Promise<string> {
  const lines: string[] = [];
  const reader = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of reader) {
    if (line.trim() === '') {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(line);
  }
  reader.close();
  return lines.join('\n');
}
