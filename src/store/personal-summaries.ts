import type { Db } from './db.js';

/** One person's week. 'reserved': a send started (in flight, of unknown outcome, or left by a crash); 'sent'. */
export interface PersonalSummaryRecord {
  status: 'reserved' | 'sent';
  /** Sends started so far. */
  attempts: number;
  /** When a send of unknown outcome may be made again (ISO); null on rows from before this was kept. */
  nextAttemptAt: string | null;
  /** What went wrong with the last send of unknown outcome. */
  error: string | null;
  createdAt: string;
  /** Set when it is not sent again; logged once. */
  gaveUpAt: string | null;
}

interface Row {
  status: 'reserved' | 'sent';
  attempts: number;
  next_attempt_at: string | null;
  error: string | null;
  created_at: string;
  gave_up_at: string | null;
}

/**
 * Weekly personal summaries: who wants one, and which weeks were sent (table `personal_summaries`). A week is reserved
 * before Slack is called. A direct message cannot be looked for afterwards (the app has no `im:history`), so a send
 * of unknown outcome (a timeout, an HTTP 5xx, a crash after the reservation) is made once more, claimed here first.
 */
export class PersonalSummaryStore {
  private readonly selectSubscribers;
  private readonly insertReservation;
  private readonly selectRow;
  private readonly updateSent;
  private readonly deleteReservation;
  private readonly stepBack;
  private readonly updateUnknown;
  private readonly claimRow;
  private readonly giveUpRow;

  constructor(db: Db) {
    this.selectSubscribers = db.prepare<[], { user_id: string }>('SELECT user_id FROM user_settings WHERE weekly_summary = 1 ORDER BY user_id');
    this.insertReservation = db.prepare(
      `INSERT OR IGNORE INTO personal_summaries (user_id, week_start, status, created_at, next_attempt_at) VALUES (?, ?, 'reserved', ?, ?)`,
    );
    this.selectRow = db.prepare<[string, string], Row>(
      'SELECT status, attempts, next_attempt_at, error, created_at, gave_up_at FROM personal_summaries WHERE user_id = ? AND week_start = ?',
    );
    this.updateSent = db.prepare(`UPDATE personal_summaries SET status = 'sent', error = NULL WHERE user_id = ? AND week_start = ?`);
    this.deleteReservation = db.prepare(`DELETE FROM personal_summaries WHERE user_id = ? AND week_start = ? AND status = 'reserved' AND attempts <= 1`);
    this.stepBack = db.prepare(
      `UPDATE personal_summaries SET attempts = attempts - 1, next_attempt_at = ?
       WHERE user_id = ? AND week_start = ? AND status = 'reserved' AND attempts > 1`,
    );
    this.updateUnknown = db.prepare(
      `UPDATE personal_summaries SET error = ?, next_attempt_at = ? WHERE user_id = ? AND week_start = ? AND status = 'reserved'`,
    );
    this.claimRow = db.prepare(
      `UPDATE personal_summaries SET attempts = attempts + 1, next_attempt_at = ?
       WHERE user_id = ? AND week_start = ? AND status = 'reserved' AND gave_up_at IS NULL AND attempts = ?`,
    );
    this.giveUpRow = db.prepare(
      `UPDATE personal_summaries SET gave_up_at = ? WHERE user_id = ? AND week_start = ? AND status = 'reserved' AND gave_up_at IS NULL`,
    );
  }

  /** People who turned the weekly summary on. */
  subscribers(): string[] {
    return this.selectSubscribers.all().map((row) => row.user_id);
  }

  /**
   * Takes the person's week; false when this week's summary was already sent or is being sent. Should the process
   * stop before the outcome is recorded, the send may be made again from `retryFrom` (default: at once).
   */
  reserve(userId: string, weekStart: string, at: Date, retryFrom: Date = at): boolean {
    return this.insertReservation.run(userId, weekStart, at.toISOString(), retryFrom.toISOString()).changes === 1;
  }

  find(userId: string, weekStart: string): PersonalSummaryRecord | undefined {
    const row = this.selectRow.get(userId, weekStart);
    if (row === undefined) return undefined;
    return {
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      error: row.error,
      createdAt: row.created_at,
      gaveUpAt: row.gave_up_at,
    };
  }

  markSent(userId: string, weekStart: string): void {
    this.updateSent.run(userId, weekStart);
  }

  /**
   * Slack refused the message (nothing was sent by this send). The first send: the week is freed, so the next tick
   * tries again. A send made again after an unknown outcome: that send is still owed, from `retryFrom`.
   */
  release(userId: string, weekStart: string, retryFrom: Date = new Date(0)): void {
    this.deleteReservation.run(userId, weekStart);
    this.stepBack.run(retryFrom.toISOString(), userId, weekStart);
  }

  /** The send's outcome is unknown (a timeout, an HTTP 5xx): it may be made again from `retryFrom`. */
  outcomeUnknown(userId: string, weekStart: string, error: string, retryFrom: Date): void {
    this.updateUnknown.run(error, retryFrom.toISOString(), userId, weekStart);
  }

  /**
   * Takes the next send of a week whose last send has an unknown outcome, when it still has `attempts` sends (so one
   * process wins); should that one be interrupted too, it is looked at again from `retryFrom`.
   */
  claimRetry(userId: string, weekStart: string, attempts: number, retryFrom: Date): boolean {
    return this.claimRow.run(retryFrom.toISOString(), userId, weekStart, attempts).changes === 1;
  }

  /** Not sent again; true only the first time (so the give-up is logged once). */
  giveUp(userId: string, weekStart: string, at: Date): boolean {
    return this.giveUpRow.run(at.toISOString(), userId, weekStart).changes === 1;
  }
}
