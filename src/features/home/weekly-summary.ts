import { daysBetween } from '../../core/countdown.js';
import { computeCoverage, fullyCovered } from '../../core/coverage.js';
import { buildPersonalSummary } from '../../core/personal-summary.js';
import { PRINCIPLE_IDS } from '../../core/principles.js';
import { addDays, localDateOf, zonedInstant } from '../../core/schedule.js';
import { digestDueWeek } from '../../core/thread/summaries.js';
import type { AppLogger } from '../../logger.js';
import { slackErrorCode, slackRefusalCode } from '../../slack/slack-errors.js';
import type { PersonalSummaryStore } from '../../store/personal-summaries.js';
import { toScoredStories, type StoryStore } from '../../store/stories.js';
import type { HomeService } from './service.js';

/** Monday 09:00 in the person's zone (the zone of the channel they answer in; UTC otherwise). */
const SUMMARY_SLOT = { day: 'mon', time: '09:00' } as const;

export interface PersonalSummaryDeps {
  store: PersonalSummaryStore;
  stories: StoryStore;
  home: HomeService;
  /**
   * Sends one direct message, never repeating it on its own (the post-once client). Throws when it fails: a
   * DirectMessageNotSent when nothing can have been sent (the DM could not be opened), a Slack refusal (ok:false, a
   * rate limit), or anything else when the outcome is unknown (a timeout, an HTTP 5xx).
   */
  sendDirectMessage(userId: string, text: string): Promise<void>;
  clock: () => Date;
  logger: AppLogger;
  /** A reservation younger than this may be a send in flight (here or in another process); default 2 minutes. */
  reservedGraceMs?: number;
  /** Snoozed people (`/lp snooze`) get no summary while the snooze lasts. */
  isSnoozed?: (userId: string, localDate: string) => boolean;
}

/** The message was certainly not sent (the DM could not be opened): the week is freed and tried again. */
export class DirectMessageNotSent extends Error {
  override name = 'DirectMessageNotSent';
  constructor(readonly code: string) {
    super(`direct message not sent: ${code}`);
  }
}

/** Sends of one week's summary, at most: the first, and one more after an unknown outcome or a crash. */
const MAX_SENDS = 2;

/**
 * The weekly personal summary, for everyone who turned it on; run by the minute tick.
 *
 * A week is reserved before Slack is called, so it is sent once whatever ticks or processes run. A direct message
 * cannot be looked for afterwards (that would need `im:history`), so when a send's outcome is unknown (a timeout, an
 * HTTP 5xx) or a crash left the reservation (older than `reservedGraceMs`), it is sent once more on a later tick: it is
 * not lost, but may arrive twice. After a second unknown outcome it is given up, with one log line. A refusal
 * (ok:false, a rate limit) frees the week, and the next tick tries again.
 */
export class PersonalSummaryService {
  private readonly graceMs: number;
  /** People whose summary this process is sending right now. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: PersonalSummaryDeps) {
    this.graceMs = deps.reservedGraceMs ?? 2 * 60_000;
  }

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
      if (this.inFlight.has(userId)) continue;
      this.inFlight.add(userId);
      try {
        if (await this.runPerson(userId, clock())) sent += 1;
      } catch (error) {
        logger.error(`weekly summary for ${userId} failed:`, error);
      } finally {
        this.inFlight.delete(userId);
      }
    }
    return sent;
  }

  /** The person's summary for the week due now: a first send, or the one more send owed after an unknown outcome. */
  private async runPerson(userId: string, now: Date): Promise<boolean> {
    const { store, logger } = this.deps;
    const zone = this.deps.stories.zoneOf(userId);
    const weekStart = digestDueWeek(now, zone, SUMMARY_SLOT);
    if (weekStart === undefined || this.deps.isSnoozed?.(userId, localDateOf(now, zone)) === true) return false;
    const inFlightUntil = new Date(now.getTime() + this.graceMs);
    let attempt = 1;
    if (!store.reserve(userId, weekStart, now, inFlightUntil)) {
      const row = store.find(userId, weekStart);
      if (row === undefined || row.status === 'sent' || row.gaveUpAt !== null) return false;
      const dueAt = row.nextAttemptAt === null ? Date.parse(row.createdAt) + this.graceMs : Date.parse(row.nextAttemptAt);
      if (now.getTime() < dueAt) return false;
      const why = row.error ?? 'interrupted, e.g. by a restart';
      if (row.attempts >= MAX_SENDS) {
        if (store.giveUp(userId, weekStart, now)) {
          logger.error(`weekly summary for ${userId} (week of ${weekStart}): ${row.attempts} sends of unknown outcome (${why}); not sent again`);
        }
        return false;
      }
      if (!store.claimRetry(userId, weekStart, row.attempts, inFlightUntil)) return false;
      attempt = row.attempts + 1;
      logger.warn(`weekly summary for ${userId} (week of ${weekStart}): outcome of the last send unknown (${why}); sending it once more (it may arrive twice)`);
    }
    try {
      await this.deps.sendDirectMessage(userId, this.summaryText(userId, weekStart, zone));
      store.markSent(userId, weekStart);
      return true;
    } catch (error) {
      const refusal = error instanceof DirectMessageNotSent ? error.code : slackRefusalCode(error);
      if (refusal !== undefined) {
        // Nothing was sent by this send: free it, and the next tick tries again.
        store.release(userId, weekStart, now);
        logger.error(`weekly summary for ${userId} failed: ${refusal} (not sent; retried next tick)`);
        return false;
      }
      const reason = slackErrorCode(error);
      if (attempt >= MAX_SENDS) {
        if (store.giveUp(userId, weekStart, now)) {
          logger.error(`weekly summary for ${userId} (week of ${weekStart}): ${attempt} sends of unknown outcome (last: ${reason}); not sent again`);
        }
        return false;
      }
      store.outcomeUnknown(userId, weekStart, reason, now);
      logger.error(`weekly summary for ${userId} (week of ${weekStart}) failed: ${reason} (outcome unknown; sent once more next tick, so it may arrive twice)`);
      return false;
    }
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
