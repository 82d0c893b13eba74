import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startLocalSlackApi,
  Workspace,
  type LocalSlackApi,
  type StoredMessage,
} from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { buildDist } from './build-dist.js';
import { readDatabase, seedPostedPrompt, sendEventTo, startMainProcess, type RunningProcess } from './main-process.js';

/**
 * Durability with a real process: `node dist/main.js` on a SQLite file is killed (SIGKILL) in the middle of a burst
 * of answers, then started again on the same file. The test plays Slack: it sends signed events, resends those it
 * saw no ack for (as Slack retries), and serves the Web API through the stand-in.
 */

const BOT_TOKEN = 'xoxb-crash-recovery';
const SIGNING_SECRET = 'crash-recovery-signing-secret-0123456789';
const CHANNEL = 'C0CRASH001';
const CYCLES = 5;
const BURST = 200;
const KILL_AT_ACK = 100;

let dir: string;
let databasePath: string;
let workspace: Workspace;
let api: LocalSlackApi;
let prompt: StoredMessage;
/** Every process started, so a failing run leaves none behind. */
const children = new Set<ChildProcess>();

function startApp(): Promise<RunningProcess> {
  return startMainProcess({
    cwd: dir,
    env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, DATABASE_PATH: databasePath },
    running: children,
  });
}

function answerText(cycle: number, index: number): string {
  return (
    `Last spring I owned the nightly billing export for our team of six (cycle ${cycle}, answer ${index}). ` +
    'It failed about twice a week and finance lost a morning each time. I decided to take it on although it ' +
    'belonged to the data team, because month-end close was at risk. I traced the failures to a lock on the ledger ' +
    'table, moved the export to a read replica and added an alert. I weighed a full rewrite against the fix; the ' +
    'rewrite would have cost six weeks, so I chose the fix and a rollback switch. Failures went from 9 a month to 0 ' +
    'over the next quarter and close finished a day earlier. I learned to check who is hurt before asking whose job it is.'
  );
}

function messageEvent(message: StoredMessage): Record<string, unknown> {
  return { type: 'message', channel: CHANNEL, user: message.user, text: message.text, ts: message.ts, thread_ts: message.thread_ts, event_ts: message.ts, channel_type: 'channel' };
}

function sendEvent(port: number, message: StoredMessage, eventId: string, retryNum?: number): Promise<number> {
  return sendEventTo(port, workspace, messageEvent(message), { eventId, signingSecret: SIGNING_SECRET, ...(retryNum === undefined ? {} : { retryNum }) });
}

/** A reader on the same file: WAL lets it read while the app writes. */
const query = <T,>(sql: string, ...params: unknown[]): T[] => readDatabase(databasePath)<T>(sql, ...params);

beforeAll(async () => {
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'lp-crash-'));
  databasePath = join(dir, 'lp-coach.db');
  workspace = new Workspace();
  const members = Array.from({ length: CYCLES * BURST }, (_, i) => `U0C${String(i).padStart(6, '0')}`);
  for (const id of members) workspace.addUser({ id, name: id.toLowerCase() });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members, botIsMember: true });
  api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });

  // Today's prompt, already posted: the answers go to its thread.
  prompt = seedPostedPrompt(workspace, databasePath, CHANNEL);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await api?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of a burst of answers', () => {
  it(`loses no acked answer over ${CYCLES} kills, and every answer gets exactly one feedback after the restart`, async () => {
    let acked = 0;
    let lostAtKill = 0;
    let slowestRecoveryMs = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const messages = Array.from({ length: BURST }, (_, i) =>
        workspace.postMessage({ channel: CHANNEL, user: `U0C${String(cycle * BURST + i).padStart(6, '0')}`, text: answerText(cycle, i), thread_ts: prompt.ts }),
      );
      const eventId = (i: number) => `Ev0CRASH${cycle}X${i}`;
      const first = await startApp();
      const ackedNow = new Set<number>();
      await Promise.all(
        messages.map(async (message, i) => {
          const status = await sendEvent(first.port, message, eventId(i));
          if (status !== 200) return;
          ackedNow.add(i);
          if (ackedNow.size === KILL_AT_ACK) first.child.kill('SIGKILL');
        }),
      );
      await first.exited;
      acked += ackedNow.size;

      // What Slack saw acked must be in the file.
      const stored = new Set(query<{ message_ts: string }>('SELECT message_ts FROM answers WHERE channel_id = ?', CHANNEL).map((r) => r.message_ts));
      lostAtKill += [...ackedNow].filter((i) => !stored.has((messages[i] as StoredMessage).ts)).length;

      // Slack retries what it saw no ack for; the restarted app scores what was stored without feedback.
      const restartedAt = performance.now();
      const second = await startApp();
      const retried = await Promise.all(messages.map((message, i) => (ackedNow.has(i) ? 200 : sendEvent(second.port, message, eventId(i), 1))));
      expect(retried.every((status) => status === 200)).toBe(true);
      const cycleTs = new Set(messages.map((m) => m.ts));
      const deadline = Date.now() + 60_000;
      for (;;) {
        const withFeedback = query<{ message_ts: string }>('SELECT DISTINCT a.message_ts FROM answers a JOIN feedback f ON f.answer_id = a.id');
        const ephemeralUsers = new Set(workspace.ephemerals.filter((e) => e.channel === CHANNEL).map((e) => e.user));
        const done = withFeedback.filter((r) => cycleTs.has(r.message_ts)).length === BURST && messages.every((m) => ephemeralUsers.has(m.user as string));
        if (done) break;
        if (Date.now() > deadline) throw new Error(`cycle ${cycle}: not every answer got its feedback within 60 s of the restart`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      slowestRecoveryMs = Math.max(slowestRecoveryMs, performance.now() - restartedAt);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }

    // One more start: what is still owed (reactions, follow-ups waiting behind the feedback) goes out, once.
    // A call that failed waits out its backoff (up to a minute) before its next try, so the wait runs to a minute past
    // the latest retry time still pending (at most three minutes in all).
    const last = await startApp();
    const startedAt = Date.now();
    for (;;) {
      const health = (await (await fetch(`http://127.0.0.1:${last.port}/healthz`)).json()) as { outbox: { pending: number } };
      if (health.outbox.pending === 0) break;
      const rows = query<{ kind: string; attempts: number; next_attempt_at: string; last_error: string | null }>('SELECT kind, attempts, next_attempt_at, last_error FROM outbox');
      const latestRetry = Math.max(startedAt, ...rows.map((row) => Date.parse(row.next_attempt_at)));
      if (Date.now() > Math.min(latestRetry + 60_000, startedAt + 180_000)) {
        throw new Error(`${rows.length} Slack calls still owed a minute after their retry time: ${JSON.stringify(rows)}\n${last.output().slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    last.child.kill('SIGTERM');
    await last.exited;

    const answers = query<{ n: number }>('SELECT COUNT(*) AS n FROM answers')[0]?.n;
    const feedbackCounts = query<{ n: number }>('SELECT COUNT(*) AS n FROM feedback GROUP BY answer_id');
    const ephemerals = workspace.ephemerals.filter((e) => e.channel === CHANNEL).length;
    const replies = (workspace.messages.get(CHANNEL) ?? []).filter((m) => m.thread_ts === prompt.ts);
    const followUps = replies.filter((m) => m.bot_id !== undefined).length;
    const read = replies.filter((m) => m.bot_id === undefined && (m.reactions.get('memo')?.length ?? 0) > 0).length;
    console.log(
      `crash recovery over ${CYCLES} kills at the ${KILL_AT_ACK}th ack of ${BURST}: ${acked} acked, ${lostAtKill} acked answers missing at the kill; ` +
        `${answers} answers, ${feedbackCounts.length} with feedback (${feedbackCounts.filter((r) => r.n !== 1).length} with more than one); ` +
        `${ephemerals} private feedback messages (${ephemerals - CYCLES * BURST} sent twice), ${followUps} follow-up questions, ${read} answers marked read; ` +
        `slowest restart to last feedback ${(slowestRecoveryMs / 1000).toFixed(1)} s`,
    );
    expect(lostAtKill).toBe(0);
    expect(answers).toBe(CYCLES * BURST);
    expect(feedbackCounts).toHaveLength(CYCLES * BURST);
    expect(feedbackCounts.every((r) => r.n === 1)).toBe(true);
    expect(slowestRecoveryMs).toBeLessThan(60_000);
    // Each story gets its one follow-up question and its :memo:, none twice, whatever the kills interrupted.
    expect(followUps).toBe(CYCLES * BURST);
    expect(read).toBe(CYCLES * BURST);
  }, 600_000);
});
