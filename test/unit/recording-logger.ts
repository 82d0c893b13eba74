import type { AppLogger } from '../../src/logger.js';

/** A logger that keeps each line as "level message", for tests that check what was logged. */
export class RecordingLogger implements AppLogger {
  lines: string[] = [];
  debug(...msg: unknown[]) {
    this.lines.push(`debug ${msg.join(' ')}`);
  }
  info(...msg: unknown[]) {
    this.lines.push(`info ${msg.join(' ')}`);
  }
  warn(...msg: unknown[]) {
    this.lines.push(`warn ${msg.join(' ')}`);
  }
  error(...msg: unknown[]) {
    this.lines.push(`error ${msg.join(' ')}`);
  }
}
