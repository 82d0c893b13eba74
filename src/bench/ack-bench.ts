import { spawn, fork, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchmarkLine } from './bench.js';
import { startFlags } from './start-command.js';

const SIGNING_SECRET = 'ack-bench-signing-secret';
const BOT_TOKEN = 'xoxb-ack-bench';
const CHANNEL = 'C0ACKBENCH';
const USERS = Array.from({ length: 16 }, (_, i) => `U0ACK${String(i).padStart(4, '0')}`);
const REQUESTS = 600;
const CONCURRENCY = 16;
/**
 * Each phase of 600 takes about 0.15 s, so a busy moment of this shared machine can swing three rounds' p50 ratio from
 * 0.9x to 1.7x; twelve rounds after a warm-up of both workloads give the same figure within a few percent run to run.
 */
const ROUNDS = 12;
const WARM_UP_REQUESTS = 600;
/** Read-only subcommands, each answered in the ack body (no Slack call, a few ms of SQLite). */
const READ_ONLY_MIX = ['schedule', 'me', 'coverage', 'stories'] as const;
const TARGET = { p50: 1.2, p99: 1.5, rss: 1.3 };

export const ACK_BENCH_NAME = `/lp ack over signed HTTP: LP Coach (dist/main.js as npm start runs it) against a bare Bolt app, ${REQUESTS} requests at ${CONCURRENCY} concurrent, ${ROUNDS} rounds each, alternating`;

/**
 * Both apps run as child processes on this machine, in the same run: a bare Bolt app (`bare-bolt-app.js`: Bolt's
 * HTTPReceiver and one `/lp` handler that acks with a short text) and LP Coach as `npm start` starts it (`node
 * <its flags> dist/main.js`, HTTP mode, a SQLite file, the local Slack stand-in as SLACK_API_URL in a third process). The bench
 * sends each the same slash commands, in Slack's form body with a real v0 signature, over keep-alive connections, and
 * times request to complete response. Rounds alternate between the apps, so a busy moment on a shared machine hits
 * both. Resident memory (VmRSS) of both apps is read at the same moments, after each load phase; the bench reports
 * the median of those readings (and the last one).
 *
 * For investigation, not for the printed figures: LP_ACK_BENCH_CPU_PROF=<dir> runs both apps with `--cpu-prof` into
 * that folder; LP_ACK_BENCH_HEAP_DIR=<dir> writes a heap snapshot of each at start and after the load;
 * LP_ACK_BENCH_GC_LOG=<dir> runs both with `--trace-gc-nvp` and writes their output to <dir>/<name>.log (each
 * scavenge's `allocated` and `promoted` bytes: what a request allocates, and what of it lives long enough to fill
 * the old generation).
 */
export async function runAckBenchmark(): Promise<BenchmarkLine[]> {
  const profileDir = process.env.LP_ACK_BENCH_CPU_PROF;
  const heapDir = process.env.LP_ACK_BENCH_HEAP_DIR;
  const gcLogDir = process.env.LP_ACK_BENCH_GC_LOG;
  const nodeArgs = (name: string): string[] => [
    ...(profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`]),
    ...(heapDir === undefined ? [] : ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapDir}`]),
    ...(gcLogDir === undefined ? [] : ['--trace-gc-nvp']),
  ];
  const logPath = (name: string): string | undefined => (gcLogDir === undefined ? undefined : join(gcLogDir, `${name}.log`));
  const dir = mkdtempSync(join(tmpdir(), 'lp-ack-bench-'));
  const standIn = await startStandIn();
  const bare = await startApp('bare', fileURLToPath(new URL('./bare-bolt-app.js', import.meta.url)), nodeArgs('bare'), dir, {}, logPath('bare'));
  const lp = await startApp(
    'lp-coach',
    fileURLToPath(new URL('../main.js', import.meta.url)),
    [...startFlags(), ...nodeArgs('lp-coach')],
    dir,
    { SLACK_API_URL: standIn.url, DATABASE_PATH: join(dir, 'lp-coach.db'), LP_CHANNEL: CHANNEL },
    logPath('lp-coach'),
  );
  try {
    const apps = [bare, lp];
    const rssAtStart = { bare: residentMb(bare.child), lp: residentMb(lp.child) };
    if (heapDir !== undefined) for (const app of apps) await heapSnapshot(app.child, heapDir);

    // Both workloads, so the measured rounds meet code V8 has already optimized, in both apps.
    const warmUp = (i: number): string => (i % 2 === 0 ? 'help' : (READ_ONLY_MIX[(i >> 1) % READ_ONLY_MIX.length] as string));
    for (const app of apps) await load(app.port, commands(WARM_UP_REQUESTS, warmUp));
    const help = { bare: [] as number[], lp: [] as number[] };
    const mix = { bare: [] as Timed[], lp: [] as Timed[] };
    // CPU time each app spent on the measured requests: steadier than latency on a shared machine.
    const cpuMs = { bare: 0, lp: 0 };
    const mixCpuMs = { bare: 0, lp: 0 };
    // Resident memory of both apps, read at the same moments: after each load phase (each round's /lp help, then its
    // read-only mix, once both apps had theirs). One reading lands wherever each heap happens to be in its garbage
    // collection cycle; the median of six is steadier.
    const readings = { bare: [] as number[], lp: [] as number[] };
    const readBoth = (): void => {
      readings.bare.push(residentMb(bare.child));
      readings.lp.push(residentMb(lp.child));
    };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which app goes first, so neither always meets a machine the other just warmed or loaded.
      const order = round % 2 === 0 ? [bare, lp] : [lp, bare];
      for (const app of order) {
        const key = app === bare ? 'bare' : 'lp';
        const cpuBefore = cpuTimeMs(app.child);
        help[key].push(...(await load(app.port, commands(REQUESTS, () => 'help'))).map((t) => t.ms));
        cpuMs[key] += cpuTimeMs(app.child) - cpuBefore;
      }
      readBoth();
      for (const app of order) {
        const key = app === bare ? 'bare' : 'lp';
        const cpuBefore = cpuTimeMs(app.child);
        mix[key].push(...(await load(app.port, commands(REQUESTS, (i) => READ_ONLY_MIX[i % READ_ONLY_MIX.length] as string))));
        mixCpuMs[key] += cpuTimeMs(app.child) - cpuBefore;
      }
      readBoth();
    }
    const rss = { bare: median(readings.bare), lp: median(readings.lp) };
    const lastRss = { bare: readings.bare.at(-1) ?? NaN, lp: readings.lp.at(-1) ?? NaN };
    if (heapDir !== undefined) for (const app of apps) await heapSnapshot(app.child, heapDir);

    const helpBare = percentiles(help.bare);
    const helpLp = percentiles(help.lp);
    const mixBare = percentiles(mix.bare.map((t) => t.ms));
    const mixLp = percentiles(mix.lp.map((t) => t.ms));
    const lines: BenchmarkLine[] = [
      { label: '/lp help, bare Bolt app: ack p50 / p99', value: `${ms(helpBare.p50)} / ${ms(helpBare.p99)}` },
      { label: '/lp help, LP Coach: ack p50 / p99', value: `${ms(helpLp.p50)} / ${ms(helpLp.p99)}` },
      {
        label: '/lp help, LP Coach / bare: p50 / p99',
        value: `${ratio(helpLp.p50, helpBare.p50)} / ${ratio(helpLp.p99, helpBare.p99)} (target <= ${TARGET.p50}x / ${TARGET.p99}x)`,
      },
      {
        label: '/lp help, CPU per request: bare / LP Coach',
        value: `${(cpuMs.bare / (REQUESTS * ROUNDS)).toFixed(3)} ms / ${(cpuMs.lp / (REQUESTS * ROUNDS)).toFixed(3)} ms, ${ratio(cpuMs.lp, cpuMs.bare)}`,
      },
      { label: `Read-only mix (${READ_ONLY_MIX.join(', ')}), bare: p50 / p99`, value: `${ms(mixBare.p50)} / ${ms(mixBare.p99)}` },
      { label: 'Read-only mix, LP Coach: p50 / p99', value: `${ms(mixLp.p50)} / ${ms(mixLp.p99)}` },
      {
        label: 'Read-only mix, LP Coach / bare: p50 / p99',
        value: `${ratio(mixLp.p50, mixBare.p50)} / ${ratio(mixLp.p99, mixBare.p99)} (target <= ${TARGET.p50}x / ${TARGET.p99}x)`,
      },
      {
        label: 'Read-only mix, CPU per request: bare / LP Coach',
        value: `${(mixCpuMs.bare / (REQUESTS * ROUNDS)).toFixed(3)} ms / ${(mixCpuMs.lp / (REQUESTS * ROUNDS)).toFixed(3)} ms, ${ratio(mixCpuMs.lp, mixCpuMs.bare)}`,
      },
    ];
    for (const name of READ_ONLY_MIX) {
      const timed = mix.lp.filter((t) => t.subcommand === name);
      const own = percentiles(timed.map((t) => t.ms));
      const inAck = timed.filter((t) => t.answeredInAck).length;
      lines.push({
        label: `  /lp ${name}: p50 / p99, answered in the ack`,
        value: `${ms(own.p50)} / ${ms(own.p99)} (${ratio(own.p50, mixBare.p50)} / ${ratio(own.p99, mixBare.p99)}), ${inAck}/${timed.length}`,
      });
    }
    lines.push(
      { label: 'Resident memory at start: bare / LP Coach', value: `${rssAtStart.bare.toFixed(0)} MB / ${rssAtStart.lp.toFixed(0)} MB` },
      {
        label: `Resident memory under load, median of ${readings.lp.length} readings: bare / LP Coach`,
        value: `${rss.bare.toFixed(0)} MB / ${rss.lp.toFixed(0)} MB, ${ratio(rss.lp, rss.bare)} (target <= ${TARGET.rss}x)`,
      },
      {
        label: '  last reading, after the load: bare / LP Coach',
        value: `${lastRss.bare.toFixed(0)} MB / ${lastRss.lp.toFixed(0)} MB, ${ratio(lastRss.lp, lastRss.bare)}`,
      },
    );
    return lines;
  } finally {
    await Promise.all([bare.stop(), lp.stop()]);
    standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface RunningApp {
  name: string;
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` with a clean environment and waits for the port it prints (`listening on <port>`). Its
 * output after that goes to `logPath` when given, else nowhere.
 */
function startApp(name: string, script: string, nodeArgs: string[], cwd: string, env: Record<string, string>, logPath?: string): Promise<RunningApp> {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The bare app prints `listening on 1234`; LP Coach logs `... listening on :1234 (http)`.
      const match = /listening on :?(\d+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining the pipes, so a chatty log never blocks the app.
        if (logPath === undefined) {
          child.stdout?.resume();
          child.stderr?.resume();
        } else {
          const log = createWriteStream(logPath);
          child.stdout?.pipe(log);
          child.stderr?.pipe(log);
        }
        resolve({ name, child, port: Number(match[1]), stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${output}`));
    });
  });
}

interface StandIn {
  url: string;
  stop(): void;
}

function startStandIn(): Promise<StandIn> {
  const child = fork(fileURLToPath(new URL('./stand-in-process.js', import.meta.url)), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (raw) => {
      const message = raw as { kind: string; url?: string };
      if (message.kind === 'ready' && message.url !== undefined) resolve({ url: message.url, stop: () => child.disconnect() });
    });
    child.send({ botToken: BOT_TOKEN, channel: CHANNEL, users: USERS });
  });
}

interface Command {
  subcommand: string;
  body: string;
}

let triggerSequence = 0;

/** Slack's slash-command form body; each has its own trigger_id, as each invocation in Slack does. */
function commands(count: number, subcommandOf: (i: number) => string): Command[] {
  return Array.from({ length: count }, (_, i) => {
    const subcommand = subcommandOf(i);
    const user = USERS[i % USERS.length] as string;
    triggerSequence += 1;
    const body = new URLSearchParams({
      token: 'verification-token-unused',
      team_id: 'T0ACKBENCH',
      team_domain: 'ackbench',
      channel_id: CHANNEL,
      channel_name: 'bench',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/lp',
      text: subcommand,
      api_app_id: 'A0ACKBENCH',
      is_enterprise_install: 'false',
      response_url: `http://127.0.0.1:9/commands/T0ACKBENCH/${triggerSequence}/unused`,
      trigger_id: `${triggerSequence}.4744562912.${triggerSequence.toString(16).padStart(32, '0')}`,
    }).toString();
    return { subcommand, body };
  });
}

interface Timed {
  subcommand: string;
  ms: number;
  /** The ack body carried a reply (JSON with text). */
  answeredInAck: boolean;
}

/** Sends every command to the app, at most CONCURRENCY at a time, signed just before it goes. */
async function load(port: number, batch: Command[]): Promise<Timed[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const results: Timed[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batch.length) {
      const command = batch[next++] as Command;
      results.push(await send(port, agent, command));
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    agent.destroy();
  }
  return results;
}

function send(port: number, agent: Agent, command: Command): Promise<Timed> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${command.body}`).digest('hex')}`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(command.body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const elapsed = performance.now() - start;
          if (response.statusCode !== 200) {
            reject(new Error(`/lp ${command.subcommand} answered ${response.statusCode}`));
            return;
          }
          const text = Buffer.concat(chunks).toString();
          resolve({ subcommand: command.subcommand, ms: elapsed, answeredInAck: text !== '' && typeof (JSON.parse(text) as { text?: unknown }).text === 'string' });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(command.body);
  });
}

/** VmRSS of a child process in MB (Linux). */
function residentMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** User + system CPU time of a child process so far, in ms (Linux, /proc/<pid>/stat, clock ticks of 10 ms). */
function cpuTimeMs(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  // The fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Asks a child started with --heapsnapshot-signal for a snapshot and waits until its file is complete. */
async function heapSnapshot(child: ChildProcess, dir: string): Promise<void> {
  const before = new Set(readdirSync(dir));
  child.kill('SIGUSR2');
  const deadline = Date.now() + 60_000;
  let lastSize = -1;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const added = readdirSync(dir).find((file) => !before.has(file) && file.endsWith('.heapsnapshot'));
    if (added === undefined) continue;
    const size = statSync(join(dir, added)).size;
    if (size > 0 && size === lastSize) return;
    lastSize = size;
  }
  throw new Error('heap snapshot did not complete within 60 s');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const ratio = (ours: number, bare: number): string => `${(ours / bare).toFixed(2)}x`;
