import { existsSync } from 'node:fs';
import { loadConfig } from './config.js';
import { ContentError } from './core/content-file.js';
import { createConsoleLogger } from './logger.js';
import { StartupError } from './slack/slack-errors.js';
import { startLpCoach } from './startup.js';
import { SchemaTooNewError } from './store/db.js';
import { appVersion } from './version.js';

// The one place that reads the environment. Values already in the environment win over .env.
if (existsSync('.env')) process.loadEnvFile('.env');
const result = loadConfig(process.env);
if (!result.ok) {
  process.stderr.write(`LP Coach cannot start:\n${result.problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}
const { config } = result;
const logger = createConsoleLogger(config.logLevel);
const version = appVersion();

// A stray rejection (a Slack call nobody awaited) is logged; it must not take the bot down for the whole team.
process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection:', reason));

let running: Awaited<ReturnType<typeof startLpCoach>>;
try {
  running = await startLpCoach(config, { logger, version });
} catch (error) {
  // Mistakes in setup get their message only; anything else is a bug worth a stack trace.
  const known = error instanceof StartupError || error instanceof SchemaTooNewError || error instanceof ContentError;
  process.stderr.write(`LP Coach cannot start: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
}
logger.info(`LP Coach v${version} listening on :${running.port} (${config.mode === 'http' ? 'http' : 'socket mode'})`);

const SHUTDOWN_LIMIT_MS = 4500;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: finishing work in flight, then exiting`);
  setTimeout(() => {
    logger.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  try {
    await running.stop();
    process.exit(0);
  } catch (error) {
    logger.error('Shutdown failed:', error);
    process.exit(1);
  }
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
