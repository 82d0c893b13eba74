import { LogLevel, type Logger } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

/**
 * Bolt wants a Logger it can set a level on; ours is filtered when it is created (LOG_LEVEL), so level changes from
 * Bolt are recorded for `getLevel` but the app's threshold stays in charge.
 */
export function toBoltLogger(logger: AppLogger, level: LogLevel = LogLevel.INFO): Logger {
  let current = level;
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => logger.error(...msg),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
