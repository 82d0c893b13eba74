import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPModuleFunctions, LogLevel, SocketModeReceiver, type CustomRoute, type Logger, type Receiver, type webApi } from '@slack/bolt';
import type { AppLogger, LogLevelName } from '../logger.js';
import { isDatabaseReachable } from '../store/db.js';
import { EventStore } from '../store/events.js';
import { toBoltLogger } from './bolt-logger.js';
import { dedupeCommands } from './dedupe-commands.js';
import { dedupeEvents } from './dedupe-events.js';
import { DurableAckApp } from './durable-ack.js';
import { registerFeatures, type FeatureDeps, type Features } from './features.js';
import { healthRoute } from './health.js';
import { createHttpFetch } from './http-fetch.js';
import { withListenerTables } from './listener-table.js';
import { SlackReceiver } from './slack-receiver.js';
import { StartupError, createPostOnceClient, slackErrorCode } from './slack-errors.js';
import { openSocketModeConnection } from './socket-check.js';
import { trackWorkInFlight } from './work-in-flight.js';

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

/** What the features need (FeatureDeps; the post-once client is built here), plus the Slack connection. */
export interface AppDeps extends Omit<FeatureDeps, 'postOnce'> {
  slack: SlackSettings;
  /** HTTP mode listens here (0 picks a free port); Socket Mode serves only /healthz here. */
  port: number;
  logLevel?: LogLevelName;
  version: string;
  /** When known, Bolt skips `auth.test` and the app is usable at once (tests that call `processEvent`). */
  botIdentity?: { botId: string; botUserId: string };
  /** Extra Web API client options, e.g. a test's `fetch` or a shorter retry policy. */
  clientOptions?: webApi.WebClientOptions;
}

/** The Bolt app with every feature registered (dailyPrompts, summaries, minuteTick: see Features). */
export interface LpCoachApp extends Features {
  app: App;
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
  // Called per request, long after `features` below exists.
  const health = healthRoute(() => {
    const database = isDatabaseReachable(deps.db) ? 'ok' : 'unreachable';
    const outbox = database === 'ok' ? features.outbox.backlog() : undefined;
    return { ok: database === 'ok', database, mode, version: deps.version, ...(outbox === undefined ? {} : { outbox }) };
  });
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: slack.apiUrl,
    retryConfig: WEB_API_RETRY,
    timeout: WEB_API_TIMEOUT_MS,
    fetch: createHttpFetch(),
    ...deps.clientOptions,
  };

  const httpReceiver = mode === 'http' ? createHttpReceiver(slack, health, boltLogger, logger) : undefined;
  const receiver: Receiver =
    httpReceiver ??
    new SocketModeReceiver({
      appToken: slack.appToken as string,
      logger: boltLogger,
      customRoutes: [health],
      installerOptions: { port: deps.port, clientOptions },
    });

  const app = new DurableAckApp({
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

  const work = trackWorkInFlight();
  // One store for event ids and slash command trigger ids: one table, one pruning schedule.
  const processed = new EventStore(deps.db);
  const eventDedupe = dedupeEvents(processed, deps.clock, logger);
  const commandDedupe = dedupeCommands(processed, deps.db, deps.clock, logger);
  // One global middleware (each one Bolt runs is a step of every request) for the work count shutdown waits for and
  // both kinds of repeat: an Events API delivery is checked by event id, anything else by trigger id (which only
  // slash commands carry). The listener tables (withListenerTables) add the only other one.
  app.use((args) =>
    work.track(() => ((args.body as { type?: unknown }).type === 'event_callback' ? eventDedupe(args) : commandDedupe(args))),
  );
  const postOnce = createPostOnceClient(slack.botToken, clientOptions);
  const features = registerFeatures(withListenerTables(app), { ...deps, postOnce });
  const { dailyPrompts, summaries, minuteTick, outbox, clips } = features;

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
      resumeOwedWork();
      return { port: deps.port };
    }
    // Our own server instead of receiver.start(): its address is readable (port 0 in tests) and we control close.
    // Like HTTPReceiver.start(), route what the listener throws synchronously (an unknown path) to Bolt's handler: 404.
    const listener = (httpReceiver as SlackReceiver).requestListener;
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
    resumeOwedWork();
    return { port: (listening.address() as AddressInfo).port };
  }

  let resuming: Promise<void> = Promise.resolve();
  /** Once requests flow: score what a stop left unscored, and deliver what is still owed. */
  function resumeOwedWork(): void {
    outbox.start();
    clips.start();
    resuming = features
      .resumeUnscored()
      .then((count) => {
        if (count > 0) logger.info(`Scored ${count} answer${count === 1 ? '' : 's'} stored before the last stop without feedback`);
      })
      .catch((error: unknown) => logger.error('Scoring answers left unscored at the last stop failed:', error));
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
    await resuming;
    await clips.stop();
    await outbox.stop();
    commandDedupe.flush();
  }

  return { app, ...features, mode, start, stop };
}

/** Every request is verified once, by the request guard inside SlackReceiver; see request-guard.ts. */
function createHttpReceiver(slack: SlackSettings, health: CustomRoute, boltLogger: Logger, logger: AppLogger): SlackReceiver {
  if (slack.signingSecret === undefined || slack.signingSecret === '') throw new StartupError('HTTP mode needs SLACK_SIGNING_SECRET');
  return new SlackReceiver({ signingSecret: slack.signingSecret, path: SLACK_EVENTS_PATH, customRoutes: [health], boltLogger, logger });
}
