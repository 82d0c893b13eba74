/** The logging surface every module uses; Bolt's own Logger fits it, so one logger serves both. */
export interface AppLogger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Writes `time level message` lines to stderr, dropping anything below `level`. */
export function createConsoleLogger(level: LogLevelName = 'info', write = (line: string) => process.stderr.write(line)): AppLogger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at =
    (name: LogLevelName) =>
    (...msg: unknown[]): void => {
      if (LOG_LEVELS.indexOf(name) < threshold) return;
      const text = msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
      write(`${new Date().toISOString()} ${name.toUpperCase()} ${text}\n`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** For tests and tools that want silence. */
export const silentLogger: AppLogger = { debug() {}, info() {}, warn() {}, error() {} };
