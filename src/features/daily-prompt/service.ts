import type { Content } from '../../core/content.js';
import { DEFAULT_CATCH_UP_HOURS, decideDue, type DueStatus } from '../../core/due.js';
import type { PrincipleId } from '../../core/principles.js';
import { formatLocalDate, localDateOf, nextRun } from '../../core/schedule.js';
import { RECENT_PRINCIPLE_WINDOW, selectNextQuestion } from '../../core/selection.js';
import type { AppLogger } from '../../logger.js';
import { slackRefusalCode } from '../../slack/slack-errors.js';
import type { ChannelSettings, ChannelStore } from '../../store/channels.js';
import type { PromptRecord, PromptSource, PromptStore } from '../../store/prompts.js';
import { buildPromptMessage } from './prompt-message.js';

/** The one Slack call this feature makes; the Slack adapter wraps Bolt's `client.chat.postMessage` in it. */
export interface PromptPoster {
  postMessage(args: { channel: string; text: string; blocks: unknown[] }): Promise<{ ts: string }>;
}

export interface DailyPromptDeps {
  channels: ChannelStore;
  prompts: PromptStore;
  /** The team's coverage in the channel; the least covered principle is asked first (StoryStore). */
  coverage: TeamCoverageSource;
  content: Content;
  poster: PromptPoster;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  /** How long after the scheduled time a missed prompt is still posted (the app was down). */
  catchUpHours?: number;
  /** LP_MIN_ANSWER_WORDS, for the prompt's how-to line. */
  minAnswerWords?: number;
  /** Runs after each successful post (the previous prompt's wrap-up); its failure is logged, never the post's. */
  onPosted?: (prompt: PromptRecord) => Promise<void>;
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
  /** Today's slot is held: posted, being posted by another run, or of unknown outcome after a crash or timeout. */
  | { status: 'already-posted'; channelId: string; localDate: string; prompt?: PromptRecord }
  | { status: 'skipped'; channelId: string; reason: SkipReason; localDate?: string }
  /**
   * `error` is Slack's code (`not_in_channel`) or the exception's. `released`: Slack refused, nothing was posted
   * and the slot is free again (the next tick retries); otherwise the outcome is unknown and the slot stays taken.
   */
  | { status: 'failed'; channelId: string; error: string; released: boolean; localDate?: string };

/**
 * Posts each channel's daily prompt exactly once per channel-local day.
 *
 * Exactly once comes from SQLite, not from timers: a prompt row holding the channel's slot for the day is written
 * before Slack is called and receives the message ts afterwards. Any other run (a second timer, another process, a
 * restart, even after a crash between posting and recording) finds the slot taken and posts nothing.
 */
export class DailyPromptService {
  private readonly catchUpHours: number;

  constructor(private readonly deps: DailyPromptDeps) {
    this.catchUpHours = deps.catchUpHours ?? DEFAULT_CATCH_UP_HOURS;
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
    if (channel === undefined || !channel.enabled || channel.paused) return undefined;
    const now = this.deps.clock();
    const today = localDateOf(now, channel.timezone);
    const takenDate = this.deps.prompts.findSlot(channelId, today) === undefined ? null : today;
    return nextRun(channel, now, { skipDate: channel.skipDate, takenDate });
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
    });
    switch (decision.status) {
      case 'due':
        return this.post(channelId, decision.localDate, 'scheduled');
      case 'already-posted':
        return {
          status: 'already-posted',
          channelId,
          localDate: decision.localDate,
          prompt: this.deps.prompts.findSlot(channelId, decision.localDate),
        };
      default:
        return { status: 'skipped', channelId, reason: decision.status, localDate: decision.localDate };
    }
  }

  private async post(channelId: string, localDate: string, source: PromptSource, principleId?: PrincipleId): Promise<PostOutcome> {
    const { prompts, coverage, content, poster, clock, random, logger } = this.deps;
    const { principle, question } = selectNextQuestion({
      principles: content.principles,
      questions: content.questions,
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

    const message = buildPromptMessage({
      principle,
      question,
      dateLabel: formatLocalDate(localDate),
      // The how-to line names the channel's vote emoji and the answer length that gets feedback.
      voteEmoji: this.deps.channels.threadSettings(channelId).voteEmoji,
      ...(this.deps.minAnswerWords === undefined ? {} : { minAnswerWords: this.deps.minAnswerWords }),
    });
    try {
      const { ts } = await poster.postMessage({ channel: channelId, text: message.text, blocks: message.blocks });
      const postedAt = clock();
      prompts.markPosted(prompt.id, ts, postedAt);
      logger.info(`daily prompt posted in ${channelId} for ${localDate}: ${principle.id} / ${question.id} (ts ${ts})`);
      const posted: PromptRecord = { ...prompt, status: 'posted', messageTs: ts, postedAt: postedAt.toISOString() };
      await this.deps.onPosted?.(posted).catch((error: unknown) => logger.error(`after posting in ${channelId}: ${describeError(error)}`));
      return { status: 'posted', channelId, ts, prompt: posted };
    } catch (error) {
      const refusal = slackRefusalCode(error);
      if (refusal !== undefined) {
        // Slack answered ok:false, so nothing was posted: free the slot and let the next tick try again.
        prompts.release(prompt.id);
        logger.error(`Slack API chat.postMessage failed in ${channelId}: ${refusal} (prompt not posted; will retry)`);
        return { status: 'failed', channelId, error: refusal, released: true, localDate };
      }
      // A timeout or network error: Slack may have posted. Keeping the slot risks a missed day, never a duplicate.
      const reason = errorCode(error);
      prompts.markFailed(prompt.id, reason);
      logger.error(
        `Slack API chat.postMessage failed in ${channelId}: ${describeError(error)} (outcome unknown; not retried today)`,
      );
      return { status: 'failed', channelId, error: reason, released: false, localDate };
    }
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
