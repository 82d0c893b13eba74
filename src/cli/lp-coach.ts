#!/usr/bin/env node
import { loadContent } from '../core/content.js';
import { runCli } from './run.js';

// The command line's own entry point: it alone decides about colour (a terminal, and NO_COLOR unset) and randomness.
const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colour,
  random: Math.random,
  loadContent,
  ...(process.env.DATABASE_PATH ? { databasePath: process.env.DATABASE_PATH } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lp-coach: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
