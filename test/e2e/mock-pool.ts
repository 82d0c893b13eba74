import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEEKDAYS } from '../../src/core/schedule.js';
import { startLocalSlackApi, Workspace, type LocalSlackApi } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase } from '../../src/store/db.js';
import { MockLoopStore } from '../../src/store/mock-loops.js';
import { buildDist } from './build-dist.js';
import { readDatabase, startMainProcess, type RunningProcess } from './main-process.js';

/**
 * What `/lp setup`, `/lp config mock` and a `/lp mock join` by each person leave in the file. The daily prompt is
 * paused, so a start-up run has only the pairing to do; the mock time is today at 00:00 UTC, so it is due at once.
 */
export function seedPoolDueNow(databasePath: string, teamId: string, channelId: string, people: readonly string[]): void {
  const now = new Date();
  const db = openDatabase(databasePath);
  const channels = new ChannelStore(db, () => now);
  channels.upsertSchedule({ channelId, teamId, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  channels.setPaused(channelId, true);
  channels.updateThreadSetting(channelId, { setting: 'mock', value: { day: WEEKDAYS[(now.getUTCDay() + 6) % 7] as (typeof WEEKDAYS)[number], time: '00:00' } });
  const store = new MockLoopStore(db);
  for (const id of people) store.join(channelId, id, { note: null, targetDate: null }, now);
  db.close();
}

export interface MockPoolFixture {
  databasePath: string;
  workspace: Workspace;
  api: LocalSlackApi;
  /** `node dist/main.js` on the fixture's file, against the Slack stand-in. */
  startApp(): Promise<RunningProcess>;
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Kills what is still running and removes the file. */
  close(): Promise<void>;
}

/**
 * The kill tests' world: the people in one channel of the Slack stand-in, and a SQLite file whose pool is due to be
 * paired at the first start.
 */
export async function startMockPoolFixture(options: { tmpPrefix: string; botToken: string; signingSecret: string; channelId: string; people: readonly string[] }): Promise<MockPoolFixture> {
  buildDist();
  const dir = mkdtempSync(join(tmpdir(), options.tmpPrefix));
  const databasePath = join(dir, 'lp-coach.db');
  const workspace = new Workspace();
  for (const id of options.people) workspace.addUser({ id, name: id.toLowerCase() });
  workspace.addChannel({ id: options.channelId, name: 'interview-prep', members: [...options.people], botIsMember: true });
  const api = await startLocalSlackApi({ workspace, botToken: options.botToken, logger: silentLogger });
  seedPoolDueNow(databasePath, workspace.team.id, options.channelId, options.people);
  const children = new Set<ChildProcess>();
  const env = { SLACK_BOT_TOKEN: options.botToken, SLACK_SIGNING_SECRET: options.signingSecret, SLACK_API_URL: api.url, DATABASE_PATH: databasePath };
  return {
    databasePath,
    workspace,
    api,
    startApp: () => startMainProcess({ cwd: dir, env, running: children }),
    query: <T,>(sql: string, ...params: unknown[]) => readDatabase(databasePath)<T>(sql, ...params),
    async close() {
      for (const child of children) child.kill('SIGKILL');
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
