import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSlackApi, Workspace, type LocalSlackApi } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/db.js';
import { buildDist } from './build-dist.js';

/** `node dist/main.js` as `npm start` runs it: configuration errors, start-up, Socket Mode success and failure, SIGTERM. */

const repo = fileURLToPath(new URL('../../', import.meta.url));
const mainJs = join(repo, 'dist', 'main.js');
const BOT_TOKEN = 'xoxb-process-token';

let dir: string;
let api: LocalSlackApi;

interface Exit {
  code: number | null;
  stderr: string;
  ms: number;
}

/** Runs main.js in `cwd` (by default an empty directory, so no .env) with only the given variables. */
function spawnMain(
  env: Record<string, string>,
  cwd: string = dir,
): { child: ChildProcess; output: () => string; exited: Promise<Exit> } {
  const started = performance.now();
  const child = spawn(process.execPath, [mainJs], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code) => resolve({ code, stderr, ms: performance.now() - started }));
  });
  return { child, output: () => stderr, exited };
}

async function waitForLine(output: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(output());
    if (match !== null) return match;
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern} in:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  // The process tests run the compiled app, exactly what `npm start` runs.
  buildDist();
  dir = mkdtempSync(join(tmpdir(), 'lp-process-'));
  const workspace = new Workspace();
  workspace.addChannel({ id: 'C0DEFAULT1', name: 'interview-prep', botIsMember: true });
  api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });
}, 60_000);

afterAll(async () => {
  await api?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('node dist/main.js', () => {
  it('with no Slack settings prints what real Slack needs, then starts local mode with the playground; SIGTERM exits 0', async () => {
    const empty = join(dir, 'fresh-clone');
    mkdirSync(empty);
    const run = spawnMain({ PORT: '0' }, empty);
    const [, url] = await waitForLine(run.output, /playground \(local mode, no Slack needed\): (http:\/\/localhost:\d+)/, 25_000);
    const output = run.output();
    expect(output).toMatch(/^\s*SLACK_BOT_TOKEN: missing/m);
    expect(output).toMatch(/^\s*SLACK_SIGNING_SECRET: missing/m);
    expect(output).toContain('section "Create the Slack app"');
    expect(output).not.toMatch(/\n\s+at /);
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('<title>LP Coach playground</title>');
    // Local mode keeps its own database, never the real one.
    expect(existsSync(join(empty, 'data', 'playground.db'))).toBe(true);
    expect(existsSync(join(empty, 'data', 'lp-coach.db'))).toBe(false);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  }, 40_000);

  it('with a bad value names the variable and an example, exit 1', async () => {
    const { code, stderr } = await spawnMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: 'process-signing-secret',
      LP_TIMEZONE: 'Moon/Base',
    }).exited;
    expect(code).toBe(1);
    expect(stderr).toContain('LP_TIMEZONE: "Moon/Base" is not an IANA time zone name (e.g. Europe/Berlin');
  });

  it('starts in HTTP mode, answers /healthz, and exits 0 within 5 s of SIGTERM', async () => {
    const run = spawnMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: 'process-signing-secret',
      SLACK_API_URL: api.url,
      PORT: '0',
      DATABASE_PATH: join(dir, 'lp.db'),
      LP_CHANNEL: 'C0DEFAULT1',
    });
    const started = performance.now();
    const [, version, port] = await waitForLine(run.output, /LP Coach v(\S+) listening on :(\d+) \(http\)/);
    const startupMs = performance.now() - started;
    console.log(`start-up: ${startupMs.toFixed(0)} ms from spawn to the "listening" line`);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, database: 'ok', mode: 'http' });

    const signalled = performance.now();
    run.child.kill('SIGTERM');
    const { code, stderr } = await run.exited;
    const shutdownMs = performance.now() - signalled;
    console.log(`shutdown: exit ${code} ${shutdownMs.toFixed(0)} ms after SIGTERM`);
    expect(code).toBe(0);
    expect(shutdownMs).toBeLessThan(5000);
    expect(stderr).toContain('SIGTERM');
  });

  it('reads .env from the working directory, with the environment winning over it', async () => {
    const withDotEnv = join(dir, 'with-dotenv');
    mkdirSync(withDotEnv);
    writeFileSync(
      join(withDotEnv, '.env'),
      [
        `SLACK_BOT_TOKEN=${BOT_TOKEN}`,
        'SLACK_SIGNING_SECRET=process-signing-secret',
        `SLACK_API_URL=${api.url}`,
        'PORT=1',
        'DATABASE_PATH=dotenv.db',
      ].join('\n'),
    );
    const run = spawnMain({ PORT: '0' }, withDotEnv);
    await waitForLine(run.output, /listening on :(\d+) \(http\)/);
    expect(existsSync(join(withDotEnv, 'dotenv.db'))).toBe(true);
    run.child.kill('SIGINT');
    expect((await run.exited).code).toBe(0);
  });

  it('in Socket Mode, fails fast with a clear error when Slack refuses the connection', async () => {
    const { code, stderr, ms } = await spawnMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-A0LPCOACH-1-not-valid',
      SLACK_API_URL: api.url,
      PORT: '0',
      DATABASE_PATH: join(dir, 'socket.db'),
    }).exited;
    expect(code).toBe(1);
    expect(stderr).toContain('Socket Mode cannot connect: apps.connections.open');
    expect(stderr).toContain('invalid_auth');
    expect(ms).toBeLessThan(10_000);
  });

  it('in Socket Mode, connects to Slack, and on SIGTERM closes the socket and exits 0', async () => {
    const appToken = 'xapp-1-A0LPCOACH-1-process';
    const socketApi = await startLocalSlackApi({ workspace: new Workspace(), botToken: BOT_TOKEN, appToken, logger: silentLogger });
    try {
      const run = spawnMain({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: appToken,
        SLACK_API_URL: socketApi.url,
        PORT: '0',
        DATABASE_PATH: join(dir, 'socket-ok.db'),
      });
      await waitForLine(run.output, /LP Coach v\S+ listening on :\d+ \(socket mode\)/);
      const connection = await socketApi.socketMode.waitForConnection();
      run.child.kill('SIGTERM');
      const { code } = await run.exited;
      expect(code).toBe(0);
      // The process is gone, so the socket is too; whether its close frame got out before exit is not ours to assert.
      await connection.closed;
      expect(connection.open).toBe(false);
    } finally {
      await socketApi.close();
    }
  });

  it('refuses a database written by a newer LP Coach, with a clear message', async () => {
    const path = join(dir, 'newer.db');
    const db = openDatabase(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'future', new Date().toISOString());
    db.close();
    const { code, stderr } = await spawnMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: 'process-signing-secret',
      SLACK_API_URL: api.url,
      PORT: '0',
      DATABASE_PATH: path,
    }).exited;
    expect(code).toBe(1);
    expect(stderr).toContain('written by a newer LP Coach (schema 999');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with a clear message when Slack rejects the bot token', async () => {
    const { code, stderr } = await spawnMain({
      SLACK_BOT_TOKEN: 'xoxb-wrong-token',
      SLACK_SIGNING_SECRET: 'process-signing-secret',
      SLACK_API_URL: api.url,
      PORT: '0',
      DATABASE_PATH: join(dir, 'wrong.db'),
    }).exited;
    expect(code).toBe(1);
    expect(stderr).toContain('Could not check SLACK_BOT_TOKEN with Slack');
    expect(stderr).toContain('invalid_auth');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
