import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { Content } from '../../src/core/content.js';

/** Runs the command line in this process with stdin given as a string, and collects what it prints. */
export async function runInMemory(argv: readonly string[], loadContent: () => Content, stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout, stderr, colour: false, random: () => 0, loadContent });
  return { code, out, err };
}
