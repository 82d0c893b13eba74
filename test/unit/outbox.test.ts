import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSlackApi, Workspace, type LocalSlackApi } from '../../src/local-slack/index.js';
import { createConsoleLogger, silentLogger } from '../../src/logger.js';
import { promptSlackCalls } from '../../src/features/daily-prompt/slack-calls.js';
import { Outbox } from '../../src/slack/outbox.js';
import { createPostOnceClient } from '../../src/slack/slack-errors.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { OutboxStore, type OwedCall } from '../../src/store/outbox.js';

/**
 * The outbox against the Slack stand-in answering with faults: every owed call is delivered once Slack recovers, waits
 * as long as `Retry-After` says, and is given up (with a log line naming the method and Slack's code) only when Slack
 * refuses it for good or its lifetime ends.
 */

const BOT_TOKEN = 'xoxb-outbox-unit';
const CHANNEL = 'C0OUTBOX01';
const USER = 'U0OUTBOX01';

let workspace: Workspace;
let api: LocalSlackApi;
let db: Db;
let store: OutboxStore;
let outbox: Outbox;
let log: string[];

function owe(overrides: Partial<OwedCall> = {}): number {
  const now = Date.now();
  return outbox.owe({
    kind: 'feedback',
    answerId: null,
    userId: USER,
    method: 'chat.postEphemeral',
    args: { channel: CHANNEL, user: USER, text: 'Your feedback' },
    expiresAt: new Date(now + 60 * 60 * 1000),
    notBefore: new Date(now),
    ...overrides,
  });
}

const delivered = () => workspace.ephemerals.filter((e) => e.user === USER).length;

async function until(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(async () => {
  workspace = new Workspace();
  workspace.addUser({ id: USER, name: 'Uma' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [USER], botIsMember: true });
  api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });
  db = openDatabase(':memory:');
  store = new OutboxStore(db);
  log = [];
  const client = createPostOnceClient(BOT_TOKEN, { slackApiUrl: api.url, timeout: 300 });
  outbox = new Outbox({
    store,
    client,
    lookup: promptSlackCalls(client),
    clock: () => new Date(),
    logger: createConsoleLogger('debug', (line) => log.push(line) > 0),
    random: () => 0,
  });
});

afterEach(async () => {
  await outbox.stop();
  await api.close();
  db.close();
});

describe('the outbox', () => {
  it('delivers after 10 rate limits in a row, each time waiting what Retry-After says', async () => {
    api.rateLimitNext('chat.postEphemeral', 1, 10);
    const id = owe();
    const started = Date.now();
    expect(await outbox.deliver(id)).toBe('retrying');
    outbox.start();
    await until(() => delivered() === 1, 'the feedback', 20_000);
    const elapsedMs = Date.now() - started;
    const calls = api.callsTo('chat.postEphemeral');
    expect(calls.map((c) => c.httpStatus)).toEqual([...Array(10).fill(429), 200]);
    // Ten waits of Retry-After: 1 s each.
    expect(elapsedMs).toBeGreaterThanOrEqual(10_000);
    // The stand-in records the message before the app has read Slack's answer and settled the row.
    await until(() => outbox.backlog().pending === 0, 'the settled outbox row', 5_000);
  }, 30_000);

  it('rides out HTTP 500s, Slack hiccups (ok:false internal_error) and a hung call', async () => {
    api.failNextWithHttpStatus('chat.postEphemeral', 500, { times: 2 });
    api.failNext('chat.postEphemeral', 'internal_error');
    api.hangNext('chat.postEphemeral');
    const id = owe();
    await outbox.deliver(id);
    outbox.start();
    await until(() => delivered() === 1, 'the feedback', 15_000);
    expect(api.callsTo('chat.postEphemeral').map((c) => c.httpStatus)).toEqual([500, 500, 200, 0, 200]);
    expect(log.filter((line) => line.includes('WARN') && line.includes('chat.postEphemeral'))).toHaveLength(4);
  }, 20_000);

  it("gives up at once when Slack refuses for good, and logs the method and Slack's code", async () => {
    api.failNext('chat.postEphemeral', 'user_not_in_channel');
    expect(await outbox.deliver(owe())).toBe('given-up');
    expect(delivered()).toBe(0);
    expect(outbox.backlog().pending).toBe(0);
    expect(log.join('')).toMatch(/Gave up feedback \(chat\.postEphemeral\).*user_not_in_channel; the feedback stays in \/lp feedback/);
  });

  it('gives up a call whose lifetime ends before Slack answers again', async () => {
    api.rateLimitNext('chat.postEphemeral', 30);
    const id = owe({ expiresAt: new Date(Date.now() + 5000) });
    expect(await outbox.deliver(id)).toBe('given-up');
    expect(log.join('')).toMatch(/Gave up feedback .*ratelimited, and its lifetime ends before the next try/);
  });

  it('counts a reaction that is already there as delivered', async () => {
    const message = workspace.postMessage({ channel: CHANNEL, user: USER, text: 'my story' });
    api.failNext('reactions.add', 'already_reacted');
    const id = owe({ kind: 'reaction', method: 'reactions.add', args: { channel: CHANNEL, timestamp: message.ts, name: 'memo' } });
    expect(await outbox.deliver(id)).toBe('sent');
    expect(log.join('')).not.toContain('Gave up');
  });

  it('leaves a call not yet due to the fast path, and reports the backlog for /healthz', async () => {
    const later = owe({ notBefore: new Date(Date.now() + 60_000) });
    expect(outbox.backlog()).toMatchObject({ pending: 1 });
    await outbox.deliverDue();
    expect(delivered()).toBe(0);
    expect(await outbox.deliver(later)).toBe('sent');
    expect(outbox.backlog()).toEqual({ pending: 0, oldestAgeMs: null });
  });

  describe('a post (a follow-up question in a thread)', () => {
    let parentTs: string;
    const repliesInThread = () => (workspace.messages.get(CHANNEL) ?? []).filter((m) => m.thread_ts === parentTs && m.ts !== parentTs);
    const owePost = () => owe({ kind: 'follow-up', method: 'chat.postMessage', args: { channel: CHANNEL, thread_ts: parentTs, text: 'A follow-up a bar raiser would ask' } });

    beforeEach(() => {
      parentTs = workspace.postMessage({ channel: CHANNEL, user: USER, text: 'my story' }).ts;
    });

    it('is not posted twice when Slack posted it but its answer was lost (HTTP 500)', async () => {
      api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
      const id = owePost();
      expect(await outbox.deliver(id)).toBe('retrying');
      expect(await outbox.deliver(id)).toBe('sent');
      expect(repliesInThread()).toHaveLength(1);
      expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    });

    it('is posted again when Slack did not post it (HTTP 500 before anything happened)', async () => {
      api.failNextWithHttpStatus('chat.postMessage', 500, { applied: false });
      const id = owePost();
      expect(await outbox.deliver(id)).toBe('retrying');
      expect(await outbox.deliver(id)).toBe('sent');
      expect(repliesInThread()).toHaveLength(1);
      expect(api.callsTo('chat.postMessage')).toHaveLength(2);
    });

    it('after a crash during the post, finds it instead of posting again', async () => {
      const id = owePost();
      // What a crash leaves: the try recorded, Slack's post made, the row still pending.
      store.retryAt(id, new Date(), 'posting');
      workspace.postMessage({ channel: CHANNEL, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'A follow-up', thread_ts: parentTs, metadata: { event_type: 'lp_coach_owed', event_payload: { call_id: id } } } as never);
      expect(await outbox.deliver(id)).toBe('sent');
      expect(repliesInThread()).toHaveLength(1);
      expect(api.callsTo('chat.postMessage')).toHaveLength(0);
    });

    it('after a crash in a busy thread (1,500 replies after its answer), still finds the post or posts it once', async () => {
      const id = owePost();
      store.retryAt(id, new Date(), 'posting');
      for (let i = 0; i < 1500; i++) workspace.postMessage({ channel: CHANNEL, user: USER, text: `story ${i}`, thread_ts: parentTs } as never);
      expect(await outbox.deliver(id)).toBe('sent');
      expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    });
  });
});
