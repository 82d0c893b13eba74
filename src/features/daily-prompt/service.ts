import type { Content } from '../../core/content.js';
import { DEFAULT_CATCH_UP_HOURS, decideDue, type DueStatus } from '../../core/due.js';
import type { PrincipleId } from '../../core/principles.js';
import { formatLocalDate, localDateOf, nextRun } from '../../core/schedule.js';
import { RECENT_PRINCIPLE_WINDOW, selectNextQuestion } from '../../core/selection.js';
import type { AppLogger } from '../../logger.js';
import { slackRefusalCode } from '../../slack/slack-errors.js';
import type { ChannelSettings, ChannelStore } from '../../store/channels.js';
import type { PromptRecord, PromptSource, PromptStore } from '../../store/prompts.js';
import type { Principle } from '../../core/principles.js';
import type { Question } from '../../core/questions.js';
import { buildPromptMessage } from './prompt-message.js';
import { dateOfSlackTs, findPromptPost, promptMetadata, type PromptHistory, type PromptMetadata } from './reconcile.js';

/**
 * The post this feature makes; the Slack adapter (promptSlackCalls) wraps `client.chat.postMessage` in it. Every post
 * carries `metadata` naming its prompt id, so the app can find it in the channel when Slack's answer was lost.
 */
export interface PromptPoster {
  postMessage(args: { channel: string; text: string; blocks: unknown[]; metadata?: PromptMetadata }): Promise<{ ts: string }>;
}

/** How a post of unknown outcome is followed up (see DailyPromptService). */
export interface RecoveryOptions {
  /** Wait before the first check after an unknown outcome; doubled after each further one, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Posts of one prompt whose outcome was unknown, at most; then the day is given up. */
  maxPosts: number;
  /**
   * A claim ('reserved') younger than this may be a post in flight in another process: it is looked for, but not
   * posted again before it is this old. Older, it was left by a crash.
   */
  reservedGraceMs: number;
  /** The channel is read from this long before the claim, for clocks that differ between the app and Slack. */
  clockSkewMs: number;
}

/** After `n` posts of unknown outcome, the wait before the next look: the first delay x 2^(n-1), capped. */
export function recoveryDelay(options: Pick<RecoveryOptions, 'firstDelayMs' | 'maxDelayMs'>, n: number): number {
  return Math.min(options.firstDelayMs * 2 ** Math.max(n - 1, 0), options.maxDelayMs);
}

export const RECOVERY_DEFAULTS: RecoveryOptions = {
  firstDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
  maxPosts: 5,
  reservedGraceMs: 2 * 60_000,
  clockSkewMs: 5 * 60_000,
};

export interface DailyPromptDeps {
  channels: ChannelStore;
  prompts: PromptStore;
  /** The team's coverage in the channel; the least covered principle is asked first (StoryStore). */
  coverage: TeamCoverageSource;
  content: Content;
  poster: PromptPoster;
  /**
   * Reads the channel back (`conversations.history` with metadata). With it, a post of unknown outcome (a timeout, a
   * network error, an HTTP 5xx) or a claim left by a crash is looked for in the channel before anything is posted
   * again. Without it such a day's slot stays held: never a second prompt, but maybe none.
   */
  history?: PromptHistory;
  /** Timing of that follow-up; RECOVERY_DEFAULTS for what is not given. */
  recovery?: Partial<RecoveryOptions>;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  /** How long after the scheduled time a missed prompt is still posted (the app was down). */
  catchUpHours?: number;
  /** LP_MIN_ANSWER_WORDS, for the prompt's how-to line. */
  minAnswerWords?: number;
  /** Runs after each successful post (the previous prompt's wrap-up); its failure is logged, never the post's. */
  onPosted?: (prompt: PromptRecord) => Promise<void>;
  /**
   * The questions a channel's prompt is chosen from (its track's and its own team questions: channelQuestionPool).
   * Unset: `content.questions`, the built-in bank.
   */
  questionPool?: (channelId: string) => readonly Question[];
  /**
   * The channel's holidays (`/lp holidays`: its ranges and its country's public holidays), read once per run: no
   * prompt is posted on them, none is caught up the next day, and the next run skips them (AvailabilityStore).
   */
  holidays?: { holidayCheck(channelId: string): (localDate: string) => unknown };
}

/** Per principle, how many people have a story at the bar in the channel; absent principles count 0. */
export interface TeamCoverageSource {
  teamCoverage(channelId: string): ReadonlyMap<PrincipleId, number>;
}

/** Why a channel got no prompt on this run. */
export type SkipReason = Exclude<DueStatus, 'due' | 'already-posted'> | 'not-configured';

/** What happened for one channel. */
export type PostOutcome =
  | { status: 'posted'; channelId: string; ts: string; prompt: PromptRecord }
  /**
   * Today's slot is held: posted, being posted by another run, or of unknown outcome after a crash or timeout (and
   * waiting for its next check). `reconciled`: this run found the post in the channel and recorded its ts.
   */
  | { status: 'already-posted'; channelId: string; localDate: string; prompt?: PromptRecord; reconciled?: true }
  | { status: 'skipped'; channelId: string; reason: SkipReason; localDate?: string }
  /**
   * `error` is Slack's code (`not_in_channel`) or the exception's. `released`: Slack refused, nothing was posted
   * and the slot is free again (the next tick retries); otherwise the outcome is unknown and the slot stays taken
   * (with a `history` reader, later ticks look for the post in the channel and post again only if it is not there).
   */
  | { status: 'failed'; channelId: string; error: string; released: boolean; localDate?: string };

/**
 * Posts each channel's daily prompt exactly once per channel-local day.
 *
 * Exactly once comes from SQLite, not from timers: a prompt row holding the channel's slot for the day is written
 * before Slack is called and receives the message ts afterwards. Any other run (a second timer, another process, a
 * restart, even after a crash between posting and recording) finds the slot taken and does not simply post again.
 *
 * When the outcome of the post is unknown (no answer, an HTTP 5xx, or a crash left the row 'reserved'), later ticks
 * reconcile instead of giving up the day: the post carries metadata with the prompt id, so the channel is read back
 * from the claim time (`history`). Found: its ts is recorded and the thread works. Not found: the same prompt is
 * posted again, with backoff between attempts (RecoveryOptions), within the catch-up window of the claim. A refusal
 * (ok:false, a rate limit) still frees the slot at once.
 */
export class DailyPromptService {
  private readonly catchUpHours: number;
  private readonly recoveryOptions: RecoveryOptions;
  /** Prompt ids this process is posting or looking for right now: never reconciled by a concurrent run. */
  private readonly inFlight = new Set<number>();
  /** Per prompt of unknown outcome: posts made so far, when it may be checked next, and whether the day is given up. */
  private readonly recovery = new Map<number, { unknownPosts: number; nextCheckAt: number; gaveUp: boolean }>();

  constructor(private readonly deps: DailyPromptDeps) {
    this.catchUpHours = deps.catchUpHours ?? DEFAULT_CATCH_UP_HOURS;
    this.recoveryOptions = { ...RECOVERY_DEFAULTS, ...deps.recovery };
  }

  /**
   * Posts today's prompt in every enabled channel where it is due now. Serves both the minute tick and catch-up
   * at start-up. One channel's failure never stops the others, and this never throws.
   */
  async runDue(): Promise<PostOutcome[]> {
    let channels: ChannelSettings[];
    try {
      channels = this.deps.channels.listEnabled();
    } catch (error) {
      this.deps.logger.error(`daily prompt: cannot list channels: ${describeError(error)}`);
      return [];
    }
    const outcomes: PostOutcome[] = [];
    for (const channel of channels) {
      try {
        outcomes.push(await this.runChannel(channel));
      } catch (error) {
        this.deps.logger.error(`daily prompt: channel ${channel.channelId} failed: ${describeError(error)}`);
        outcomes.push({ status: 'failed', channelId: channel.channelId, error: errorCode(error), released: false });
      }
    }
    return outcomes;
  }

  /**
   * `/lp post [principle]`: posts a prompt now. It takes today's slot when free, so the scheduled prompt is not
   * posted again today; otherwise it is an extra prompt. A channel without a schedule uses UTC for its date.
   * Never throws: problems come back as a 'failed' outcome.
   */
  async postNow(channelId: string, options: { principleId?: PrincipleId } = {}): Promise<PostOutcome> {
    try {
      const zone = this.deps.channels.get(channelId)?.timezone ?? 'UTC';
      const localDate = localDateOf(this.deps.clock(), zone);
      return await this.post(channelId, localDate, 'manual', options.principleId);
    } catch (error) {
      this.deps.logger.error(`daily prompt: posting now in ${channelId} failed: ${describeError(error)}`);
      return { status: 'failed', channelId, error: errorCode(error), released: false };
    }
  }

  /** The latest prompt posted in the channel today (in the channel's zone), for `/lp today`. */
  todayPrompt(channelId: string): PromptRecord | undefined {
    const zone = this.deps.channels.get(channelId)?.timezone ?? 'UTC';
    return this.deps.prompts.latestPosted(channelId, localDateOf(this.deps.clock(), zone));
  }

  /**
   * When the channel's next scheduled prompt will go out, honouring the skip date and a slot already used today;
   * undefined when the channel has no schedule or is paused.
   */
  nextRunOf(channelId: string): Date | undefined {
    const channel = this.deps.channels.get(channelId);
    return channel === undefined ? undefined : this.nextRunFor(channel);
  }

  /** The same, for settings the caller has just read (`/lp schedule` reads them for its reply: one read, not two). */
  nextRunFor(channel: ChannelSettings): Date | undefined {
    if (!channel.enabled || channel.paused) return undefined;
    const { channelId } = channel;
    const now = this.deps.clock();
    const today = localDateOf(now, channel.timezone);
    const takenDate = this.deps.prompts.findSlot(channelId, today) === undefined ? null : today;
    const isHoliday = this.holidayCheck(channelId);
    try {
      return nextRun(channel, now, { skipDate: channel.skipDate, takenDate, ...(isHoliday === undefined ? {} : { isHoliday }) });
    } catch (error) {
      // Every prompt day holidays for a year and a half: no next run to name.
      if (error instanceof RangeError && isHoliday !== undefined) return undefined;
      throw error;
    }
  }

  /** Whether a local date is a holiday of the channel; undefined without a holiday calendar. */
  private holidayCheck(channelId: string): ((localDate: string) => boolean) | undefined {
    if (this.deps.holidays === undefined) return undefined;
    const check = this.deps.holidays.holidayCheck(channelId);
    return (date) => check(date) !== undefined;
  }

  /** `/lp skip`: skips the next scheduled prompt. Returns the time that will be skipped, or undefined (no schedule). */
  skipNext(channelId: string): Date | undefined {
    const channel = this.deps.channels.get(channelId);
    const next = this.nextRunOf(channelId);
    if (channel === undefined || next === undefined) return undefined;
    this.deps.channels.setSkipDate(channelId, localDateOf(next, channel.timezone));
    return next;
  }

  private async runChannel(channel: ChannelSettings): Promise<PostOutcome> {
    const { channelId } = channel;
    const decision = decideDue({
      schedule: channel,
      now: this.deps.clock(),
      slotTaken: (date) => this.deps.prompts.findSlot(channelId, date) !== undefined,
      catchUpHours: this.catchUpHours,
      isHoliday: this.holidayCheck(channelId),
    });
    switch (decision.status) {
      case 'due':
        return this.post(channelId, decision.localDate, 'scheduled');
      case 'already-posted': {
        const prompt = this.deps.prompts.findSlot(channelId, decision.localDate);
        if (prompt !== undefined && prompt.status !== 'posted' && this.deps.history !== undefined) {
          return this.recover(prompt, this.deps.history);
        }
        return { status: 'already-posted', channelId, localDate: decision.localDate, prompt };
      }
      default:
        return { status: 'skipped', channelId, reason: decision.status, localDate: decision.localDate };
    }
  }

  private async post(channelId: string, localDate: string, source: PromptSource, principleId?: PrincipleId): Promise<PostOutcome> {
    const { prompts, coverage, content, clock, random } = this.deps;
    const { principle, question } = selectNextQuestion({
      principles: content.principles,
      questions: this.deps.questionPool?.(channelId) ?? content.questions,
      coverage: coverage.teamCoverage(channelId),
      recentPrincipleIds: prompts.recent(channelId, RECENT_PRINCIPLE_WINDOW).map((p) => p.principleId),
      usedQuestionIds: prompts.usedQuestionIds(channelId),
      random,
      ...(principleId === undefined ? {} : { requestedPrinciple: principleId }),
    });

    // Record the intent first: the UNIQUE slot decides who posts, before anything reaches Slack.
    const intent = { channelId, localDate, principleId: principle.id, questionId: question.id, at: clock() };
    let prompt = prompts.reserveSlot({ ...intent, source });
    if (prompt === null) {
      if (source === 'scheduled') {
        return { status: 'already-posted', channelId, localDate, prompt: prompts.findSlot(channelId, localDate) };
      }
      prompt = prompts.insertExtra(intent);
    }

    this.inFlight.add(prompt.id);
    try {
      return await this.deliver(prompt, principle, question, 1);
    } finally {
      this.inFlight.delete(prompt.id);
    }
  }

  /** Posts `prompt` (attempt `attempt` of it) with its metadata, and records what came of it. */
  private async deliver(prompt: PromptRecord, principle: Principle, question: Question, attempt: number): Promise<PostOutcome> {
    const { prompts, poster, clock, logger } = this.deps;
    const { channelId, localDate } = prompt;
    const message = buildPromptMessage({
      principle,
      question,
      dateLabel: formatLocalDate(localDate),
      // The how-to line names the channel's vote emoji and the answer length that gets feedback.
      voteEmoji: this.deps.channels.threadSettings(channelId).voteEmoji,
      ...(this.deps.minAnswerWords === undefined ? {} : { minAnswerWords: this.deps.minAnswerWords }),
    });
    try {
      const { ts } = await poster.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
        metadata: promptMetadata(prompt.id),
      });
      const postedAt = clock();
      prompts.markPosted(prompt.id, ts, postedAt);
      this.recovery.delete(prompt.id);
      const again = attempt > 1 ? ` (attempt ${attempt}, after outcomes unknown)` : '';
      logger.info(`daily prompt posted in ${channelId} for ${localDate}: ${principle.id} / ${question.id} (ts ${ts})${again}`);
      const posted: PromptRecord = { ...prompt, status: 'posted', messageTs: ts, postedAt: postedAt.toISOString(), error: null };
      await this.afterPosted(posted);
      return { status: 'posted', channelId, ts, prompt: posted };
    } catch (error) {
      const refusal = slackRefusalCode(error);
      if (refusal !== undefined) {
        // Slack answered ok:false, so nothing was posted: free the slot and let the next tick try again.
        prompts.release(prompt.id);
        this.recovery.delete(prompt.id);
        logger.error(`Slack API chat.postMessage failed in ${channelId}: ${refusal} (prompt not posted; will retry)`);
        return { status: 'failed', channelId, error: refusal, released: true, localDate };
      }
      // A timeout, a network error or an HTTP 5xx: Slack may have posted. The slot stays held, and with a history
      // reader a later tick looks for the post in the channel before posting again.
      const reason = errorCode(error);
      prompts.markFailed(prompt.id, reason);
      // Only the day's slot is followed up by the tick; an extra prompt is linked when a reply arrives in its thread.
      const followedUp = this.deps.history !== undefined && prompt.slotDate !== null;
      const next = followedUp ? this.scheduleCheck(prompt.id, attempt) : undefined;
      const plan =
        next !== undefined
          ? `outcome unknown; the channel is checked for it from ${next.toISOString()} before posting again`
          : prompt.slotDate === null
            ? 'outcome unknown; an extra prompt is not posted again'
            : 'outcome unknown; not retried today';
      logger.error(`Slack API chat.postMessage failed in ${channelId}: ${describeError(error)} (${plan})`);
      return { status: 'failed', channelId, error: reason, released: false, localDate };
    }
  }

  /**
   * A slot held by a prompt whose post has no known ts ('failed': outcome unknown; 'reserved': left by a crash, or
   * in flight elsewhere): when its check is due, looks for the post in the channel by its metadata. Found: records
   * the ts. Not found: posts the same prompt again, unless the claim may still be in flight elsewhere, the attempts
   * are used up or the claim's catch-up window is over (then the day is given up, with a log line).
   */
  private async recover(prompt: PromptRecord, history: PromptHistory): Promise<PostOutcome> {
    const { prompts, clock, logger, content } = this.deps;
    const options = this.recoveryOptions;
    const { channelId, localDate } = prompt;
    const held = (current: PromptRecord = prompt): PostOutcome => ({ status: 'already-posted', channelId, localDate, prompt: current });
    if (this.inFlight.has(prompt.id)) return held();
    const state = this.recovery.get(prompt.id);
    const now = clock().getTime();
    if (state !== undefined && (state.gaveUp || now < state.nextCheckAt)) return held();

    this.inFlight.add(prompt.id);
    try {
      const claimedAt = Date.parse(prompt.createdAt);
      const search = await findPromptPost(history, { channelId, promptId: prompt.id, since: new Date(claimedAt - options.clockSkewMs) });
      const pastWindow = now >= claimedAt + this.catchUpHours * 3_600_000;
      const unknownPosts = state?.unknownPosts ?? (prompt.status === 'failed' ? 1 : 0);

      if (search.kind === 'found') {
        try {
          prompts.recordFound(prompt.id, search.ts, dateOfSlackTs(search.ts));
        } catch (error) {
          this.giveUp(prompt.id, unknownPosts);
          logger.error(`daily prompt ${prompt.id} in ${channelId}: found its post ${search.ts} but cannot record it: ${describeError(error)}`);
          return held();
        }
        this.recovery.delete(prompt.id);
        const found = prompts.findById(prompt.id) ?? prompt;
        logger.info(`daily prompt ${prompt.id} in ${channelId} for ${localDate}: found its post in the channel (ts ${search.ts}); recorded, not posted again`);
        if (found.status === 'posted') await this.afterPosted(found);
        return { status: 'already-posted', channelId, localDate, prompt: found, reconciled: true };
      }

      if (search.kind === 'unknown') {
        if (pastWindow) {
          this.giveUp(prompt.id, unknownPosts);
          logger.error(`daily prompt ${prompt.id} in ${channelId} for ${localDate}: cannot check the channel (${search.reason}) and the catch-up window is over; giving up for today`);
          return held();
        }
        const next = this.scheduleCheck(prompt.id, Math.max(unknownPosts, 1), unknownPosts);
        logger.warn(`Slack API conversations.history failed in ${channelId}: ${search.reason} (daily prompt ${prompt.id} not posted again; next check from ${next.toISOString()})`);
        return held();
      }

      // Not in the channel. A young claim may be a post in flight in another process: give it time.
      if (prompt.status === 'reserved' && now < claimedAt + options.reservedGraceMs) {
        this.setRecovery(prompt.id, { unknownPosts, nextCheckAt: claimedAt + options.reservedGraceMs, gaveUp: false });
        return held();
      }
      const principle = content.principles.find((p) => p.id === prompt.principleId);
      // The channel's pool first (a track's wording, a team question), as when it was chosen.
      const question =
        this.deps.questionPool?.(channelId).find((q) => q.id === prompt.questionId) ?? content.questions.find((q) => q.id === prompt.questionId);
      if (unknownPosts >= options.maxPosts || pastWindow || principle === undefined || question === undefined) {
        this.giveUp(prompt.id, unknownPosts);
        const why =
          principle === undefined || question === undefined
            ? `its question ${prompt.questionId} is no longer in the content`
            : `${unknownPosts} post(s) of unknown outcome${pastWindow ? ' and the catch-up window is over' : ''}`;
        logger.error(`daily prompt ${prompt.id} in ${channelId} for ${localDate}: not found in the channel after ${why}; giving up for today`);
        return held();
      }
      logger.warn(
        `daily prompt ${prompt.id} in ${channelId} for ${localDate}: not found in the channel (${search.messagesRead} messages read since the claim); posting it again`,
      );
      return await this.deliver(prompt, principle, question, unknownPosts + 1);
    } finally {
      this.inFlight.delete(prompt.id);
    }
  }

  /** After `unknownPosts` posts of unknown outcome: the next check waits first delay x 2^(n-1), capped. */
  private scheduleCheck(promptId: number, delayStep: number, unknownPosts = delayStep): Date {
    const nextCheckAt = this.deps.clock().getTime() + recoveryDelay(this.recoveryOptions, delayStep);
    this.setRecovery(promptId, { unknownPosts, nextCheckAt, gaveUp: false });
    return new Date(nextCheckAt);
  }

  private giveUp(promptId: number, unknownPosts: number): void {
    this.setRecovery(promptId, { unknownPosts, nextCheckAt: Number.POSITIVE_INFINITY, gaveUp: true });
  }

  /** One entry per prompt of unknown outcome; the oldest are dropped past a few hundred (days long gone). */
  private setRecovery(promptId: number, state: { unknownPosts: number; nextCheckAt: number; gaveUp: boolean }): void {
    this.recovery.delete(promptId);
    this.recovery.set(promptId, state);
    for (const id of this.recovery.keys()) {
      if (this.recovery.size <= 500) break;
      this.recovery.delete(id);
    }
  }

  /** The previous prompt's wrap-up; its failure is logged, never the post's. */
  private async afterPosted(prompt: PromptRecord): Promise<void> {
    await this.deps.onPosted?.(prompt).catch((error: unknown) => this.deps.logger.error(`after posting in ${prompt.channelId}: ${describeError(error)}`));
  }
}

/** A short code for the outcome (`slack_webapi_request_error`), or the message when the error has no code. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** Code and message for the log. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  return code === message ? message : `${code} (${message})`;
}
