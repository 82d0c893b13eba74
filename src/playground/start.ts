/**
 * Local mode: LP Coach, unchanged, against a Slack stand-in in the same process, with a web page that looks and
 * behaves like one Slack channel. The app reaches the stand-in through its Web API URL (SLACK_API_URL), and every
 * click on the page reaches the app as a signed request to /slack/events, so nothing is special-cased.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { startLocalSlackApi, type BlockKitRejection, type LocalSlackApi, type Workspace } from '../local-slack/index.js';
import type { AppLogger, LogLevelName } from '../logger.js';
import { SLACK_EVENTS_PATH } from '../slack/app.js';
import { StartupError } from '../slack/slack-errors.js';
import { startLpCoach, type RunningLpCoach } from '../startup.js';
import { ChannelStore } from '../store/channels.js';
import { AvailabilityStore } from '../store/availability.js';
import { MockLoopStore } from '../store/mock-loops.js';
import { ReminderStore } from '../store/reminders.js';
import { PlaygroundClock } from './clock.js';
import { ClockControl } from './clock-control.js';
import { createDemoWorkspace, DEMO_ADMINS, DEMO_CHANNEL } from './demo-team.js';
import { deleteSavedWorkspace, keepWorkspaceSaved, loadSavedWorkspace, savedWorkspacePath } from './saved-workspace.js';
import { startPlaygroundServer, type PlaygroundServer } from './server.js';
import { UserActions } from './user-actions.js';

export const DEFAULT_PLAYGROUND_DATABASE = 'data/playground.db';

export interface PlaygroundOptions {
  /** The page's port (PORT; 0 picks a free one). */
  port: number;
  databasePath: string;
  /** Start clean: delete the playground database (and the saved channel next to it) first. */
  reset: boolean;
  /**
   * The environment, for LP Coach's own settings (LP_PROMPT_TIME, LP_TIMEZONE, LP_DAYS, …). Slack's settings,
   * PORT and DATABASE_PATH in it are ignored: local mode never talks to real Slack or touches the real database.
   */
  env: Record<string, string | undefined>;
  logger: AppLogger;
  logLevel: LogLevelName;
  version: string;
  /** Where the playground clock starts (tests pick a fixed weekday); defaults to now. */
  startAt?: Date;
  /** The compiled page scripts, when not in dist/playground/web/ (tests build their own copy). */
  browserScriptsDir?: URL;
}

export interface RunningPlayground {
  /** The page, e.g. http://localhost:3000. */
  url: string;
  port: number;
  clock: PlaygroundClock;
  workspace: Workspace;
  slackApi: LocalSlackApi;
  app: RunningLpCoach;
  stop(): Promise<void>;
}

const BOT_TOKEN = 'xoxb-playground-local';

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const { logger } = options;
  const savedPath = savedWorkspacePath(options.databasePath);
  if (options.reset) {
    deleteDatabase(options.databasePath);
    deleteSavedWorkspace(savedPath);
  }
  const clock = new PlaygroundClock(Date.now, options.startAt);
  const workspace = createDemoWorkspace(() => clock.nowMs());
  const saved = loadSavedWorkspace(savedPath, logger);
  if (saved !== undefined) {
    workspace.importState(saved.workspace);
    clock.moveTo(new Date(saved.clockMs));
  }
  const saving = keepWorkspaceSaved(savedPath, workspace, () => clock.nowMs(), logger);
  // Block Kit refusals, from the Web API or from the app's acks, go to the page as they happen.
  const rejectionListeners: ((rejection: BlockKitRejection) => void)[] = [];
  const onBlockKitRejection = (rejection: BlockKitRejection) => rejectionListeners.forEach((listener) => listener(rejection));
  const slackApi = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger, onBlockKitRejection });
  // A fresh secret each run: only this process can sign requests its app accepts.
  const signingSecret = randomBytes(16).toString('hex');
  const loaded = loadConfig({
    ...options.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: slackApi.url,
    // The app's own HTTP endpoint is internal: the page talks to it through the playground server.
    PORT: '0',
    DATABASE_PATH: options.databasePath,
    LOG_LEVEL: options.logLevel,
    LP_CHANNEL: DEMO_CHANNEL.id,
    LP_ADMINS: DEMO_ADMINS.join(','),
  });
  if (!loaded.ok) {
    saving.stop();
    await slackApi.close();
    throw new StartupError(`local mode settings:\n  ${loaded.problems.join('\n  ')}`);
  }
  const config = loaded.config;
  let app: RunningLpCoach;
  try {
    app = await startLpCoach(config, { logger, version: options.version, clock: () => clock.now() });
  } catch (error) {
    saving.stop();
    await slackApi.close();
    throw error;
  }

  const actions = new UserActions({
    workspace,
    slackApi,
    eventsUrl: `http://127.0.0.1:${app.port}${SLACK_EVENTS_PATH}`,
    signingSecret,
    logger,
    onBlockKitRejection,
  });
  const clockControl = new ClockControl({
    clock,
    channelId: DEMO_CHANNEL.id,
    app,
    channels: new ChannelStore(app.db, () => clock.now()),
    mockLoops: new MockLoopStore(app.db),
    reminders: new ReminderStore(app.db),
    availability: new AvailabilityStore(app.db),
    nameOf: (id) => workspace.users.get(id)?.real_name ?? id,
    logger,
  });
  let server: PlaygroundServer;
  try {
    server = await startPlaygroundServer({
      port: options.port,
      workspace,
      channelId: DEMO_CHANNEL.id,
      actions,
      clockControl,
      problems: slackApi.blockKitRejections,
      onProblem: (listener) => rejectionListeners.push(listener),
      logger,
      ...(options.browserScriptsDir !== undefined ? { browserScriptsDir: options.browserScriptsDir } : {}),
    });
  } catch (error) {
    saving.stop();
    await app.stop();
    await slackApi.close();
    throw error;
  }

  // The start-up catch-up may already have posted today's prompt; otherwise show one at once, so the channel is
  // never empty on a first visit.
  await app.scheduler.runNow();
  if ((workspace.messages.get(DEMO_CHANNEL.id) ?? []).length === 0) await clockControl.postPromptNow();

  return {
    url: `http://localhost:${server.port}`,
    port: server.port,
    clock,
    workspace,
    slackApi,
    app,
    async stop() {
      // Clip transcripts still to finish would reach an app that is stopping.
      actions.stop();
      await server.close();
      await app.stop();
      saving.flush();
      saving.stop();
      await slackApi.close();
    },
  };
}

function deleteDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
