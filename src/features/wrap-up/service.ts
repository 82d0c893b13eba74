import type { Content } from '../../core/content.js';
import { parseFeedback, type Feedback } from '../../core/rubric/index.js';
import { addDays, localDateOf, zonedInstant } from '../../core/schedule.js';
import { computeStreak } from '../../core/streak.js';
import { closeTimeDue, coverageCells, digestDueWeek, principleToPractise, summarizeThread } from '../../core/thread/summaries.js';
import type { AppLogger } from '../../logger.js';
import type { AnswerStore, RankedStory } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import type { TeamCoverageSource } from '../daily-prompt/service.js';
import type { PromptRecord, PromptStore } from '../../store/prompts.js';
import type { SummaryStore, WrapUpReason } from '../../store/summaries.js';
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
  slack: ThreadSlack;
}

export type SummaryOutcome = 'posted' | 'already-done' | 'nothing-to-say' | 'failed';

const TOP_STORIES_IN_DIGEST = 3;
const STREAK_LOOKBACK_DAYS = 28;
const STREAKS_SHOWN = 5;

/**
 * Wrap-ups in a prompt's thread and the weekly digest. Each is reserved in SQLite before Slack is called (one
 * wrap-up per prompt, one digest per channel and week), so ticks, restarts and a second process never post twice.
 */
export class SummaryService {
  constructor(private readonly deps: SummaryDeps) {}

  /** DailyPromptService calls this after posting: the previous prompt of the channel gets its wrap-up. */
  async afterPromptPosted(prompt: PromptRecord): Promise<void> {
    const previous = this.deps.prompts.postedBefore(prompt);
    if (previous !== undefined) await this.wrapUp(previous, 'next-prompt');
  }

  /** The minute tick: close-time wrap-ups, then digests. One channel's failure never stops the others. */
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
  }

  async wrapUp(prompt: PromptRecord, reason: WrapUpReason): Promise<SummaryOutcome> {
    const { answers, votes, summaries, channels, clock, slack } = this.deps;
    if (prompt.messageTs === null) return 'nothing-to-say';
    const stories = answers.storiesOfPrompt(prompt.id);
    // An empty thread gets no wrap-up: nothing to celebrate, and a quiet channel stays quiet.
    if (stories.length === 0) return 'nothing-to-say';
    if (!summaries.reserveWrapUp(prompt.id, prompt.channelId, reason, clock())) return 'already-done';
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
    const result = await slack.postMessage({ channel: prompt.channelId, threadTs: prompt.messageTs, ...message });
    if ('ts' in result) {
      summaries.wrapUpPosted(prompt.id, result.ts);
      return 'posted';
    }
    if (result.refused) summaries.releaseWrapUp(prompt.id);
    else summaries.wrapUpFailed(prompt.id, result.error);
    return 'failed';
  }

  async postDigest(channelId: string, weekStart: string): Promise<SummaryOutcome> {
    const { answers, votes, prompts, channels, summaries, userSettings, content, clock, slack } = this.deps;
    const zone = channels.get(channelId)?.timezone ?? 'UTC';
    const promptDays = prompts.postedDates(channelId);
    // A week without a prompt (paused, holidays) has nothing to digest.
    if (!promptDays.some((day) => day >= weekStart && day < addDays(weekStart, 7))) return 'nothing-to-say';
    if (!summaries.reserveDigest(channelId, weekStart, clock())) return 'already-done';

    const since = zonedInstant(weekStart, '00:00', zone);
    const weekAuthors = answers.authorsSince(channelId, since);
    const today = localDateOf(clock(), zone);
    const recent = answers.authorsSince(channelId, new Date(since.getTime() - STREAK_LOOKBACK_DAYS * 86_400_000));
    const streaks = recent
      .map(({ userId }) => ({
        userId,
        days: computeStreak({ promptDays, answeredDays: answers.answeredPromptDates(channelId, userId), today }).current,
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
    });
    const result = await slack.postMessage({ channel: channelId, ...message });
    if ('ts' in result) {
      summaries.digestPosted(channelId, weekStart, result.ts);
      return 'posted';
    }
    if (result.refused) summaries.releaseDigest(channelId, weekStart);
    else summaries.digestFailed(channelId, weekStart, result.error);
    return 'failed';
  }

  private async publicStory(story: RankedStory): Promise<PublicStory> {
    const optedOut = this.deps.userSettings.get(story.userId).leaderboardOptout;
    return {
      permalink: await this.deps.slack.permalink(story.channelId, story.messageTs),
      authorId: optedOut ? undefined : story.userId,
      votes: story.votes,
      principleName: this.principleName(story.principleId),
    };
  }

  private principleName(id: string): string {
    return this.deps.content.principles.find((p) => p.id === id)?.name ?? id;
  }
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
