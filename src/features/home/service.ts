import type { Content } from '../../core/content.js';
import { interviewCountdown, type Countdown } from '../../core/countdown.js';
import { planInterview, type InterviewPlan } from '../../core/interview-plan.js';
import type { PrincipleId } from '../../core/principles.js';
import type { Principle } from '../../core/principles.js';
import { localDateOf } from '../../core/schedule.js';
import { scoreTrendBar, TREND_LENGTH } from '../../core/score-trend.js';
import { computeStreak, type Streak } from '../../core/streak.js';
import { countedPromptDays } from '../../core/availability.js';
import type { AvailabilityStore } from '../../store/availability.js';
import type { MockLoopStore } from '../../store/mock-loops.js';
import type { SpokenStore } from '../../store/spoken.js';
import { paceTrend, type PaceTrend } from '../../core/spoken/index.js';
import type { StoryStore, StoryWithFeedback } from '../../store/stories.js';
import type { UserSettings, UserSettingsChange, UserSettingsStore } from '../../store/user-settings.js';
import type { CoverageReport, CoverageService } from '../stories/service.js';

/** Everything the App Home shows, gathered in one place so the view builder stays pure. */
export interface HomeModel {
  userId: string;
  report: CoverageReport;
  /** Undefined until the person answered a daily prompt. */
  streak: Streak | undefined;
  /** The compact text bar of the last ten scores. */
  trend: string;
  scoredCount: number;
  /** `spokenWpm`: told in a clip, at this pace (null when too short to tell). */
  latest: (StoryWithFeedback & { principle: Principle | undefined; spokenWpm?: number | null }) | undefined;
  settings: UserSettings;
  countdown: Countdown;
  /** What to cover by the interview date, and what is due this week; undefined without a date ahead. */
  plan: InterviewPlan | undefined;
  /** The track whose most-asked principles the plan weighs (the channel's, once tracks exist), by name. */
  trackName?: string;
  /** The weekly mock loops of the person's team channel; undefined until they answered a prompt or joined a pool. */
  mockLoops: { channelId: string; inPool: boolean } | undefined;
  /** Stories told in a clip: the pace of the last ones (oldest first) and its trend, once there are two. */
  spoken: { paces: number[]; trend: PaceTrend | undefined } | undefined;
  /** The last snoozed day (`/lp snooze`), in the person's zone, when they are snoozed; else undefined. */
  snoozedUntil?: string | undefined;
}

export interface HomeDeps {
  stories: StoryStore;
  settings: UserSettingsStore;
  coverage: CoverageService;
  content: Content;
  clock: () => Date;
  mockLoops: Pick<MockLoopStore, 'poolsOf'>;
  spoken?: Pick<SpokenStore, 'paceHistory' | 'spokenOf'>;
  /** Snoozes: a prompt day the person was snoozed on and did not answer never breaks their streak. */
  availability?: Pick<AvailabilityStore, 'snoozeCheck' | 'snoozedUntil'>;
  /** How often a channel's track asks each principle (its name and weights), for the interview plan. */
  trackOf?: (channelId: string) => { name: string; weights: Partial<Record<PrincipleId, number>> } | undefined;
}

export class HomeService {
  constructor(private readonly deps: HomeDeps) {}

  model(userId: string): HomeModel {
    const { stories, coverage, content, clock } = this.deps;
    const scores = stories.storyScores(userId);
    const report = coverage.reportFrom(userId, scores);
    const days = stories.streakDays(userId);
    // Dates are the person's: the zone of the channel they answer in, UTC until they answer one.
    const today = localDateOf(clock(), days?.timezone ?? 'UTC');
    const scored = scores
      .filter((s) => s.score !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.answerId - b.answerId);
    const latest = stories.latestFeedback(userId);
    const settings = this.deps.settings.get(userId);
    // The track of the channel the person answers in.
    const track = days === undefined ? undefined : this.deps.trackOf?.(days.channelId);
    const plan = planInterview({
      today,
      interviewDate: settings.interviewDate,
      standings: report.rows.map((row) => ({ principleId: row.principle.id, atBar: row.coverage.coveringStoryIds.length, bestScore: row.coverage.bestScore })),
      ...(track === undefined ? {} : { weights: track.weights }),
    });
    // A day's focus follows the plan's order: the weakest (and most asked) principle first.
    const focusOrder = plan?.needs.map((need) => need.principleId) ?? [];
    return {
      userId,
      report,
      streak: days === undefined ? undefined : computeStreak({ promptDays: this.countedDays(userId, days), answeredDays: days.answeredDays, today }),
      snoozedUntil: this.deps.availability?.snoozedUntil(userId, today),
      trend: scoreTrendBar(scored.slice(-TREND_LENGTH).map((s) => s.score as number)),
      scoredCount: scored.length,
      latest: latest === undefined ? undefined : { ...latest, principle: content.principles.find((p) => p.id === latest.principleId), ...this.spokenPace(latest.answerId) },
      settings,
      countdown: interviewCountdown(today, settings.interviewDate, focusOrder),
      plan,
      ...(track === undefined ? {} : { trackName: track.name }),
      mockLoops: this.mockLoopsOf(userId, days?.channelId),
      spoken: this.spokenOf(userId),
    };
  }

  /** The channel's prompt days without those the person was snoozed on and did not answer. */
  private countedDays(userId: string, days: { promptDays: readonly string[]; answeredDays: ReadonlySet<string> }): string[] {
    const availability = this.deps.availability;
    if (availability === undefined) return [...days.promptDays];
    return countedPromptDays(days.promptDays, days.answeredDays, availability.snoozeCheck(userId));
  }

  private spokenPace(answerId: number): { spokenWpm?: number | null } {
    const spoken = this.deps.spoken?.spokenOf(answerId);
    return spoken === undefined ? {} : { spokenWpm: spoken.delivery.wordsPerMinute };
  }

  private spokenOf(userId: string): HomeModel['spoken'] {
    const paces = this.deps.spoken?.paceHistory(userId, TREND_LENGTH) ?? [];
    return paces.length === 0 ? undefined : { paces, trend: paceTrend(paces) };
  }

  /** The pool the person is in, else that of the channel whose prompts they answer. */
  private mockLoopsOf(userId: string, answersIn: string | undefined): HomeModel['mockLoops'] {
    const [pool] = this.deps.mockLoops.poolsOf(userId);
    if (pool !== undefined) return { channelId: pool, inPool: true };
    return answersIn === undefined ? undefined : { channelId: answersIn, inPool: false };
  }

  /** The person's local date (the zone of the channel they answer in; UTC until they answer one). */
  today(userId: string): string {
    return localDateOf(this.deps.clock(), this.deps.stories.zoneOf(userId));
  }

  updateSettings(userId: string, change: UserSettingsChange): UserSettings {
    return this.deps.settings.update(userId, change, this.deps.clock());
  }
}
