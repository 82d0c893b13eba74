import type { Config } from './config.js';
import { loadContent, type Content } from './core/content.js';
import { startScheduler, type RunningScheduler } from './jobs/scheduler.js';
import type { AppLogger } from './logger.js';
import { createApp, type LpCoachApp } from './slack/app.js';
import { ChannelStore } from './store/channels.js';
import { openDatabase, type Db } from './store/db.js';
import { RescoreStore } from './store/rescore.js';
import { RUBRIC_VERSION } from './core/rubric/index.js';

export interface StartOptions {
  logger: AppLogger;
  version: string;
  clock?: () => Date;
  random?: () => number;
  /** Defaults to the files in data/. */
  content?: Content;
}

export interface RunningLpCoach {
  lp: LpCoachApp;
  db: Db;
  /** The HTTP port actually bound (PORT=0 picks a free one). */
  port: number;
  /** The daily-prompt tick; the playground runs it on request after moving its clock. */
  scheduler: RunningScheduler;
  /** Stops taking requests, lets the scheduler's run in flight finish, closes the database. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does after reading the configuration, as one call tests can make too: open the database,
 * load content, seed the default channel, start Slack and the daily-prompt scheduler (which catches up on a prompt
 * missed while the app was down). Throws SchemaTooNewError, ContentError or StartupError with a message for people.
 */
export async function startLpCoach(config: Config, options: StartOptions): Promise<RunningLpCoach> {
  const { logger } = options;
  const clock = options.clock ?? (() => new Date());
  const content = options.content ?? loadContent();
  const db = openDatabase(config.databasePath);
  try {
    seedDefaultChannel(config, db, clock, logger);
    noticeOlderScores(db, logger);
    const lp = createApp({
      slack: config.slack,
      port: config.port,
      admins: config.admins,
      scheduleDefaults: config.schedule,
      catchUpHours: config.catchUpHours,
      db,
      content,
      clock,
      random: options.random ?? Math.random,
      logger,
      logLevel: config.logLevel,
      version: options.version,
      thread: config.thread,
    });
    const { port } = await lp.start();
    const scheduler = startScheduler({ service: lp.minuteTick, logger });
    return {
      lp,
      db,
      port,
      scheduler,
      async stop() {
        await lp.stop();
        await scheduler.stop();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Stored answers scored by an older rubric keep their old level until `npm run rescore` scores them again: a year of
 * answers takes minutes, which start-up must not wait for.
 */
export function noticeOlderScores(db: Db, logger: Pick<AppLogger, 'warn'>): void {
  const stale = new RescoreStore(db).countStale(RUBRIC_VERSION, NOTICE_CAP + 1);
  if (stale > 0) {
    const count = stale > NOTICE_CAP ? `More than ${NOTICE_CAP.toLocaleString('en-US')}` : String(stale);
    logger.warn(`${count} stored answer${stale === 1 ? ' was' : 's were'} scored by an older rubric; run \`npm run rescore\` to score them with rubric v${RUBRIC_VERSION}.`);
  }
}

/** The notice counts this far and no further, so start-up on a large file does not wait for the count. */
const NOTICE_CAP = 10_000;

/** LP_CHANNEL gets the LP_* schedule unless it already has one (an admin's `/lp setup` wins over the environment). */
function seedDefaultChannel(config: Config, db: Db, clock: () => Date, logger: AppLogger): void {
  if (config.defaultChannelId === undefined) return;
  const added = new ChannelStore(db, clock).createIfMissing({ channelId: config.defaultChannelId, ...config.schedule });
  if (added) {
    const { promptTime, timezone } = config.schedule;
    logger.info(`Daily prompt for ${config.defaultChannelId} set from the environment: ${promptTime} ${timezone}`);
  }
}
