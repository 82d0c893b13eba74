import type { Content } from '../../core/content.js';
import { principleName } from '../../core/principles.js';
import { parseFeedback, type Feedback } from '../../core/rubric/index.js';
import { addDays, localDateOf, zonedInstant } from '../../core/schedule.js';
import { computeStreak } from '../../core/streak.js';
import { countedPromptDays } from '../../core/availability.js';
import { closeTimeDue, coverageCells, digestDueWeek, principleToPractise, summarizeThread } from '../../core/thread/summaries.js';
import type { AppLogger } from '../../logger.js';
import { slackErrorCode, slackRefusalCode } from '../../slack/slack-errors.js';
import type { AnswerStore, RankedStory } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import {
  appMetadataPayload,
  findChannelPost,
  findThreadPost,
  positiveIdOf,
  type HistoryMessage,
  type PostSearch,
  type PromptHistory,
  type ThreadReplies,
} from '../daily-prompt/reconcile.js';
import { RECOVERY_DEFAULTS, recoveryDelay, type TeamCoverageSource } from '../daily-prompt/service.js';
import type { MetadataPoster, PostMetadata } from '../daily-prompt/slack-calls.js';
import type { PromptRecord, PromptStore } from '../../store/prompts.js';
import type { SummaryStore, UnsettledDigest, UnsettledSummary, UnsettledWrapUp, WrapUpReason } from '../../store/summaries.js';
import type { UserSettingsStore } from '../../store/user-settings.js';
import type { VoteStore } from '../../store/votes.js';
import type { ThreadSlack } from '../thread-answers/slack-calls.js';
import { buildDigestMessage, buildWrapUpMessage, type PublicStory } from './views.js';

export interface SummaryDeps {
  answers: AnswerStore;
  /** The same team coverage the daily prompt chooses from, so the digest's "practise next" agrees with it. */
  coverage: TeamCoverageSource;
  votes: VoteStore;
  prompts: PromptStore;
  channels: ChannelStore;
  summaries: SummaryStore;
  userSettings: UserSettingsStore;
  content: Content;
  clock: () => Date;
  logger: AppLogger;
  /** Permalinks of the stories shown. */
  slack: Pick<ThreadSlack, 'permalink'>;
  /**
   * Posts wrap-ups and digests with their metadata. Meant for the post-once client (metadataPoster over
   * createPostOnceClient): it never repeats a post on its own, since after a timeout Slack may already have posted.
   */
  poster: MetadataPoster;
  /** Reads the channel back (`conversations.history` with metadata), to find a digest of unknown outcome. */
  history: PromptHistory;
  /** Reads a prompt's thread back (`conversations.replies` with metadata), to find a wrap-up of unknown outcome. */
  replies: ThreadReplies;
  /** Timing of that follow-up; SUMMARY_RECOVERY_DEFAULTS for what is not given. */
  recovery?: Partial<SummaryRecoveryOptions>;
  /** The week's mock loops of the channel, for the digest (counts only). */
  mockLoops?: { weekCounts(channelId: string, weekStart: string): { paired: number; held: number } | undefined };
  /** Snoozes (AvailabilityStore): a prompt day a person was snoozed on and did not answer never breaks their streak. */
  snoozes?: { snoozeCheck(userId: string): (localDate: string) => boolean };
}

export type SummaryOutcome = 'posted' | 'already-done' | 'nothing-to-say' | 'failed';

/** The metadata event types of wrap-up and digest posts. */
export const WRAP_UP_EVENT_TYPE = 'lp_coach_wrap_up';
export const DIGEST_EVENT_TYPE = 'lp_coach_digest';

export function wrapUpMetadata(promptId: number): PostMetadata {
  return { event_type: WRAP_UP_EVENT_TYPE, event_payload: { prompt_id: promptId } };
}

export function digestMetadata(channelId: string, weekStart: string): PostMetadata {
  return { event_type: DIGEST_EVENT_TYPE, event_payload: { channel_id: channelId, week_start: weekStart } };
}

/** Whether a message is the app's wrap-up of prompt `promptId` (by its metadata). */
export function isWrapUpOf(message: HistoryMessage, promptId: number): boolean {
  return positiveIdOf(appMetadataPayload(message, WRAP_UP_EVENT_TYPE)?.prompt_id) === promptId;
}

/** Whether a message is the app's digest of the channel's week (by its metadata). */
export function isDigestOf(message: HistoryMessage, channelId: string, weekStart: string): boolean {
  const payload = appMetadataPayload(message, DIGEST_EVENT_TYPE);
  return payload?.channel_id === channelId && payload.week_start === weekStart;
}

/** How a wrap-up or digest of unknown outcome is followed up (see SummaryService). */
export interface SummaryRecoveryOptions {
  /** Wait before the first check after an unknown outcome; doubled after each further post, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Posts of one wrap-up or digest whose outcome was unknown, at most; then it is given up. */
  maxPosts: number;
  /** A reservation younger than this may be a post in flight (here or in another process); older, a crash left it. */
  reservedGraceMs: number;
  /** The channel is read from this long before the reservation, for clocks that differ between the app and Slack. */
  clockSkewMs: number;
  /** A digest is followed up for this long after its reservation (a wrap-up until the end of its local day). */
  digestLifetimeMs: number;
}

export const SUMMARY_RECOVERY_DEFAULTS: SummaryRecoveryOptions = {
  firstDelayMs: RECOVERY_DEFAULTS.firstDelayMs,
  maxDelayMs: RECOVERY_DEFAULTS.maxDelayMs,
  maxPosts: RECOVERY_DEFAULTS.maxPosts,
  reservedGraceMs: RECOVERY_DEFAULTS.reservedGraceMs,
  clockSkewMs: RECOVERY_DEFAULTS.clockSkewMs,
  digestLifetimeMs: 24 * 3_600_000,
};

/** Read errors that say the thing to look in is gone for good: no use reading again. */
const GONE = new Set(['thread_not_found', 'channel_not_found', 'is_archived', 'not_in_channel']);

/** One wrap-up or digest row, as the shared delivery and follow-up code sees it. */
interface Target {
  key: string;
  /** For the log: `wrap-up of prompt 12 in C1`, `digest of C1 for the week of 2026-11-30`. */
  label: string;
  channelId: string;
  posted(ts: string): void;
  release(): void;
  failed(error: string, nextCheckAt: Date): void;
  claim(attempts: number, nextCheckAt: Date): boolean;
  defer(nextCheckAt: Date): void;
  giveUp(at: Date): boolean;
}

interface Post {
  channel: string;
  threadTs?: string;
  text: string;
  blocks: unknown[];
  metadata: PostMetadata;
}

const TOP_STORIES_IN_DIGEST = 3;
const STREAK_LOOKBACK_DAYS = 28;
const STREAKS_SHOWN = 5;

/**
 * Wrap-ups in a prompt's thread and the weekly digest. Each is reserved in SQLite before Slack is called (one
 * wrap-up per prompt, one digest per channel and week), so ticks, restarts and a second process never post twice.
 *
 * Each post carries metadata (`lp_coach_wrap_up` {prompt_id}, `lp_coach_digest` {channel_id, week_start}) and goes
 * through a client that never repeats a post on its own. A refusal (ok:false) frees the reservation, as before. When
 * the outcome is unknown (a timeout, a network error, an HTTP 5xx, a rate limit) or a crash left the reservation,
 * the minute tick (runDue) looks for the post: the prompt's thread (`conversations.replies`) for a wrap-up, the
 * channel since the reservation (`conversations.history`) for a digest. Found: recorded as posted. Not found: posted
 * again, with backoff, at most `maxPosts` posts, until the end of that local day for a wrap-up and for 24 h for a
 * digest; giving up is logged once.
 */
export class SummaryService {
  private readonly recoveryOptions: SummaryRecoveryOptions;
  /** Rows this process is posting or looking for right now: never followed up by a concurrent run. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: SummaryDeps) {
    this.recoveryOptions = { ...SUMMARY_RECOVERY_DEFAULTS, ...deps.recovery };
  }

  /** DailyPromptService calls this after posting: the previous prompt of the channel gets its wrap-up. */
  async afterPromptPosted(prompt: PromptRecord): Promise<void> {
    const previous = this.deps.prompts.postedBefore(prompt);
    if (previous !== undefined) await this.wrapUp(previous, 'next-prompt');
  }

  /**
   * The minute tick: close-time wrap-ups, then digests, then the follow-up of wrap-ups and digests of unknown
   * outcome. One channel's (or row's) failure never stops the others.
   */
  async runDue(): Promise<void> {
    for (const channel of this.deps.channels.listEnabled()) {
      try {
        const settings = this.deps.channels.threadSettings(channel.channelId);
        const now = this.deps.clock();
        if (settings.closeTime !== null) {
          const latest = this.deps.prompts.latestPosted(channel.channelId);
          if (latest?.postedAt != null && closeTimeDue(now, channel.timezone, settings.closeTime, { localDate: latest.localDate, postedAt: latest.postedAt })) {
            if (!this.deps.summaries.hasWrapUp(latest.id)) await this.wrapUp(latest, 'close-time');
          }
        }
        if (settings.digest !== null) {
          const week = digestDueWeek(now, channel.timezone, settings.digest);
          if (week !== undefined) await this.postDigest(channel.channelId, week);
        }
      } catch (error) {
        this.deps.logger.error(`wrap-up/digest for ${channel.channelId} failed:`, error);
      }
    }
    await this.recoverUnsettled();
  }

  async wrapUp(prompt: PromptRecord, reason: WrapUpReason): Promise<SummaryOutcome> {
    const { answers, summaries, clock } = this.deps;
    if (prompt.messageTs === null) return 'nothing-to-say';
    // An empty thread gets no wrap-up: nothing to celebrate, and a quiet channel stays quiet.
    if (answers.storiesOfPrompt(prompt.id).length === 0) return 'nothing-to-say';
    if (!summaries.reserveWrapUp(prompt.id, prompt.channelId, reason, clock())) return 'already-done';
    const target = this.wrapUpTarget(prompt.id, prompt.channelId);
    return this.exclusively(target.key, async () => {
      const post = await this.wrapUpPost(prompt);
      if (post === undefined) {
        target.release();
        return 'nothing-to-say';
      }
      return this.send(target, post, 1);
    });
  }

  async postDigest(channelId: string, weekStart: string): Promise<SummaryOutcome> {
    const { prompts, summaries, clock } = this.deps;
    // A week without a prompt (paused, holidays) has nothing to digest.
    if (!hasPromptInWeek(prompts.postedDates(channelId), weekStart)) return 'nothing-to-say';
    if (!summaries.reserveDigest(channelId, weekStart, clock())) return 'already-done';
    const target = this.digestTarget(channelId, weekStart);
    return this.exclusively(target.key, async () => this.send(target, await this.digestPost(channelId, weekStart), 1));
  }

  /**
   * Follows up every wrap-up and digest whose post has no known ts (see the class comment). Never throws. Returns
   * how many were recorded as posted on this run (found, or posted again).
   */
  async recoverUnsettled(): Promise<number> {
    let settled = 0;
    let wrapUps: UnsettledWrapUp[];
    let digests: UnsettledDigest[];
    try {
      wrapUps = this.deps.summaries.unsettledWrapUps();
      digests = this.deps.summaries.unsettledDigests();
    } catch (error) {
      this.deps.logger.error('wrap-up/digest follow-up: cannot list them:', error);
      return 0;
    }
    for (const row of wrapUps) {
      try {
        if ((await this.recoverWrapUp(row)) === 'posted') settled += 1;
      } catch (error) {
        this.deps.logger.error(`wrap-up of prompt ${row.promptId} in ${row.channelId}: follow-up failed:`, error);
      }
    }
    for (const row of digests) {
      try {
        if ((await this.recoverDigest(row)) === 'posted') settled += 1;
      } catch (error) {
        this.deps.logger.error(`digest of ${row.channelId} for the week of ${row.weekStart}: follow-up failed:`, error);
      }
    }
    return settled;
  }

  private async recoverWrapUp(row: UnsettledWrapUp): Promise<SummaryOutcome | undefined> {
    const target = this.wrapUpTarget(row.promptId, row.channelId);
    const zone = this.deps.channels.get(row.channelId)?.timezone ?? 'UTC';
    const reservedDay = localDateOf(new Date(row.createdAt), zone);
    const deadline = zonedInstant(addDays(reservedDay, 1), '00:00', zone).getTime();
    const prompt = this.deps.prompts.findById(row.promptId);
    const threadTs = prompt?.messageTs ?? null;
    return this.recover(row, target, {
      deadline,
      window: 'the end of its day',
      search: () =>
        threadTs === null
          ? Promise.resolve<PostSearch>({ kind: 'unknown', reason: 'thread_not_found' })
          : findThreadPost(this.deps.replies, { channelId: row.channelId, threadTs }, (message) => isWrapUpOf(message, row.promptId)),
      build: async () => (prompt === undefined || prompt.messageTs === null ? undefined : this.wrapUpPost(prompt)),
    });
  }

  private async recoverDigest(row: UnsettledDigest): Promise<SummaryOutcome | undefined> {
    const target = this.digestTarget(row.channelId, row.weekStart);
    const since = new Date(Date.parse(row.createdAt) - this.recoveryOptions.clockSkewMs);
    return this.recover(row, target, {
      deadline: Date.parse(row.createdAt) + this.recoveryOptions.digestLifetimeMs,
      window: `${Math.round(this.recoveryOptions.digestLifetimeMs / 3_600_000)} h`,
      search: () => findChannelPost(this.deps.history, { channelId: row.channelId, since }, (message) => isDigestOf(message, row.channelId, row.weekStart)),
      build: async () =>
        hasPromptInWeek(this.deps.prompts.postedDates(row.channelId), row.weekStart) ? this.digestPost(row.channelId, row.weekStart) : undefined,
    });
  }

  /**
   * One row of unknown outcome, when its check is due: looks for the post by its metadata. Found: recorded. Not
   * found: posted again (claimed first), unless the posts are used up or the window is over (given up, logged once).
   * A reservation younger than the grace period may still be in flight and is left alone.
   */
  private async recover(
    row: UnsettledSummary,
    target: Target,
    how: { deadline: number; window: string; search: () => Promise<PostSearch>; build: () => Promise<Post | undefined> },
  ): Promise<SummaryOutcome | undefined> {
    const { clock, logger } = this.deps;
    const options = this.recoveryOptions;
    if (this.inFlight.has(target.key)) return undefined;
    const now = clock().getTime();
    const dueAt = row.status === 'reserved' ? Date.parse(row.createdAt) + options.reservedGraceMs : row.nextCheckAt === null ? 0 : Date.parse(row.nextCheckAt);
    if (now < dueAt) return undefined;

    return this.exclusively(target.key, async () => {
      const giveUp = (why: string): undefined => {
        if (target.giveUp(clock())) logger.error(`${target.label}: ${why}; giving up (not posted again)`);
        return undefined;
      };
      const pastWindow = now >= how.deadline;
      const search = await how.search();

      if (search.kind === 'found') {
        target.posted(search.ts);
        logger.info(`${target.label}: found its post in Slack (ts ${search.ts}); recorded, not posted again`);
        return 'posted';
      }
      if (search.kind === 'unknown') {
        if (GONE.has(search.reason)) return giveUp(`cannot look for its post (${search.reason})`);
        if (pastWindow) return giveUp(`cannot look for its post (${search.reason}) and ${how.window} is over`);
        const next = new Date(clock().getTime() + recoveryDelay(this.recoveryOptions, row.attempts));
        target.defer(next);
        logger.warn(`${target.label}: cannot look for its post (${search.reason}); not posted again, next check from ${next.toISOString()}`);
        return undefined;
      }
      if (row.attempts >= options.maxPosts) return giveUp(`not found in Slack after ${row.attempts} post(s) of unknown outcome`);
      if (pastWindow) return giveUp(`not found in Slack after ${row.attempts} post(s) of unknown outcome, and ${how.window} is over`);
      const post = await how.build();
      if (post === undefined) return giveUp('not found in Slack, and there is nothing to post any more');
      const attempt = row.attempts + 1;
      // Claim this post first: another process following the same row up finds the attempts changed and waits.
      if (!target.claim(row.attempts, new Date(clock().getTime() + recoveryDelay(this.recoveryOptions, attempt)))) return undefined;
      logger.warn(`${target.label}: not found in Slack (${search.messagesRead} messages read); posting it again (attempt ${attempt})`);
      return this.send(target, post, attempt);
    });
  }

  /** Posts `post` (attempt `attempt`) and records what came of it. */
  private async send(target: Target, post: Post, attempt: number): Promise<SummaryOutcome> {
    const { poster, clock, logger } = this.deps;
    try {
      const { ts } = await poster.postMessage(post);
      target.posted(ts);
      if (attempt > 1) logger.info(`${target.label}: posted (ts ${ts}, attempt ${attempt}, after outcomes unknown)`);
      return 'posted';
    } catch (error) {
      const refusal = slackRefusalCode(error);
      if (refusal !== undefined && refusal !== 'ratelimited') {
        // Slack answered ok:false: nothing was posted. Free the reservation, as before.
        target.release();
        logger.error(`Slack API chat.postMessage failed in ${target.channelId}: ${refusal} (${target.label} not posted)`);
        return 'failed';
      }
      // A timeout, a network error or an HTTP 5xx: Slack may have posted. A rate limit: it did not, but the post is
      // owed; either way the row stays and a later tick looks for the post before posting again.
      const reason = refusal ?? slackErrorCode(error);
      const next = new Date(clock().getTime() + recoveryDelay(this.recoveryOptions, attempt));
      target.failed(reason, next);
      logger.error(
        `Slack API chat.postMessage failed in ${target.channelId}: ${reason} (${target.label}: outcome unknown; looked for from ${next.toISOString()} before posting again)`,
      );
      return 'failed';
    }
  }


  private async exclusively<T>(key: string, run: () => Promise<T>): Promise<T> {
    this.inFlight.add(key);
    try {
      return await run();
    } finally {
      this.inFlight.delete(key);
    }
  }

  private wrapUpTarget(promptId: number, channelId: string): Target {
    const { summaries } = this.deps;
    return {
      key: `wrap-up ${promptId}`,
      label: `wrap-up of prompt ${promptId} in ${channelId}`,
      channelId,
      posted: (ts) => summaries.wrapUpPosted(promptId, ts),
      release: () => summaries.releaseWrapUp(promptId),
      failed: (error, next) => summaries.wrapUpFailed(promptId, error, next),
      claim: (attempts, next) => summaries.claimWrapUpRetry(promptId, attempts, next),
      defer: (next) => summaries.deferWrapUpCheck(promptId, next),
      giveUp: (at) => summaries.giveUpWrapUp(promptId, at),
    };
  }

  private digestTarget(channelId: string, weekStart: string): Target {
    const { summaries } = this.deps;
    return {
      key: `digest ${channelId} ${weekStart}`,
      label: `digest of ${channelId} for the week of ${weekStart}`,
      channelId,
      posted: (ts) => summaries.digestPosted(channelId, weekStart, ts),
      release: () => summaries.releaseDigest(channelId, weekStart),
      failed: (error, next) => summaries.digestFailed(channelId, weekStart, error, next),
      claim: (attempts, next) => summaries.claimDigestRetry(channelId, weekStart, attempts, next),
      defer: (next) => summaries.deferDigestCheck(channelId, weekStart, next),
      giveUp: (at) => summaries.giveUpDigest(channelId, weekStart, at),
    };
  }

  /** The wrap-up of a posted prompt's thread; undefined when its thread has no stories (any more). */
  private async wrapUpPost(prompt: PromptRecord): Promise<Post | undefined> {
    const { answers, votes, channels } = this.deps;
    if (prompt.messageTs === null) return undefined;
    const stories = answers.storiesOfPrompt(prompt.id);
    if (stories.length === 0) return undefined;
    const summary = summarizeThread(stories, feedbacksOf(stories), votes.votersOfPrompt(prompt.id));
    const message = buildWrapUpMessage({
      principleName: this.principleName(prompt.principleId),
      stories: summary.stories,
      authors: summary.authors,
      voters: summary.voters,
      top: summary.top === undefined ? undefined : await this.publicStory(summary.top),
      best: summary.best,
      worst: summary.worst,
      voteEmoji: channels.threadSettings(prompt.channelId).voteEmoji,
    });
    return { channel: prompt.channelId, threadTs: prompt.messageTs, ...message, metadata: wrapUpMetadata(prompt.id) };
  }

  /** A person's current streak over the channel's prompt days, snoozed days they did not answer left out. */
  private streakOf(promptDays: readonly string[], answeredDays: ReadonlySet<string>, userId: string, today: string): number {
    const snoozed = this.deps.snoozes?.snoozeCheck(userId);
    const counted = snoozed === undefined ? promptDays : countedPromptDays(promptDays, answeredDays, snoozed);
    return computeStreak({ promptDays: counted, answeredDays, today }).current;
  }

    private async digestPost(channelId: string, weekStart: string): Promise<Post> {
    const { answers, votes, prompts, channels, userSettings, content, clock } = this.deps;
    const zone = channels.get(channelId)?.timezone ?? 'UTC';
    const promptDays = prompts.postedDates(channelId);
    const since = zonedInstant(weekStart, '00:00', zone);
    const weekAuthors = answers.authorsSince(channelId, since);
    const today = localDateOf(clock(), zone);
    const recent = answers.authorsSince(channelId, new Date(since.getTime() - STREAK_LOOKBACK_DAYS * 86_400_000));
    const streaks = recent
      .map(({ userId }) => ({
        userId,
        days: this.streakOf(promptDays, answers.answeredPromptDates(channelId, userId), userId, today),
      }))
      .filter((s) => s.days > 0)
      .sort((a, b) => b.days - a.days || a.userId.localeCompare(b.userId))
      .slice(0, STREAKS_SHOWN)
      .map((s) => ({ authorId: userSettings.get(s.userId).leaderboardOptout ? undefined : s.userId, days: s.days }));
    const cells = coverageCells(content.principles, this.deps.coverage.teamCoverage(channelId));
    const next = principleToPractise(cells);
    const top = await Promise.all(answers.topStories(channelId, since, TOP_STORIES_IN_DIGEST).map((s) => this.publicStory(s)));
    const message = buildDigestMessage({
      weekStart,
      topStories: top,
      coverage: cells,
      stories: weekAuthors.reduce((sum, a) => sum + a.answers, 0),
      authors: weekAuthors.length,
      voters: votes.votersSince(channelId, since),
      streaks,
      practiseNext: next === undefined ? undefined : { name: next.name, people: cells.find((c) => c.principle.id === next.id)?.people ?? 0 },
      voteEmoji: channels.threadSettings(channelId).voteEmoji,
      mockLoops: this.deps.mockLoops?.weekCounts(channelId, weekStart),
    });
    return { channel: channelId, ...message, metadata: digestMetadata(channelId, weekStart) };
  }

  private async publicStory(story: RankedStory): Promise<PublicStory> {
    const optedOut = this.deps.userSettings.get(story.userId).leaderboardOptout;
    return {
      permalink: await this.deps.slack.permalink(story.channelId, story.messageTs),
      authorId: optedOut ? undefined : story.userId,
      votes: story.votes,
      principleName: this.principleName(story.principleId),
      title: story.title,
    };
  }

  private principleName(id: string): string {
    return principleName(this.deps.content.principles, id);
  }
}

function hasPromptInWeek(promptDays: readonly string[], weekStart: string): boolean {
  return promptDays.some((day) => day >= weekStart && day < addDays(weekStart, 7));
}

/** Stored Feedback JSON that no longer parses (an older rubric) is left out of the averages. */
export function feedbacksOf(stories: readonly RankedStory[]): Feedback[] {
  const parsed: Feedback[] = [];
  for (const story of stories) {
    if (story.feedbackJson === null) continue;
    try {
      parsed.push(parseFeedback(JSON.parse(story.feedbackJson)));
    } catch {
      // skipped on purpose, see above
    }
  }
  return parsed;
}
