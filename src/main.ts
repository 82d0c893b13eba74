import { existsSync } from 'node:fs';
import { loadConfig } from './config.js';
import { ContentError } from './core/content-file.js';
import { createConsoleLogger, LOG_LEVELS, type AppLogger, type LogLevelName } from './logger.js';
import { StartupError } from './slack/slack-errors.js';
import { startLpCoach } from './startup.js';
import { SchemaTooNewError } from './store/db.js';
import { appVersion } from './version.js';

// The one place that reads the environment. Values already in the environment win over .env.
if (existsSync('.env')) process.loadEnvFile('.env');
const args = process.argv.slice(2);
const version = appVersion();

// A stray rejection (a Slack call nobody awaited) is logged; it must not take the bot down for the whole team.
const logStrayRejections = (logger: AppLogger) =>
  process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection:', reason));

/**
 * Local mode (`npm run playground`, or no Slack settings at all): the app against a Slack stand-in with a web page.
 * The playground and the stand-in are loaded only here, so a bot connected to Slack never holds their code.
 */
async function startLocalMode(): Promise<{ stop(): Promise<void> }> {
  const { DEFAULT_PLAYGROUND_DATABASE, startPlayground } = await import('./playground/start.js');
  const level = (process.env.LOG_LEVEL ?? '').trim().toLowerCase();
  // Quiet by default: the one line with the page's address should stand out.
  const logLevel: LogLevelName = (LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevelName) : 'warn';
  const logger = createConsoleLogger(logLevel);
  logStrayRejections(logger);
  const port = /^\d{1,5}$/.test(process.env.PORT?.trim() ?? '') ? Number(process.env.PORT) : 3000;
  const playground = await startPlayground({
    port,
    databasePath: DEFAULT_PLAYGROUND_DATABASE,
    reset: args.includes('--reset'),
    env: process.env,
    logger,
    logLevel,
    version,
  });
  process.stdout.write(`LP Coach playground (local mode, no Slack needed): ${playground.url}\n`);
  return playground;
}

async function startWithSlack(): Promise<{ stop(): Promise<void> }> {
  const result = loadConfig(process.env);
  if (!result.ok) {
    process.stderr.write(`LP Coach cannot start:\n${result.problems.map((p) => `  ${p}\n`).join('')}`);
    process.exit(1);
  }
  const { config } = result;
  const logger = createConsoleLogger(config.logLevel);
  logStrayRejections(logger);
  const running = await startLpCoach(config, { logger, version });
  logger.info(`LP Coach v${version} listening on :${running.port} (${config.mode === 'http' ? 'http' : 'socket mode'})`);
  return running;
}

const SLACK_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const;
const noSlackSettings = SLACK_VARIABLES.every((name) => (process.env[name]?.trim() ?? '') === '');
const localMode = args.includes('--playground') || noSlackSettings;
if (localMode && !args.includes('--playground')) {
  const missing = loadConfig(process.env);
  const lines = missing.ok ? [] : missing.problems;
  process.stderr.write(
    `No Slack settings, so LP Coach starts in local mode. To run it in Slack, set:\n${lines.map((p) => `  ${p}\n`).join('')}`,
  );
}

const logger = createConsoleLogger('info');
const SHUTDOWN_LIMIT_MS = 4500;
let stopping = false;
const starting = localMode ? startLocalMode() : startWithSlack();
// Signals are handled from the first moment: a stop requested during start-up waits for it, then stops cleanly.
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
try {
  await starting;
} catch (error) {
  // Mistakes in setup get their message only; anything else is a bug worth a stack trace.
  const known = error instanceof StartupError || error instanceof SchemaTooNewError || error instanceof ContentError;
  process.stderr.write(`LP Coach cannot start: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: finishing work in flight, then exiting`);
  setTimeout(() => {
    logger.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  try {
    await (await starting).stop();
    process.exit(0);
  } catch (error) {
    logger.error('Shutdown failed:', error);
    process.exit(1);
  }
}
