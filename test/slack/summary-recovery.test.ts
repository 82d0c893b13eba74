import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { HistoryMessage, HistoryPage } from '../../src/features/daily-prompt/reconcile.js';
import type { PostMetadata } from '../../src/features/daily-prompt/slack-calls.js';
import { SummaryService } from '../../src/features/wrap-up/service.js';
import { AnswerStore } from '../../src/store/answers.js';
import { StoryStore } from '../../src/store/stories.js';
import { SummaryStore } from '../../src/store/summaries.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';
import { VoteStore } from '../../src/store/votes.js';
import { PromptStore, type PromptRecord } from '../../src/store/prompts.js';
import { RecordingLogger } from '../unit/recording-logger.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';
import { MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { deliver, userReply } from './thread-events.js';

/**
 * SummaryService's follow-up of wrap-ups and digests of unknown outcome, with a scripted Slack (poster, channel
 * history, thread replies) over the real stores: backoff, bounded posts, windows, read errors, the 2-minute grace of
 * a reservation, one give-up line, and two processes never both posting again.
 */

const HTTP_500 = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 500'), { code: 'slack_webapi_http_error' });
const REFUSED = Object.assign(new Error('An API error occurred: not_in_channel'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } });
const RATELIMITED = Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error' });

interface Posted {
  channel: string;
  threadTs?: string;
  metadata?: PostMetadata;
  ts: string;
}

/** A scripted Slack: each post either lands, fails with an error (after landing when `applied`), as queued. */
class FakeSlack {
  posted: Posted[] = [];
  attempts = 0;
  reads = 0;
  plan: { error: Error; applied?: boolean }[] = [];
  readErrors: Error[] = [];
  private seq = 0;
  poster = {
    postMessage: async (args: { channel: string; threadTs?: string; metadata?: PostMetadata }) => {
      this.attempts += 1;
      const next = this.plan.shift();
      const ts = `1800000000.${String(++this.seq).padStart(6, '0')}`;
      if (next === undefined || next.applied === true) this.posted.push({ channel: args.channel, ...(args.threadTs ? { threadTs: args.threadTs } : {}), ...(args.metadata ? { metadata: args.metadata } : {}), ts });
      if (next !== undefined) throw next.error;
      return { ts };
    },
  };
  private asMessages(filter: (p: Posted) => boolean): HistoryMessage[] {
    return this.posted.filter(filter).map((p) => ({ ts: p.ts, bot_id: 'B0LP', ...(p.metadata ? { metadata: p.metadata } : {}) }));
  }
  private read(): void {
    this.reads += 1;
    const error = this.readErrors.shift();
    if (error !== undefined) throw error;
  }
  history = {
    history: async ({ channel }: { channel: string }): Promise<HistoryPage> => {
      this.read();
      return { messages: this.asMessages((p) => p.channel === channel && p.threadTs === undefined) };
    },
  };
  replies = {
    replies: async ({ channel, ts }: { channel: string; ts: string }): Promise<HistoryPage> => {
      this.read();
      return { messages: this.asMessages((p) => p.channel === channel && p.threadTs === ts) };
    },
  };
}

let h: Harness;
let slack: FakeSlack;
let logger: RecordingLogger;
let prompt: PromptRecord;

function service(fake = slack): SummaryService {
  const db = h.db;
  return new SummaryService({
    answers: new AnswerStore(db),
    coverage: new StoryStore(db),
    votes: new VoteStore(db),
    prompts: new PromptStore(db),
    channels: h.channels,
    summaries: new SummaryStore(db),
    userSettings: new UserSettingsStore(db),
    content: loadContent(),
    clock: () => h.clock.now,
    logger,
    slack: { permalink: async () => 'https://example.slack.com/archives/C/p1' },
    poster: fake.poster,
    history: fake.history,
    replies: fake.replies,
  });
}

const wrapUpRow = () =>
  h.db.prepare('SELECT status, attempts, next_check_at AS nextCheckAt, gave_up_at AS gaveUpAt FROM wrap_ups WHERE prompt_id = ?').get(prompt.id) as
    | { status: string; attempts: number; nextCheckAt: string | null; gaveUpAt: string | null }
    | undefined;
const giveUps = () => logger.lines.filter((line) => line.includes('giving up'));
const minute = (iso: string) => {
  h.clock.now = new Date(iso);
};

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T09:30:00Z'));
  h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error('no prompt');
  prompt = outcome.prompt;
  const { event } = userReply(h, TEAM_CHANNEL, outcome.ts, MEMBER, STRONG_UNLABELLED);
  await deliver(h, event);
  slack = new FakeSlack();
  logger = new RecordingLogger();
});

afterEach(async () => {
  await h.close();
});

describe('wrap-ups of unknown outcome', () => {
  it('are checked with backoff (1, 2, 4, 8 minutes), posted again at most 5 times in all, then given up with one log line', async () => {
    const summaries = service();
    slack.plan = Array.from({ length: 5 }, () => ({ error: HTTP_500 }));
    minute('2026-11-30T17:00:00Z');
    expect(await summaries.wrapUp(prompt, 'close-time')).toBe('failed');
    expect(wrapUpRow()).toMatchObject({ status: 'failed', attempts: 1, nextCheckAt: '2026-11-30T17:01:00.000Z' });

    const checks: string[] = [];
    for (let m = 0; m <= 40; m += 1) {
      minute(new Date(Date.parse('2026-11-30T17:00:30Z') + m * 60_000).toISOString());
      const before = slack.attempts;
      await summaries.runDue();
      if (slack.attempts > before) checks.push(h.clock.now.toISOString().slice(11, 16));
    }
    expect(checks).toEqual(['17:01', '17:03', '17:07', '17:15']);
    expect(slack.attempts).toBe(5);
    expect(wrapUpRow()).toMatchObject({ status: 'failed', attempts: 5 });
    expect(wrapUpRow()?.gaveUpAt).not.toBeNull();
    expect(giveUps()).toHaveLength(1);
    expect(giveUps()[0]).toContain(`wrap-up of prompt ${prompt.id}`);
    const readsAfterGiveUp = slack.reads;
    await summaries.runDue();
    expect(slack.reads).toBe(readsAfterGiveUp);
  });

  it('are recorded when found in the thread, and a refusal frees the reservation as before', async () => {
    const summaries = service();
    slack.plan = [{ error: HTTP_500, applied: true }];
    minute('2026-11-30T17:00:00Z');
    await summaries.wrapUp(prompt, 'close-time');
    minute('2026-11-30T17:01:00Z');
    await summaries.runDue();
    expect(wrapUpRow()).toMatchObject({ status: 'posted', attempts: 1 });
    expect(slack.posted).toHaveLength(1);
    expect(slack.posted[0]).toMatchObject({ threadTs: prompt.messageTs, metadata: { event_type: 'lp_coach_wrap_up', event_payload: { prompt_id: prompt.id } } });

    h.db.prepare('DELETE FROM wrap_ups').run();
    slack.plan = [{ error: REFUSED }];
    expect(await summaries.wrapUp(prompt, 'next-prompt')).toBe('failed');
    expect(wrapUpRow()).toBeUndefined();
  });

  it('a rate limit is followed up like an unknown outcome, and a read that fails is retried later without posting', async () => {
    const summaries = service();
    slack.plan = [{ error: RATELIMITED }];
    minute('2026-11-30T17:00:00Z');
    await summaries.wrapUp(prompt, 'close-time');
    expect(wrapUpRow()?.status).toBe('failed');
    slack.readErrors = [RATELIMITED];
    minute('2026-11-30T17:01:00Z');
    await summaries.runDue();
    expect(slack.attempts).toBe(1);
    expect(wrapUpRow()).toMatchObject({ status: 'failed', nextCheckAt: '2026-11-30T17:02:00.000Z' });
    minute('2026-11-30T17:02:00Z');
    await summaries.runDue();
    expect(wrapUpRow()).toMatchObject({ status: 'posted', attempts: 2 });
    expect(slack.posted).toHaveLength(1);
  });

  it('a reservation left by a crash waits 2 minutes, and is given up once its day is over', async () => {
    const store = new SummaryStore(h.db);
    store.reserveWrapUp(prompt.id, TEAM_CHANNEL, 'close-time', new Date('2026-11-30T23:58:30Z'));
    const summaries = service();
    minute('2026-11-30T23:59:00Z');
    await summaries.runDue();
    expect(slack.reads).toBe(0);
    // Past the end of its day (UTC): looked for once more, not found, not posted, given up once.
    minute('2026-12-01T00:01:00Z');
    await summaries.runDue();
    await summaries.runDue();
    expect(slack.reads).toBe(1);
    expect(slack.attempts).toBe(0);
    expect(giveUps()).toHaveLength(1);
    expect(giveUps()[0]).toContain('the end of its day is over');
  });

  it('two processes following up the same wrap-up post it again once', async () => {
    const first = service();
    slack.plan = [{ error: HTTP_500 }];
    minute('2026-11-30T17:00:00Z');
    await first.wrapUp(prompt, 'close-time');
    // Another process (its own service, same database and Slack).
    const second = service();
    minute('2026-11-30T17:01:00Z');
    await Promise.all([first.runDue(), second.runDue()]);
    expect(slack.posted).toHaveLength(1);
    expect(wrapUpRow()).toMatchObject({ status: 'posted', attempts: 2 });
  });
});

describe('digests of unknown outcome', () => {
  it('are looked for in the channel since the reservation and posted again when missing; given up after 24 h', async () => {
    const summaries = service();
    slack.plan = [{ error: HTTP_500 }];
    minute('2026-12-04T16:00:00Z');
    expect(await summaries.postDigest(TEAM_CHANNEL, '2026-11-30')).toBe('failed');
    minute('2026-12-04T16:01:00Z');
    await summaries.runDue();
    expect(slack.posted).toHaveLength(1);
    expect(slack.posted[0]).toMatchObject({ metadata: { event_type: 'lp_coach_digest', event_payload: { channel_id: TEAM_CHANNEL, week_start: '2026-11-30' } } });
    expect(slack.posted[0]?.threadTs).toBeUndefined();

    // Another week's digest whose reads keep failing: given up once 24 h have passed, logged once.
    const store = new SummaryStore(h.db);
    store.reserveDigest(TEAM_CHANNEL, '2026-11-23', new Date('2026-12-04T16:00:00Z'));
    store.digestFailed(TEAM_CHANNEL, '2026-11-23', 'slack_webapi_http_error', new Date('2026-12-04T16:01:00Z'));
    slack.readErrors = Array.from({ length: 3 }, () => RATELIMITED);
    minute('2026-12-05T16:00:01Z');
    await summaries.runDue();
    await summaries.runDue();
    expect(giveUps()).toHaveLength(1);
    expect(giveUps()[0]).toContain('digest of');
  });
});
