import { afterEach, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import type { Principle, PrincipleId } from '../../src/core/principles.js';
import type { Question } from '../../src/core/questions.js';
import {
  createParentLinker,
  findPromptPost,
  promptIdOf,
  type HistoryMessage,
  type HistoryPage,
  type HistoryQuery,
  type PromptHistory,
  type PromptMetadata,
} from '../../src/features/daily-prompt/reconcile.js';
import { DailyPromptService, type PromptPoster, type RecoveryOptions } from '../../src/features/daily-prompt/service.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { PromptStore, type PromptRecord } from '../../src/store/prompts.js';
import { StoryStore } from '../../src/store/stories.js';
import { RecordingLogger } from './recording-logger.js';

const PRINCIPLES: PrincipleId[] = ['ownership', 'dive-deep', 'frugality'];
const content: Content = {
  principles: PRINCIPLES.map(
    (id): Principle => ({ id, name: `Name of ${id}`, description: `About ${id}, long enough to pass.`, signals: ['a', 'b', 'c'], aliases: [] }),
  ),
  questions: PRINCIPLES.map(
    (id): Question => ({ id: `${id}-1`, principle: id, text: `A question about ${id}?`, probes: [{ kind: 'metrics', text: 'How much?' }] }),
  ),
};

const BOT = 'B0LPCOACH';

function platformError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), { code: 'slack_webapi_platform_error', data: { ok: false, error: code } });
}
function httpError(status: number): Error {
  return Object.assign(new Error(`An HTTP protocol error occurred: statusCode = ${status}`), { code: 'slack_webapi_http_error', statusCode: status });
}
function requestTimeout(): Error {
  return Object.assign(new Error('A request error occurred: timeout of 30000ms exceeded'), { code: 'slack_webapi_request_error' });
}

interface ChannelMessage extends HistoryMessage {
  channel: string;
  text: string;
}

/**
 * Slack as the daily prompt sees it: posts land in `messages` (with their metadata) unless a failure says the call
 * was not applied; history reads them back newest first, paged by index.
 */
class FakeSlack implements PromptPoster, PromptHistory {
  messages: ChannelMessage[] = [];
  postCalls: { channel: string; metadata?: PromptMetadata }[] = [];
  historyCalls: HistoryQuery[] = [];
  postFailures: { error: unknown; applied: boolean }[] = [];
  historyFailures: unknown[] = [];
  private seq = 0;

  constructor(private readonly clock: { now: Date }) {}

  nextTs(): string {
    this.seq += 1;
    return `${Math.floor(this.clock.now.getTime() / 1000)}.${String(this.seq).padStart(6, '0')}`;
  }

  async postMessage(args: { channel: string; text: string; blocks: unknown[]; metadata?: PromptMetadata }): Promise<{ ts: string }> {
    this.postCalls.push({ channel: args.channel, ...(args.metadata === undefined ? {} : { metadata: args.metadata }) });
    const failure = this.postFailures.shift();
    const ts = this.nextTs();
    if (failure === undefined || failure.applied) {
      this.messages.push({ channel: args.channel, text: args.text, ts, bot_id: BOT, ...(args.metadata === undefined ? {} : { metadata: args.metadata }) });
    }
    if (failure !== undefined) throw failure.error;
    return { ts };
  }

  async history(query: HistoryQuery): Promise<HistoryPage> {
    this.historyCalls.push(query);
    const failure = this.historyFailures.shift();
    if (failure !== undefined) throw failure;
    const num = (ts: string) => Number(ts);
    const all = this.messages
      .filter((m) => m.channel === query.channel)
      .filter((m) => query.oldest === undefined || num(m.ts) >= num(query.oldest))
      .filter((m) => query.latest === undefined || num(m.ts) <= num(query.latest))
      .reverse();
    const start = query.cursor === undefined ? 0 : Number(query.cursor);
    const page = all.slice(start, start + query.limit);
    return { messages: page, ...(start + query.limit < all.length ? { nextCursor: String(start + query.limit) } : {}) };
  }

  postsIn(channel: string): ChannelMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }
}

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

// Monday 2 March 2026, prompts at 09:30 UTC.
const DUE = '2026-03-02T09:30:00.000Z';
const DAY = '2026-03-02';

function setUp(options: { now?: string; db?: Db; slack?: FakeSlack; clock?: { now: Date }; recovery?: Partial<RecoveryOptions>; noHistory?: boolean } = {}) {
  const db = options.db ?? openDatabase(':memory:');
  if (options.db === undefined) open.push(db);
  const clock = options.clock ?? { now: new Date(options.now ?? DUE) };
  const slack = options.slack ?? new FakeSlack(clock);
  const logger = new RecordingLogger();
  const channels = new ChannelStore(db, () => clock.now);
  const prompts = new PromptStore(db);
  const wrapUps: PromptRecord[] = [];
  const service = new DailyPromptService({
    channels,
    prompts,
    coverage: new StoryStore(db),
    content,
    poster: slack,
    ...(options.noHistory ? {} : { history: slack }),
    ...(options.recovery === undefined ? {} : { recovery: options.recovery }),
    clock: () => clock.now,
    random: () => 0,
    logger,
    onPosted: async (prompt) => {
      wrapUps.push(prompt);
    },
  });
  channels.upsertSchedule({ channelId: 'C1', promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  const at = (iso: string) => {
    clock.now = new Date(iso);
  };
  return { db, clock, slack, logger, prompts, service, wrapUps, at };
}

describe('daily prompt posts carry their prompt id as message metadata', () => {
  it('posts { event_type: lp_coach_prompt, event_payload: { prompt_id } }', async () => {
    const app = setUp();
    const [outcome] = await app.service.runDue();
    expect(outcome).toMatchObject({ status: 'posted' });
    const id = outcome?.status === 'posted' ? outcome.prompt.id : -1;
    expect(app.slack.postCalls).toEqual([{ channel: 'C1', metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: id } } }]);
    expect(app.slack.historyCalls).toEqual([]);
  });
});

describe('DailyPromptService: a post of unknown outcome is looked for before posting again', () => {
  it('HTTP 500 after Slack posted: the next check finds the post and records its ts; nothing is posted again', async () => {
    const app = setUp();
    app.slack.postFailures.push({ error: httpError(500), applied: true });
    expect(await app.service.runDue()).toMatchObject([{ status: 'failed', error: 'slack_webapi_http_error', released: false }]);
    expect(app.prompts.findSlot('C1', DAY)).toMatchObject({ status: 'failed' });
    expect(app.logger.lines.some((l) => l.startsWith('error') && l.includes('outcome unknown; the channel is checked'))).toBe(true);

    // Backoff: the next tick, within a minute, does not read the channel yet.
    app.at('2026-03-02T09:30:30.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'failed' } }]);
    expect(app.slack.historyCalls).toHaveLength(0);

    app.at('2026-03-02T09:31:00.000Z');
    const [outcome] = await app.service.runDue();
    const [message] = app.slack.postsIn('C1');
    expect(outcome).toMatchObject({ status: 'already-posted', reconciled: true, prompt: { status: 'posted', messageTs: message?.ts } });
    expect(app.slack.postsIn('C1')).toHaveLength(1);
    expect(app.slack.postCalls).toHaveLength(1);
    expect(app.prompts.findSlot('C1', DAY)).toMatchObject({ status: 'posted', messageTs: message?.ts, error: null });
    expect(app.prompts.findByMessage('C1', message!.ts)?.status).toBe('posted');
    // It read the channel since (a little before) the claim, with the metadata.
    expect(app.slack.historyCalls[0]).toMatchObject({ channel: 'C1', inclusive: true });
    expect(Number(app.slack.historyCalls[0]?.oldest)).toBeLessThanOrEqual(Date.parse(DUE) / 1000);
    // The wrap-up hook runs as after a post.
    expect(app.wrapUps.map((p) => p.messageTs)).toEqual([message?.ts]);

    app.at('2026-03-02T09:40:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'posted' } }]);
    expect(app.slack.historyCalls).toHaveLength(1);
  });

  it('HTTP 500 before Slack posted (or a timeout): not found, so the same prompt is posted again once', async () => {
    const app = setUp();
    app.slack.postFailures.push({ error: requestTimeout(), applied: false });
    const [first] = await app.service.runDue();
    expect(first).toMatchObject({ status: 'failed', released: false });
    const claimed = app.prompts.findSlot('C1', DAY)!;

    app.at('2026-03-02T09:31:00.000Z');
    const [outcome] = await app.service.runDue();
    expect(outcome).toMatchObject({ status: 'posted', prompt: { id: claimed.id, questionId: claimed.questionId } });
    const posts = app.slack.postsIn('C1');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.metadata?.event_payload?.prompt_id).toBe(claimed.id);
    expect(app.prompts.findSlot('C1', DAY)).toMatchObject({ status: 'posted', messageTs: posts[0]?.ts });
    expect(app.logger.lines.some((l) => l.startsWith('warn') && l.includes('not found in the channel') && l.includes('posting it again'))).toBe(true);
  });

  it('backs off between attempts (1, 2, 4 min...) and gives up after maxPosts, never posting twice', async () => {
    const app = setUp({ recovery: { maxPosts: 3 } });
    for (let i = 0; i < 5; i += 1) app.slack.postFailures.push({ error: httpError(503), applied: false });
    await app.service.runDue(); // attempt 1 at 09:30, next check from 09:31
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'failed' }]); // attempt 2, next check from 09:33
    app.at('2026-03-02T09:32:30.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted' }]);
    expect(app.slack.postCalls).toHaveLength(2);
    app.at('2026-03-02T09:33:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'failed' }]); // attempt 3, next check from 09:37
    app.at('2026-03-02T09:37:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted' }]); // checked, not found: gives up
    expect(app.logger.lines.some((l) => l.startsWith('error') && l.includes('giving up for today'))).toBe(true);
    const checks = app.slack.historyCalls.length;
    app.at('2026-03-02T10:30:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted' }]);
    expect(app.slack.postCalls).toHaveLength(3);
    expect(app.slack.historyCalls).toHaveLength(checks);
    expect(app.slack.postsIn('C1')).toHaveLength(0);
  });

  it('when the channel cannot be read, posts nothing and checks again later', async () => {
    const app = setUp();
    app.slack.postFailures.push({ error: httpError(500), applied: true });
    await app.service.runDue();
    app.slack.historyFailures.push(Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error' }));
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'failed' } }]);
    expect(app.slack.postCalls).toHaveLength(1);
    expect(app.logger.lines.some((l) => l.startsWith('warn') && l.includes('conversations.history failed'))).toBe(true);
    app.at('2026-03-02T09:32:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', reconciled: true }]);
    expect(app.slack.postsIn('C1')).toHaveLength(1);
  });

  it('a refusal (ok:false) still frees the slot at once, and the next tick posts afresh', async () => {
    const app = setUp();
    app.slack.postFailures.push({ error: platformError('not_in_channel'), applied: false });
    expect(await app.service.runDue()).toMatchObject([{ status: 'failed', error: 'not_in_channel', released: true }]);
    expect(app.prompts.findSlot('C1', DAY)).toBeUndefined();
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'posted' }]);
    expect(app.slack.historyCalls).toHaveLength(0);
  });

  it('a refusal of the second post frees the slot too', async () => {
    const app = setUp();
    app.slack.postFailures.push({ error: httpError(502), applied: false }, { error: platformError('channel_not_found'), applied: false });
    await app.service.runDue();
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'failed', error: 'channel_not_found', released: true }]);
    expect(app.prompts.findSlot('C1', DAY)).toBeUndefined();
  });

  it('gives up once the catch-up window after the claim is over', async () => {
    const app = setUp({ recovery: { maxPosts: 10 } });
    app.slack.postFailures.push({ error: httpError(500), applied: false });
    await app.service.runDue();
    app.at('2026-03-02T15:31:00.000Z'); // more than 6 h after the claim
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted' }]);
    expect(app.slack.postCalls).toHaveLength(1);
    expect(app.logger.lines.some((l) => l.includes('catch-up window is over'))).toBe(true);
  });

  it('without a history reader keeps today’s behaviour: the slot stays held, nothing is read or posted again', async () => {
    const app = setUp({ noHistory: true });
    app.slack.postFailures.push({ error: httpError(500), applied: true });
    await app.service.runDue();
    app.at('2026-03-02T09:45:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'failed' } }]);
    expect(app.slack.historyCalls).toHaveLength(0);
    expect(app.logger.lines.some((l) => l.includes('not retried today'))).toBe(true);
  });
});

describe('DailyPromptService: a claim left by a crash', () => {
  function claim(app: ReturnType<typeof setUp>, at: string): PromptRecord {
    return app.prompts.reserveSlot({ channelId: 'C1', localDate: DAY, principleId: 'dive-deep', questionId: 'dive-deep-1', source: 'scheduled', at: new Date(at) })!;
  }

  it('after a crash after Slack posted: at start-up the post is found and recorded, nothing new is posted', async () => {
    const before = setUp();
    const prompt = claim(before, DUE);
    // Slack posted it, then the process died before recording the ts.
    before.slack.messages.push({ channel: 'C1', text: 'prompt', ts: before.slack.nextTs(), bot_id: BOT, metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: prompt.id } } });

    const after = setUp({ db: before.db, slack: before.slack, clock: before.clock });
    before.at('2026-03-02T09:30:20.000Z');
    expect(await after.service.runDue()).toMatchObject([{ status: 'already-posted', reconciled: true, prompt: { id: prompt.id, status: 'posted' } }]);
    expect(after.slack.postCalls).toHaveLength(0);
    expect(after.prompts.findSlot('C1', DAY)?.messageTs).toBe(before.slack.messages[0]?.ts);
  });

  it('after a crash before Slack posted: waits out the grace period (it may be in flight elsewhere), then posts', async () => {
    const app = setUp();
    const prompt = claim(app, DUE);
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'reserved' } }]);
    expect(app.slack.postCalls).toHaveLength(0);
    app.at('2026-03-02T09:31:30.000Z');
    await app.service.runDue();
    expect(app.slack.historyCalls).toHaveLength(1); // waiting until the grace period is over, without reading again
    app.at('2026-03-02T09:32:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'posted', prompt: { id: prompt.id } }]);
    expect(app.slack.postsIn('C1')).toHaveLength(1);
  });

  it('never reconciles a claim this process is posting right now', async () => {
    const app = setUp();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const post = app.slack.postMessage.bind(app.slack);
    app.slack.postMessage = async (args) => {
      await gate;
      return post(args);
    };
    const posting = app.service.runDue();
    await new Promise((resolve) => setTimeout(resolve, 5));
    app.at('2026-03-02T09:45:00.000Z');
    expect(await app.service.runDue()).toMatchObject([{ status: 'already-posted', prompt: { status: 'reserved' } }]);
    release();
    expect(await posting).toMatchObject([{ status: 'posted' }]);
    expect(app.slack.historyCalls).toHaveLength(0);
    expect(app.slack.postsIn('C1')).toHaveLength(1);
  });
});

describe('findPromptPost', () => {
  // botId null: a message without bot_id (a person's).
  const message = (ts: string, promptId: number | undefined, botId: string | null = BOT): HistoryMessage => ({
    ts,
    ...(botId === null ? {} : { bot_id: botId }),
    ...(promptId === undefined ? {} : { metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: promptId } } }),
  });

  it('reads page after page until it finds the post; not-found only after the last page', async () => {
    const pages: HistoryPage[] = [
      { messages: [message('5.0', undefined), message('4.0', 8)], nextCursor: 'p2' },
      { messages: [message('3.0', 9, null), message('2.0', 9)], nextCursor: '' },
    ];
    const calls: HistoryQuery[] = [];
    const history: PromptHistory = { history: async (q) => (calls.push(q), pages[calls.length - 1]!) };
    expect(await findPromptPost(history, { channelId: 'C1', promptId: 9, since: new Date(1000) })).toEqual({ kind: 'found', ts: '2.0' });
    expect(calls.map((c) => c.cursor)).toEqual([undefined, 'p2']);
    expect(calls[0]).toMatchObject({ channel: 'C1', oldest: '1.000000', inclusive: true });
    calls.length = 0;
    expect(await findPromptPost(history, { channelId: 'C1', promptId: 10, since: new Date(1000) })).toEqual({ kind: 'not-found', messagesRead: 4 });
  });

  it('is unknown when a read fails or the pages run out before the end', async () => {
    const failing: PromptHistory = { history: async () => Promise.reject(platformError('missing_scope')) };
    expect(await findPromptPost(failing, { channelId: 'C1', promptId: 1, since: new Date(0) })).toEqual({ kind: 'unknown', reason: 'missing_scope' });
    const endless: PromptHistory = { history: async () => ({ messages: [message('1.0', 2)], nextCursor: 'more' }) };
    expect(await findPromptPost(endless, { channelId: 'C1', promptId: 1, since: new Date(0) }, { maxPages: 3 })).toMatchObject({ kind: 'unknown' });
  });

  it('promptIdOf trusts only app posts with the lp_coach_prompt type and a positive integer id', () => {
    expect(promptIdOf(message('1.0', 4))).toBe(4);
    expect(promptIdOf(message('1.0', 4, null))).toBeUndefined();
    expect(promptIdOf({ ts: '1.0', bot_id: BOT, metadata: { event_type: 'other', event_payload: { prompt_id: 4 } } })).toBeUndefined();
    expect(promptIdOf({ ts: '1.0', bot_id: BOT, metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: '12' } } })).toBe(12);
    expect(promptIdOf({ ts: '1.0', bot_id: BOT, metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: -1 } } })).toBeUndefined();
    expect(promptIdOf({ ts: '1.0', bot_id: BOT })).toBeUndefined();
  });
});

describe('linkUnknownParent', () => {
  function linkerSetUp(options: { maxRemembered?: number } = {}) {
    const app = setUp();
    const linker = createParentLinker({
      prompts: app.prompts,
      history: app.slack,
      logger: app.logger,
      clock: () => app.clock.now,
      retryAfterErrorMs: 60_000,
      ...options,
    });
    const failedPrompt = (): PromptRecord => {
      const prompt = app.prompts.reserveSlot({ channelId: 'C1', localDate: DAY, principleId: 'ownership', questionId: 'ownership-1', source: 'scheduled', at: new Date(DUE) })!;
      app.prompts.markFailed(prompt.id, 'slack_webapi_http_error');
      return prompt;
    };
    const post = (metadata?: PromptMetadata, channel = 'C1'): string => {
      const ts = app.slack.nextTs();
      app.slack.messages.push({ channel, text: 'x', ts, bot_id: BOT, ...(metadata === undefined ? {} : { metadata }) });
      return ts;
    };
    return { ...app, linker, failedPrompt, post };
  }
  const meta = (id: number): PromptMetadata => ({ event_type: 'lp_coach_prompt', event_payload: { prompt_id: id } });

  it('links a prompt of unknown outcome from its message’s metadata with one read, and returns it', async () => {
    const app = linkerSetUp();
    const prompt = app.failedPrompt();
    const ts = app.post(meta(prompt.id));
    app.post(); // a later message in the channel: the read is bounded to the parent
    const linked = await app.linker.linkUnknownParent('C1', ts);
    expect(linked).toMatchObject({ id: prompt.id, status: 'posted', messageTs: ts, error: null });
    expect(app.slack.historyCalls).toEqual([{ channel: 'C1', latest: ts, inclusive: true, limit: 1 }]);
    expect(app.prompts.findByMessage('C1', ts)?.status).toBe('posted');
    // Known now: no further read.
    expect(await app.linker.linkUnknownParent('C1', ts)).toMatchObject({ id: prompt.id });
    expect(app.slack.historyCalls).toHaveLength(1);
  });

  it('remembers a parent that is not a prompt: a busy thread, even replies arriving together, costs one read', async () => {
    const app = linkerSetUp();
    const ts = app.post();
    const results = await Promise.all([1, 2, 3].map(() => app.linker.linkUnknownParent('C1', ts)));
    expect(results).toEqual([undefined, undefined, undefined]);
    for (let i = 0; i < 20; i += 1) expect(await app.linker.linkUnknownParent('C1', ts)).toBeUndefined();
    expect(app.slack.historyCalls).toHaveLength(1);
  });

  it('forgets the oldest parents past its bound', async () => {
    const app = linkerSetUp({ maxRemembered: 2 });
    const [a, b, c] = [app.post(), app.post(), app.post()];
    for (const ts of [a, b, c]) await app.linker.linkUnknownParent('C1', ts);
    expect(app.slack.historyCalls).toHaveLength(3);
    await app.linker.linkUnknownParent('C1', c);
    expect(app.slack.historyCalls).toHaveLength(3);
    await app.linker.linkUnknownParent('C1', a);
    expect(app.slack.historyCalls).toHaveLength(4);
  });

  it('after a failed read, tries again only after a while', async () => {
    const app = linkerSetUp();
    const prompt = app.failedPrompt();
    const ts = app.post(meta(prompt.id));
    app.slack.historyFailures.push(Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error' }));
    expect(await app.linker.linkUnknownParent('C1', ts)).toBeUndefined();
    expect(await app.linker.linkUnknownParent('C1', ts)).toBeUndefined();
    expect(app.slack.historyCalls).toHaveLength(1);
    app.at('2026-03-02T09:31:00.000Z');
    expect(await app.linker.linkUnknownParent('C1', ts)).toMatchObject({ id: prompt.id, status: 'posted' });
  });

  it('does not link a prompt of another channel, a missing row, or a prompt already posted with another message', async () => {
    const app = linkerSetUp();
    const prompt = app.failedPrompt();
    const elsewhere = app.post(meta(prompt.id), 'C2');
    expect(await app.linker.linkUnknownParent('C2', elsewhere)).toBeUndefined();
    expect(await app.linker.linkUnknownParent('C1', app.post(meta(9999)))).toBeUndefined();
    const real = app.post(meta(prompt.id));
    app.prompts.markPosted(prompt.id, real, new Date(DUE));
    expect(await app.linker.linkUnknownParent('C1', app.post(meta(prompt.id)))).toBeUndefined();
    expect(app.prompts.findById(prompt.id)?.messageTs).toBe(real);
    expect(await app.linker.linkUnknownParent('C1', real)).toMatchObject({ id: prompt.id });
  });
});
