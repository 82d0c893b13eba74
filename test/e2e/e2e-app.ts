import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { startLocalSlackApi, type LocalSlackApi, type Workspace } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { startLpCoach, type RunningLpCoach } from '../../src/startup.js';

/**
 * The real app in HTTP mode on an ephemeral port, with a SQLite file in a temp folder, against the local Slack Web
 * API stand-in. Only the clock and the random source are injected.
 */
export interface E2eSetup {
  api: LocalSlackApi;
  config: Config;
  /** Starts the app (again: a restart on the same database file). */
  start(): Promise<RunningLpCoach>;
  eventsUrl(app: RunningLpCoach): string;
  /** Closes the stand-in and deletes the temp folder; stop the app first. */
  close(): Promise<void>;
}

export async function setUpE2e(options: {
  workspace: Workspace;
  botToken: string;
  signingSecret: string;
  clock: { now: Date };
  /** Further settings (LP_CHANNEL, LP_ADMINS, ...), as the environment would give them. */
  env?: Record<string, string>;
}): Promise<E2eSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  const api = await startLocalSlackApi({ workspace: options.workspace, botToken: options.botToken, logger: silentLogger });
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: options.botToken,
    SLACK_SIGNING_SECRET: options.signingSecret,
    SLACK_API_URL: api.url,
    PORT: '0',
    DATABASE_PATH: join(dir, 'nested', 'lp-coach.db'),
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const config = loaded.config;
  return {
    api,
    config,
    start: () => startLpCoach(config, { logger: silentLogger, version: 'e2e', clock: () => options.clock.now, random: () => 0.5 }),
    eventsUrl: (app) => `http://127.0.0.1:${app.port}/slack/events`,
    async close() {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `find` returns a value (or true), failing with `what` after `timeoutMs`. */
export async function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
