import type { Db } from './db.js';

/** Weekly personal summaries: who wants one, and which weeks were sent (table `personal_summaries`). */
export class PersonalSummaryStore {
  private readonly selectSubscribers;
  private readonly insertReservation;
  private readonly updateSent;
  private readonly deleteReservation;

  constructor(db: Db) {
    this.selectSubscribers = db.prepare<[], { user_id: string }>('SELECT user_id FROM user_settings WHERE weekly_summary = 1 ORDER BY user_id');
    this.insertReservation = db.prepare(
      `INSERT OR IGNORE INTO personal_summaries (user_id, week_start, status, created_at) VALUES (?, ?, 'reserved', ?)`,
    );
    this.updateSent = db.prepare(`UPDATE personal_summaries SET status = 'sent' WHERE user_id = ? AND week_start = ?`);
    this.deleteReservation = db.prepare('DELETE FROM personal_summaries WHERE user_id = ? AND week_start = ?');
  }

  /** People who turned the weekly summary on. */
  subscribers(): string[] {
    return this.selectSubscribers.all().map((row) => row.user_id);
  }

  /** Takes the person's week; false when this week's summary was already sent or is being sent. */
  reserve(userId: string, weekStart: string, at: Date): boolean {
    return this.insertReservation.run(userId, weekStart, at.toISOString()).changes === 1;
  }

  markSent(userId: string, weekStart: string): void {
    this.updateSent.run(userId, weekStart);
  }

  /** Slack refused the message (nothing was sent): free the week so the next tick tries again. */
  release(userId: string, weekStart: string): void {
    this.deleteReservation.run(userId, weekStart);
  }
}
