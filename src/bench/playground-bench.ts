import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../logger.js';
import { DEMO_CHANNEL } from '../playground/demo-team.js';
import { fillChannelHistory } from '../playground/sample-history.js';
import { startPlayground, type RunningPlayground } from '../playground/start.js';
import type { PlaygroundState } from '../playground/state-types.js';
import type { LiveUpdate } from '../playground/web/state-diff.js';
import { snapshotFor, type SnapshotSources } from '../playground/snapshot.js';
import { diffState } from '../playground/web/state-diff.js';
import { medianMs, type BenchmarkLine } from './bench.js';

const HISTORY = 500;
const COLD_LOADS = 7;
/** Untimed loads first: the first pages a new browser (and a new server) draws are slower than any after. */
const WARM_UP_LOADS = 2;
const SAM = 'U0PLAYSAM';
const PRIYA = 'U0PLAYPRIYA';
// A Wednesday before the 09:30 prompt, as in the browser tests: the playground posts the day's prompt at start.
const START = new Date('2026-12-02T08:00:00Z');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const PLAYGROUND_BENCH_NAME = `Playground: live updates and first message drawn, ${HISTORY} messages in the channel (headless Chromium, cold loads)`;

export interface PlaygroundBenchOptions {
  /** The compiled page scripts; defaults to dist/playground/web/ (what `npm run bench` builds first). */
  browserScriptsDir?: URL;
}

/**
 * The playground as `npm run playground` runs it, with the channel filled with 500 messages (half of them thread
 * replies). Bytes per live update: what a page was sent for one new thread reply, against the whole state (what
 * every update carried before updates became changes). First message drawn: milliseconds from navigation start
 * until the first message, and the newest one, are painted, measured in the page; median of seven cold loads, each in
 * a new browser context (no cache) after two untimed ones, for a fresh channel (the day's prompt only) and for 500
 * messages.
 */
export async function runPlaygroundBenchmark(options: PlaygroundBenchOptions = {}): Promise<BenchmarkLine[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lp-playground-bench-'));
  const playground = await startPlayground({
    port: 0,
    databasePath: join(dataDir, 'playground.db'),
    reset: true,
    env: {},
    logger: silentLogger,
    logLevel: 'error',
    version: 'bench',
    startAt: START,
    ...(options.browserScriptsDir !== undefined ? { browserScriptsDir: options.browserScriptsDir } : {}),
  });
  const lines: BenchmarkLine[] = [];
  try {
    const fresh = existsSync(CHROMIUM_PATH) ? await firstMessageDrawn(playground) : undefined;
    fillChannelHistory(playground.workspace, DEMO_CHANNEL.id, HISTORY);
    const update = await bytesForOneReply(playground);
    const server = serverWorkPerUpdate(playground);
    lines.push(
      { label: `Live update for one new reply, ${HISTORY} messages`, value: `${formatBytes(update.diffBytes)} (whole state, as before: ${formatBytes(update.stateBytes)})` },
      { label: `Server work per update and open page, ${HISTORY} msgs`, value: `${server.diffMs.toFixed(1)} ms (whole state, as before: ${server.stateMs.toFixed(1)} ms)` },
    );
    if (fresh === undefined) {
      lines.push({ label: 'First message drawn', value: `skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)` });
      return lines;
    }
    const full = await firstMessageDrawn(playground);
    lines.push(
      { label: 'First message drawn, fresh channel (1 prompt)', value: `${fresh.first.toFixed(0)} ms median (slowest ${fresh.slowest.toFixed(0)} ms)` },
      { label: `First message drawn, ${HISTORY} messages`, value: `${full.first.toFixed(0)} ms median (slowest ${full.slowest.toFixed(0)} ms; target < 500 ms)` },
      { label: `Newest message drawn, ${HISTORY} messages`, value: `${full.newest.toFixed(0)} ms median` },
      { label: `Whole history drawn, ${HISTORY} messages`, value: `${full.all.toFixed(0)} ms median` },
    );
    return lines;
  } finally {
    await playground.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Opens the live-update stream as Sam, posts one reply (from Priya) into the newest prompt's thread, and counts bytes. */
async function bytesForOneReply(playground: RunningPlayground): Promise<{ stateBytes: number; diffBytes: number }> {
  const updates: string[] = [];
  let notify = () => {};
  const response = await new Promise<IncomingMessage>((resolve, reject) => get(`${playground.url.replace('localhost', '127.0.0.1')}/events?user=${SAM}`, resolve).once('error', reject));
  let buffered = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\n\n');
    while (end >= 0) {
      const event = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (event.startsWith('data: ')) updates.push(event.slice('data: '.length));
      notify();
      end = buffered.indexOf('\n\n');
    }
  });
  const nextUpdate = async (count: number): Promise<string> => {
    const deadline = Date.now() + 5_000;
    while (updates.length < count) {
      if (Date.now() > deadline) throw new Error('playground bench: no live update arrived');
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 50);
      });
    }
    return updates[count - 1] ?? '';
  };
  try {
    // The first state and the older messages after it first, so the reply's update is on its own.
    await nextUpdate(1);
    for (let seen = -1; seen !== updates.length; ) {
      seen = updates.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const before = updates.length;
    const prompts = (playground.workspace.messages.get(DEMO_CHANNEL.id) ?? []).filter((m) => m.bot_id !== undefined && m.thread_ts === undefined);
    const parent = prompts.at(-1);
    if (parent === undefined) throw new Error('playground bench: no prompt in the channel');
    playground.workspace.postTypedMessage({ channel: DEMO_CHANNEL.id, user: PRIYA, typed: 'Same here: I would add the numbers before and after.', thread_ts: parent.ts });
    const diff = await nextUpdate(before + 1);
    const first = JSON.parse(updates[0] ?? '{}') as LiveUpdate;
    if (!('state' in first)) throw new Error('playground bench: the stream did not start with the whole state');
    const last = JSON.parse(diff) as LiveUpdate;
    if ('state' in last) throw new Error('playground bench: the reply came as a whole state, not a change');
    // What the page was sent before updates became changes: the whole state, as /api/state still answers it.
    const state = await fetchState(playground, SAM);
    return { stateBytes: Buffer.byteLength(JSON.stringify(state)), diffBytes: Buffer.byteLength(diff) };
  } finally {
    response.destroy();
  }
}

/** What the server does for each open page on each change: build its state and compare it (before: serialise it). */
function serverWorkPerUpdate(playground: RunningPlayground): { diffMs: number; stateMs: number } {
  const sources: SnapshotSources = { workspace: playground.workspace, channelId: DEMO_CHANNEL.id, viewErrors: new Map(), problems: [], next: () => undefined };
  let sent = snapshotFor(sources, SAM);
  const diffMs = medianMs(() => {
    const next = snapshotFor(sources, SAM);
    diffState(sent, next);
    sent = next;
  }, 50);
  const stateMs = medianMs(() => JSON.stringify(snapshotFor(sources, SAM)), 50);
  return { diffMs, stateMs };
}

async function fetchState(playground: RunningPlayground, user: string): Promise<PlaygroundState> {
  const response = await fetch(`${playground.url}/api/state?user=${user}`);
  return (await response.json()) as PlaygroundState;
}

interface Drawn {
  first: number;
  newest: number;
  all: number;
  slowest: number;
}

/** Median over cold loads of: first message, newest message and every top-level message in the page. */
async function firstMessageDrawn(playground: RunningPlayground): Promise<Drawn> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const topLevel = (playground.workspace.messages.get(DEMO_CHANNEL.id) ?? []).filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts);
  const newestTs = topLevel.at(-1)?.ts ?? '';
  const runs: Omit<Drawn, 'slowest'>[] = [];
  try {
    for (let load = 0; load < WARM_UP_LOADS + COLD_LOADS; load++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
      const page = await context.newPage();
      // Watches the channel from the first byte: when the first message, the newest and all of them are in the page.
      await page.addInitScript(
        ({ newest, count }) => {
          const marks: Record<string, number> = {};
          (window as unknown as { drawnAt: Record<string, number> }).drawnAt = marks;
          // Drawn means painted: the mark is taken in a task after the next frame, so style, layout and paint count.
          const markAfterPaint = (name: string) => {
            marks[name] = -1;
            requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now()), 0));
          };
          const check = () => {
            const content = document.getElementById('content');
            if (!content) return;
            if (marks.first === undefined && content.querySelector('article.message')) markAfterPaint('first');
            if (marks.newest === undefined && content.querySelector(`article.message[data-ts="${newest}"]`)) markAfterPaint('newest');
            if (marks.all === undefined && content.querySelectorAll('article.message:not(.ephemeral)').length >= count) markAfterPaint('all');
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true });
        },
        { newest: newestTs, count: topLevel.length },
      );
      await page.goto(`${playground.url}/?user=${SAM}`);
      await page.waitForFunction(() => {
        const marks = (window as unknown as { drawnAt?: Record<string, number> }).drawnAt;
        return [marks?.first, marks?.newest, marks?.all].every((mark) => mark !== undefined && mark >= 0);
      }, undefined, { timeout: 30_000 });
      const marks = await page.evaluate(() => (window as unknown as { drawnAt: Record<string, number> }).drawnAt);
      if (load >= WARM_UP_LOADS) runs.push({ first: marks.first ?? 0, newest: marks.newest ?? 0, all: marks.all ?? 0 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    first: median(runs.map((r) => r.first)),
    newest: median(runs.map((r) => r.newest)),
    all: median(runs.map((r) => r.all)),
    slowest: Math.max(...runs.map((r) => r.first)),
  };
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
