import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSlackApi, Workspace, type LocalSlackApi } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { buildDist } from './build-dist.js';
import { waitFor } from './e2e-app.js';
import { seedPoolDueNow } from './mock-pool.js';
import { readDatabase, startMainProcess, type RunningProcess } from './main-process.js';

/**
 * Mock-loop pairing with a real process: `node dist/main.js` pairs a pool of twelve at start-up (its mock time has
 * passed) and is killed (SIGKILL) while a group DM's post hangs; started again on the same file, it does not pair the
 * week again, sends the DMs still owed once each, and keeps the one of unknown outcome for a later try.
 */

const BOT_TOKEN = 'xoxb-mock-restart';
const SIGNING_SECRET = 'mock-restart-signing-secret-0123456789';
const CHANNEL = 'C0MOCK0001';
const PEOPLE = Array.from({ length: 12 }, (_, i) => `U0MOCK${String(i).padStart(4, '0')}`);

let dir: string;
let databasePath: string;
let workspace: Workspace;
let api: LocalSlackApi;
const children = new Set<ChildProcess>();

function startApp(): Promise<RunningProcess> {
  const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, DATABASE_PATH: databasePath };
  return startMainProcess({ cwd: dir, env, running: children });
}

const query = <T,>(sql: string): T[] => readDatabase(databasePath)<T>(sql);

/** Group DM messages per conversation, by its members. */
function groupDmMessages(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const channel of workspace.channels.values()) {
    if (!channel.is_mpim) continue;
    const members = [...channel.members].filter((m) => m !== workspace.bot.userId).sort().join(',');
    counts.set(members, (workspace.messages.get(channel.id) ?? []).length);
  }
  return counts;
}

beforeAll(async () => {
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'lp-mock-restart-'));
  databasePath = join(dir, 'lp-coach.db');
  workspace = new Workspace();
  for (const id of PEOPLE) workspace.addUser({ id, name: id.toLowerCase() });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: PEOPLE, botIsMember: true });
  api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });

  seedPoolDueNow(databasePath, workspace.team.id, CHANNEL, PEOPLE);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await api?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 while a week of mock loops is being sent', () => {
  it('pairs the week once across restarts; each group DM is sent once, the one cut short is kept for a later try', async () => {
    // The first group DM's post hangs: the process is stuck in the middle of the sends when it is killed.
    api.hangNext('chat.postMessage', 1);
    const first = await startApp();
    await waitFor(() => api.callsTo('chat.postMessage').some((call) => call.httpStatus === 0), 'a group DM post to hang', 20_000);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(query<{ n: number }>('SELECT COUNT(*) AS n FROM mock_rounds')[0]?.n).toBe(1);
    expect(query<{ n: number }>('SELECT COUNT(*) AS n FROM mock_pairs')[0]?.n).toBe(6);
    const pairedBefore = query<{ pair_id: number; user_id: string }>('SELECT pair_id, user_id FROM mock_pair_members ORDER BY pair_id, user_id');

    const second = await startApp();
    await waitFor(() => query<{ n: number }>("SELECT COUNT(*) AS n FROM mock_pairs WHERE status = 'sent'")[0]?.n === 5, 'five group DMs sent', 20_000);
    // The same week, the same pairs: never paired again.
    expect(query<{ n: number }>('SELECT COUNT(*) AS n FROM mock_rounds')[0]?.n).toBe(1);
    expect(query('SELECT pair_id, user_id FROM mock_pair_members ORDER BY pair_id, user_id')).toEqual(pairedBefore);
    // Five pairs got their group DM exactly once; the one whose post hung got none (the stand-in never applied it) and
    // is kept, reserved once, for a try after two minutes (it may have reached Slack: never lost, at most twice).
    const counts = [...groupDmMessages().values()];
    expect(counts.filter((n) => n === 1)).toHaveLength(5);
    expect(counts.filter((n) => n > 1)).toEqual([]);
    expect(query<{ status: string; attempts: number }>("SELECT status, attempts FROM mock_pairs WHERE status <> 'sent'")).toEqual([
      { status: 'pending', attempts: 1 },
    ]);
    second.child.kill('SIGKILL');
  }, 90_000);
});
