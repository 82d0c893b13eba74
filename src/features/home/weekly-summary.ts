import { daysBetween } from '../../core/countdown.js';
import { computeCoverage, fullyCovered } from '../../core/coverage.js';
import { buildPersonalSummary } from '../../core/personal-summary.js';
import { PRINCIPLE_IDS } from '../../core/principles.js';
import { addDays, localDateOf, zonedInstant } from '../../core/schedule.js';
import { digestDueWeek } from '../../core/thread/summaries.js';
import type { AppLogger } from '../../logger.js';
import type { PersonalSummaryStore } from '../../store/personal-summaries.js';
import { toScoredStories, type StoryStore } from '../../store/stories.js';
import type { HomeService } from './service.js';

/** Monday 09:00 in the person's zone (the zone of the channel they answer in; UTC otherwise). */
const SUMMARY_SLOT = { day: 'mon', time: '09:00' } as const;

export interface PersonalSummaryDeps {
  store: PersonalSummaryStore;
  stories: StoryStore;
  home: HomeService;
  /** Sends one direct message; throws when Slack refuses. */
  sendDirectMessage(userId: string, text: string): Promise<void>;
  clock: () => Date;
  logger: AppLogger;
}

/** The weekly personal summary, for everyone who turned it on; run by the minute tick. */
export class PersonalSummaryService {
  constructor(private readonly deps: PersonalSummaryDeps) {}

  /** Sends the summaries due now, each once a week; one person's failure never stops the others. Never throws. */
  async runDue(): Promise<number> {
    const { store, clock, logger } = this.deps;
    let sent = 0;
    let subscribers: string[];
    try {
      subscribers = store.subscribers();
    } catch (error) {
      logger.error('weekly summaries: cannot list subscribers:', error);
      return 0;
    }
    for (const userId of subscribers) {
      const now = clock();
      const zone = this.deps.stories.zoneOf(userId);
      const weekStart = digestDueWeek(now, zone, SUMMARY_SLOT);
      if (weekStart === undefined || !store.reserve(userId, weekStart, now)) continue;
      try {
        await this.deps.sendDirectMessage(userId, this.summaryText(userId, weekStart, zone));
        store.markSent(userId, weekStart);
        sent += 1;
      } catch (error) {
        store.release(userId, weekStart);
        logger.error(`weekly summary for ${userId} failed (retried next tick):`, error);
      }
    }
    return sent;
  }

  summaryText(userId: string, weekStart: string, zone: string): string {
    const from = zonedInstant(addDays(weekStart, -7), '00:00', zone).toISOString();
    const to = zonedInstant(weekStart, '00:00', zone).toISOString();
    const scores = this.deps.stories.storyScores(userId);
    const lastWeek = scores.filter((s) => s.createdAt >= from && s.createdAt < to).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const before = computeCoverage(PRINCIPLE_IDS, toScoredStories(scores.filter((s) => s.createdAt < from)));
    const model = this.deps.home.model(userId);
    const interview = model.settings.interviewDate;
    const daysLeft = interview === null ? undefined : daysBetween(localDateOf(this.deps.clock(), zone), interview);
    return buildPersonalSummary({
      weekStart,
      scores: lastWeek.map((s) => s.score),
      fullyCovered: model.report.fullyCovered,
      fullyCoveredBefore: fullyCovered(before),
      principleCount: model.report.rows.length,
      next: model.report.next.map((row) => row.principle.name),
      streak: model.streak?.current,
      daysToInterview: daysLeft !== undefined && daysLeft > 0 ? daysLeft : undefined,
    });
  }
}
