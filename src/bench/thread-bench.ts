import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../core/content.js';
import { eventCallbackBody } from '../local-slack/index.js';
import { silentLogger } from '../logger.js';
import { createApp } from '../slack/app.js';
import { openDatabase } from '../store/db.js';
import type { BenchmarkLine } from './bench.js';
import { syntheticAnswer } from './rubric-bench.js';

const BOT_TOKEN = 'xoxb-bench';
const CHANNEL = 'C0BENCH01';
const BURST = 200;
const TARGET_MS = 200;
const WARM_UP_BURSTS = 2;

export const THREAD_BENCH_NAME = `Thread answers: a burst of ${BURST} answers, arrival -> private feedback sent (local Slack stand-in on loopback)`;

/**
 * The real app (Bolt, dedupe middleware, SQLite, rubric, Block Kit, WebClient) against the local Web API stand-in,
 * which runs in a child process as Slack runs elsewhere. Arrival is when the event is handed to Bolt; "sent" is when
 * the stand-in receives chat.postEphemeral for that author, so the loopback HTTP hop is included and Slack's own
 * processing is not. The database is a file (WAL, synchronous NORMAL) as in production, so each commit's write counts.
 * Two shapes: all 200 at the same instant (the worst case), and 200 spread over two seconds (a busy channel). The
 * CPU line is the app process's own time (user + system) per answer, counted up to the last feedback and for all the
 * work (Bolt, SQLite, scoring, three Slack calls): on one thread, the last of 200 same-instant answers waits for
 * about 200 times the first figure.
 */
export async function runThreadBenchmark(): Promise<BenchmarkLine[]> {
  const lines: BenchmarkLine[] = [];
  // The first burst after start also measures V8 compiling Bolt, the Slack client and the rubric; a server that has
  // been running a while has them optimised, which takes several hundred answers. So: the first burst, two untimed
  // ones, then the figures of a warmed-up server.
  const first = await burst(0);
  lines.push(
    { label: `${BURST} at once (1st burst): feedback p50 / p99`, value: `${first.feedback.p50.toFixed(1)} ms / ${first.feedback.p99.toFixed(1)} ms` },
    { label: `${BURST} at once (1st burst): within ${TARGET_MS} ms`, value: `${first.within}/${BURST}` },
    { label: `${BURST} at once (1st burst): all within 1 s`, value: `${first.feedback.max.toFixed(0)} ms to the last (target <= 1,000 ms)` },
  );
  for (let round = 0; round < WARM_UP_BURSTS; round++) await burst(0);
  for (const spreadMs of [0, 2000]) {
    const result = await burst(spreadMs);
    const label = spreadMs === 0 ? `${BURST} at once` : `${BURST} over ${spreadMs / 1000} s`;
    lines.push(
      { label: `${label}: ack p50 / p99`, value: `${result.ack.p50.toFixed(1)} ms / ${result.ack.p99.toFixed(1)} ms` },
      { label: `${label}: feedback p50 / p99`, value: `${result.feedback.p50.toFixed(1)} ms / ${result.feedback.p99.toFixed(1)} ms` },
      { label: `${label}: within ${TARGET_MS} ms`, value: `${result.within}/${BURST}` },
      { label: `${label}: last feedback`, value: `${result.feedback.max.toFixed(0)} ms (target <= 1,000 ms)` },
      { label: `${label}: CPU/answer to last feedback / all`, value: `${result.feedbackCpuPerAnswerMs.toFixed(2)} ms / ${result.cpuPerAnswerMs.toFixed(2)} ms` },
    );
  }
  return lines;
}

interface BurstResult {
  ack: { p50: number; p99: number };
  feedback: { p50: number; p99: number; max: number };
  within: number;
  /** The app process's CPU (user + system) from the first arrival until every answer's work is done, per answer. */
  cpuPerAnswerMs: number;
  /** The same until the last feedback reached the stand-in: what the slowest answer's feedback waited for. */
  feedbackCpuPerAnswerMs: number;
}

interface StandIn {
  url: string;
  botId: string;
  botUserId: string;
  teamId: string;
  appId: string;
  /** Wall-clock ms (timeOrigin + now) at which each author's first ephemeral reached the stand-in. */
  ephemerals: Map<string, number>;
  /** Settles when every author's feedback has reached the stand-in. */
  allFeedback: Promise<void>;
  stop(): void;
}

async function startStandIn(users: string[]): Promise<StandIn> {
  const child = fork(fileURLToPath(new URL('./stand-in-process.js', import.meta.url)), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ephemerals = new Map<string, number>();
  let feedbackComplete = () => {};
  const allFeedback = new Promise<void>((resolve) => (feedbackComplete = resolve));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (raw) => {
      const message = raw as { kind: string; user?: string; at?: number } & Omit<StandIn, 'ephemerals' | 'allFeedback' | 'stop'>;
      if (message.kind === 'ephemeral' && message.user !== undefined && !ephemerals.has(message.user)) {
        ephemerals.set(message.user, message.at ?? 0);
        if (ephemerals.size === users.length) feedbackComplete();
      }
      if (message.kind === 'ready') {
        resolve({ url: message.url, botId: message.botId, botUserId: message.botUserId, teamId: message.teamId, appId: message.appId, ephemerals, allFeedback, stop: () => child.disconnect() });
      }
    });
    child.send({ botToken: BOT_TOKEN, channel: CHANNEL, users });
  });
}

const wallClock = () => performance.timeOrigin + performance.now();

async function burst(spreadMs: number): Promise<BurstResult> {
  const users = Array.from({ length: BURST }, (_, i) => `U0BENCH${String(i).padStart(3, '0')}`);
  const standIn = await startStandIn(users);
  // A file like production's (WAL), not ':memory:', so each commit's write to the WAL is counted.
  const dir = mkdtempSync(join(tmpdir(), 'lp-thread-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const lp = createApp({
    slack: { botToken: BOT_TOKEN, signingSecret: 'bench-secret', apiUrl: standIn.url },
    port: 0,
    admins: [],
    scheduleDefaults: { promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    catchUpHours: 6,
    db,
    content: loadContent(),
    clock: () => new Date(),
    random: () => 0.5,
    logger: silentLogger,
    version: 'bench',
    botIdentity: { botId: standIn.botId, botUserId: standIn.botUserId },
    clientOptions: { retryConfig: { retries: 0 } },
  });
  try {
    const posted = await lp.dailyPrompts.postNow(CHANNEL);
    if (posted.status !== 'posted') throw new Error(`bench prompt not posted: ${JSON.stringify(posted)}`);
    const arrived = new Map<string, number>();
    const acked: number[] = [];
    const cpuAtStart = process.cpuUsage();
    let cpuToLastFeedback: NodeJS.CpuUsage | undefined;
    void standIn.allFeedback.then(() => (cpuToLastFeedback = process.cpuUsage(cpuAtStart)));
    const deliveries = users.map(async (user, i) => {
      if (spreadMs > 0) await new Promise((resolve) => setTimeout(resolve, (i * spreadMs) / BURST));
      const ts = `${Math.floor(Date.now() / 1000)}.${String(100_000 + i).padStart(6, '0')}`;
      const body = JSON.parse(
        eventCallbackBody({
          team_id: standIn.teamId,
          api_app_id: standIn.appId,
          event: { type: 'message', channel: CHANNEL, user, text: `${syntheticAnswer(120 + (i % 60))} (${i})`, ts, thread_ts: posted.ts, event_ts: ts },
          event_id: `Ev0BENCH${spreadMs}x${i}`,
          event_time: Math.floor(Date.now() / 1000),
        }),
      ) as Record<string, unknown>;
      const start = wallClock();
      arrived.set(user, start);
      await lp.app.processEvent({ body, ack: async () => void acked.push(wallClock() - start) });
    });
    await Promise.all(deliveries);
    const cpu = process.cpuUsage(cpuAtStart);
    // The last ephemerals may still be on their way over IPC.
    const deadline = Date.now() + 2000;
    while (standIn.ephemerals.size < BURST && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (standIn.ephemerals.size !== BURST) throw new Error(`only ${standIn.ephemerals.size} of ${BURST} feedbacks were sent`);
    const feedback = users.map((user) => (standIn.ephemerals.get(user) ?? 0) - (arrived.get(user) ?? 0));
    return {
      ack: percentiles(acked),
      feedback: { ...percentiles(feedback), max: Math.max(...feedback) },
      within: feedback.filter((ms) => ms <= TARGET_MS).length,
      cpuPerAnswerMs: (cpu.user + cpu.system) / 1000 / BURST,
      feedbackCpuPerAnswerMs: cpuToLastFeedback === undefined ? 0 : (cpuToLastFeedback.user + cpuToLastFeedback.system) / 1000 / BURST,
    };
  } finally {
    await lp.stop();
    standIn.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}
