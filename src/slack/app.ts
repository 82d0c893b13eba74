import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPModuleFunctions, HTTPReceiver, LogLevel, SocketModeReceiver, type Receiver, type types, type webApi } from '@slack/bolt';
import type { Content } from '../core/content.js';
import type { Schedule } from '../core/schedule.js';
import { DailyPromptService, type PostOutcome } from '../features/daily-prompt/service.js';
import * as commands from '../features/commands/index.js';
import * as threadAnswers from '../features/thread-answers/index.js';
import { threadSlack } from '../features/thread-answers/slack-calls.js';
import { configSubcommand } from '../features/thread-config/index.js';
import * as votes from '../features/votes/index.js';
import { leaderboardSubcommands } from '../features/leaderboard/index.js';
import { SummaryService } from '../features/wrap-up/service.js';
import { createPersonalSummaryJob, registerPersonalFeatures } from '../features/personal.js';
import type { AppLogger, LogLevelName } from '../logger.js';
import { AnswerStore } from '../store/answers.js';
import { ChannelStore } from '../store/channels.js';
import { isDatabaseReachable, type Db } from '../store/db.js';
import { EventStore } from '../store/events.js';
import { FeedbackStore } from '../store/feedback.js';
import { FollowUpStore } from '../store/followups.js';
import { PromptStore } from '../store/prompts.js';
import { StoryStore } from '../store/stories.js';
import { SummaryStore } from '../store/summaries.js';
import { UserSettingsStore } from '../store/user-settings.js';
import { VoteStore } from '../store/votes.js';
import { toBoltLogger } from './bolt-logger.js';
import { dedupeEvents } from './dedupe-events.js';
import { healthRoute } from './health.js';
import { createHttpFetch } from './http-fetch.js';
import { StartupError, slackErrorCode } from './slack-errors.js';
import { openSocketModeConnection } from './socket-check.js';

/** Where Slack's requests come in: HTTP (events, commands, interactivity at POST /slack/events) or Socket Mode. */
export type ReceiverMode = 'http' | 'socket';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackSettings {
  botToken: string;
  /** Required in HTTP mode. */
  signingSecret?: string;
  /** Set: Socket Mode. */
  appToken?: string;
  /** Every Web API call goes here (SLACK_API_URL). */
  apiUrl: string;
}

export interface AppDeps {
  slack: SlackSettings;
  /** HTTP mode listens here (0 picks a free port); Socket Mode serves only /healthz here. */
  port: number;
  admins: readonly string[];
  scheduleDefaults: Schedule;
  catchUpHours: number;
  db: Db;
  content: Content;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  logLevel?: LogLevelName;
  version: string;
  /** When known, Bolt skips `auth.test` and the app is usable at once (tests that call `processEvent`). */
  botIdentity?: { botId: string; botUserId: string };
  /** Extra Web API client options, e.g. a test's `fetch` or a shorter retry policy. */
  clientOptions?: webApi.WebClientOptions;
  /** LP_MIN_ANSWER_WORDS and LP_VOTES_PER_PROMPT; defaults 40 and 3. */
  thread?: { minAnswerWords: number; votesPerPrompt: number };
}

export interface LpCoachApp {
  app: App;
  dailyPrompts: DailyPromptService;
  /** Wrap-ups and weekly digests. */
  summaries: SummaryService;
  /** What the scheduler runs every minute: due prompts (each wrapping up the one before), close times, digests. */
  minuteTick: { runDue(): Promise<PostOutcome[]> };
  mode: ReceiverMode;
  /** Checks the token with Slack, then listens (HTTP) or connects (Socket Mode). Resolves with the HTTP port. */
  start(): Promise<{ port: number }>;
  /** Stops taking requests; requests in flight finish first. */
  stop(): Promise<void>;
}

// A few quick retries, so a Slack hiccup is ridden out but an unreachable SLACK_API_URL fails within seconds
// (web-api's default keeps retrying for about 30 minutes). Rate limits still wait for Retry-After.
const WEB_API_RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 };
const WEB_API_TIMEOUT_MS = 15_000;
const BOLT_LOG_LEVEL: Record<LogLevelName, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function createApp(deps: AppDeps): LpCoachApp {
  const { slack, logger } = deps;
  const mode: ReceiverMode = slack.appToken === undefined ? 'http' : 'socket';
  const boltLogger = toBoltLogger(logger, BOLT_LOG_LEVEL[deps.logLevel ?? 'info']);
  const health = healthRoute(() => {
    const database = isDatabaseReachable(deps.db) ? 'ok' : 'unreachable';
    return { ok: database === 'ok', database, mode, version: deps.version };
  });
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: slack.apiUrl,
    retryConfig: WEB_API_RETRY,
    timeout: WEB_API_TIMEOUT_MS,
    fetch: createHttpFetch(),
    ...deps.clientOptions,
  };

  let receiver: Receiver;
  let httpReceiver: HTTPReceiver | undefined;
  if (mode === 'http') {
    if (slack.signingSecret === undefined) throw new StartupError('HTTP mode needs SLACK_SIGNING_SECRET');
    httpReceiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      customRoutes: [health],
      logger: boltLogger,
    });
    receiver = httpReceiver;
  } else {
    receiver = new SocketModeReceiver({
      appToken: slack.appToken as string,
      logger: boltLogger,
      customRoutes: [health],
      installerOptions: { port: deps.port, clientOptions },
    });
  }

  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    // Bolt's default conversation store looks up (and, on a miss, builds an Error for) every event's channel; no
    // listener reads context.conversation, so that is pure cost on the answer path.
    convoStore: false,
    // Without a known bot identity Bolt would call auth.test in the constructor, where a failure is an unhandled
    // rejection; deferring moves it into start(), where it becomes a clear StartupError.
    ...(deps.botIdentity === undefined ? { deferInitialization: true } : deps.botIdentity),
  });
  app.error(async (error) => {
    logger.error('Unhandled error in a Slack listener:', error.original ?? error);
  });

  const channels = new ChannelStore(deps.db, deps.clock);
  const prompts = new PromptStore(deps.db);
  const answers = new AnswerStore(deps.db);
  const threadSettings = { minAnswerWords: 40, votesPerPrompt: 3, ...deps.thread };
  const slackCalls = threadSlack(app.client, logger);
  const voteStore = new VoteStore(deps.db);
  const userSettings = new UserSettingsStore(deps.db);
  const storyStore = new StoryStore(deps.db);
  const summaries = new SummaryService({
    answers,
    coverage: storyStore,
    votes: voteStore,
    prompts,
    channels,
    summaries: new SummaryStore(deps.db),
    userSettings,
    content: deps.content,
    clock: deps.clock,
    logger,
    slack: slackCalls,
  });
  const dailyPrompts = new DailyPromptService({
    channels,
    prompts,
    coverage: storyStore,
    content: deps.content,
    clock: deps.clock,
    random: deps.random,
    catchUpHours: deps.catchUpHours,
    logger,
    onPosted: (prompt) => summaries.afterPromptPosted(prompt),
    minAnswerWords: threadSettings.minAnswerWords,
    // The service logs failures with method and code, and decides whether the day's slot is freed.
    poster: {
      async postMessage({ channel, text, blocks }) {
        const result = await app.client.chat.postMessage({ channel, text, blocks: blocks as types.KnownBlock[] });
        return { ts: result.ts as string };
      },
    },
  });

  const work = trackWorkInFlight(app);
  app.use(dedupeEvents(new EventStore(deps.db), deps.clock, logger));
  const threadCommands = threadAnswers.register(app, {
    answers,
    feedback: new FeedbackStore(deps.db),
    followUps: new FollowUpStore(deps.db),
    prompts,
    channels,
    content: deps.content,
    clock: deps.clock,
    logger,
    minAnswerWords: threadSettings.minAnswerWords,
    slack: slackCalls,
  });
  votes.register(app, {
    answers,
    votes: voteStore,
    channels,
    clock: deps.clock,
    votesPerPrompt: threadSettings.votesPerPrompt,
    slack: slackCalls,
    logger,
  });
  threadCommands.push(
    configSubcommand({ channels, admins: deps.admins }),
    ...leaderboardSubcommands({ answers, prompts, channels, userSettings, content: deps.content, clock: deps.clock, slack: slackCalls }),
  );
  const personalDeps = { db: deps.db, content: deps.content, clock: deps.clock, random: deps.random, logger };
  const personalSummaries = createPersonalSummaryJob(app.client, personalDeps);
  const minuteTick = {
    async runDue(): Promise<PostOutcome[]> {
      const outcomes = await dailyPrompts.runDue();
      await summaries.runDue();
      await personalSummaries.runDue();
      return outcomes;
    },
  };
  const personal = registerPersonalFeatures(app, personalDeps);
  commands.register(
    app,
    {
      channels,
      dailyPrompts,
      content: deps.content,
      admins: deps.admins,
      scheduleDefaults: deps.scheduleDefaults,
      clock: deps.clock,
      logger,
    },
    [...personal, ...threadCommands],
  );

  let server: Server | undefined;

  async function start(): Promise<{ port: number }> {
    if (deps.botIdentity === undefined) {
      try {
        await app.init();
      } catch (error) {
        throw new StartupError(
          `Could not check SLACK_BOT_TOKEN with Slack at ${slack.apiUrl} (auth.test: ${slackErrorCode(error)}). ` +
            'Check the token and that Slack is reachable.',
        );
      }
    }
    if (mode === 'socket') {
      await openSocketModeConnection(app, slack, logger);
      return { port: deps.port };
    }
    // Our own server instead of receiver.start(): its address is readable (port 0 in tests) and we control close.
    // Like receiver.start(), route what the listener throws synchronously (an unknown path) to Bolt's handler: 404.
    const listener = (httpReceiver as HTTPReceiver).requestListener;
    server = createServer((request, response) => {
      try {
        listener(request, response);
      } catch (error) {
        HTTPModuleFunctions.defaultDispatchErrorHandler({ error: error as Error, logger: boltLogger, request, response });
      }
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', (error) => reject(new StartupError(`Cannot listen on port ${deps.port}: ${error.message}`)));
      listening.listen(deps.port, resolve);
    });
    return { port: (listening.address() as AddressInfo).port };
  }

  async function stop(): Promise<void> {
    if (mode === 'socket') {
      await app.stop();
    } else if (server !== undefined) {
      const closing = server;
      server = undefined;
      // close() stops accepting and waits for requests being answered; idle keep-alive sockets would hold it open.
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeIdleConnections();
      });
    }
    // A listener may still be working after its ack (replying, calling Slack, writing SQLite).
    await work.idle();
  }

  return { app, dailyPrompts, summaries, minuteTick, mode, start, stop };
}

/**
 * Counts events being processed (global middleware, so it covers every listener, including the part after the ack),
 * so shutdown can wait for them before the database closes.
 */
function trackWorkInFlight(app: App): { idle(): Promise<void> } {
  let active = 0;
  let waiting: (() => void)[] = [];
  app.use(async ({ next }) => {
    active += 1;
    try {
      await next();
    } finally {
      active -= 1;
      if (active === 0) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
    }
  });
  return {
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
