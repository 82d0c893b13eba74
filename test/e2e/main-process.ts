import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { loadContent } from '../../src/core/content.js';
import { eventCallbackBody, JSON_CONTENT_TYPE, sendSignedRequest, type StoredMessage, type Workspace } from '../../src/local-slack/index.js';
import { openDatabase } from '../../src/store/db.js';
import { PromptStore } from '../../src/store/prompts.js';
import { MAIN_JS } from './build-dist.js';
import { registerSealing } from '../../src/store/sealing.js';

/** `node dist/main.js` started as a user starts it, listening on its own port. */
export interface RunningProcess {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** What it printed so far (stdout and stderr), for a failing test's message. */
  output: () => string;
}

/**
 * Starts `node dist/main.js` in `cwd` with only `env` (and PATH) set, and resolves once it prints its port. `running`
 * holds every process started and not yet exited, so a failing test can kill what it left behind.
 */
export async function startMainProcess(options: { cwd: string; env: Record<string, string>; running: Set<ChildProcess> }): Promise<RunningProcess> {
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  options.running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      options.running.delete(child);
      resolve(code);
    }),
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    const match = /listening on :(\d+)/.exec(output);
    if (match !== null) return { child, port: Number(match[1]), exited, output: () => output };
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A reader on the app's SQLite file while the process runs (WAL lets it read while the app writes). */
export function readDatabase(path: string): <T>(sql: string, ...params: unknown[]) => T[] {
  return <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    registerSealing(db); // the `answers` view opens stories with each author's key
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
}

/**
 * Sends `event` to the process as Slack would (signed, in an event_callback envelope) and returns the HTTP status;
 * 0 when the process died with the request open (Slack saw no ack).
 */
export async function sendEventTo(
  port: number,
  workspace: Workspace,
  event: Record<string, unknown>,
  options: { eventId: string; signingSecret: string; retryNum?: number },
): Promise<number> {
  const body = eventCallbackBody({
    team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event,
    event_id: options.eventId,
    event_time: Math.floor(Date.now() / 1000),
    bot_user_id: workspace.bot.userId,
  });
  try {
    const result = await sendSignedRequest(`http://127.0.0.1:${port}/slack/events`, {
      body,
      contentType: JSON_CONTENT_TYPE,
      signingSecret: options.signingSecret,
      ...(options.retryNum === undefined ? {} : { retryNum: options.retryNum }),
    });
    return result.status;
  } catch {
    return 0;
  }
}

/**
 * Today's ownership prompt, already posted in `channel` (by the bot in the stand-in, and as a posted prompt row in
 * the app's file), so what a test sends goes to its thread. Returns the prompt's message.
 */
export function seedPostedPrompt(workspace: Workspace, databasePath: string, channel: string): StoredMessage {
  const prompt = workspace.postMessage({ channel, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'Tell me about a time you took on something outside your role.' });
  const question = loadContent().questions.find((q) => q.principle === 'ownership');
  if (question === undefined) throw new Error('no ownership question in data/');
  const db = openDatabase(databasePath);
  try {
    const prompts = new PromptStore(db);
    const row = prompts.insertExtra({ channelId: channel, localDate: '2026-12-01', principleId: 'ownership', questionId: question.id, at: new Date() });
    prompts.markPosted(row.id, prompt.ts, new Date());
  } finally {
    db.close();
  }
  return prompt;
}
