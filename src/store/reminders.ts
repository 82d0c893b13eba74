import type { Db } from './db.js';

export interface Reminder {
  userId: string;
  channelId: string;
  /** 'HH:MM' in the channel's zone. */
  remindAt: string;
  timezone: string;
}

/** The day's prompt of a channel, as a reminder names it. */
export interface TodaysPrompt {
  id: number;
  principleId: string;
  questionId: string;
  postedAt: Date;
}

/** Who asked for reminders (`user_reminders`) and the day's claim per person (`nudges`). */
export class ReminderStore {
  private readonly upsert;
  private readonly deleteRow;
  private readonly selectOne;
  private readonly selectAll;
  private readonly selectPrompt;
  private readonly selectAnswered;
  private readonly insertClaim;
  private readonly updateClaim;

  constructor(db: Db) {
    this.upsert = db.prepare(
      `INSERT INTO user_reminders (user_id, channel_id, remind_at, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id, remind_at = excluded.remind_at`,
    );
    this.deleteRow = db.prepare('DELETE FROM user_reminders WHERE user_id = ?');
    const select = `SELECT r.user_id, r.channel_id, r.remind_at, COALESCE(c.timezone, 'UTC') AS timezone
                    FROM user_reminders r LEFT JOIN channels c ON c.channel_id = r.channel_id`;
    this.selectOne = db.prepare<[string], ReminderRow>(`${select} WHERE r.user_id = ?`);
    this.selectAll = db.prepare<[], ReminderRow>(select);
    // The newest prompt posted in the channel on that local date (an extra `/lp post` after the scheduled one counts).
    this.selectPrompt = db.prepare<[string, string], { id: number; principle_id: string; question_id: string; posted_at: string | null }>(
      `SELECT id, principle_id, question_id, posted_at FROM prompts WHERE channel_id = ? AND local_date = ? AND status = 'posted' ORDER BY id DESC LIMIT 1`,
    );
    // In its thread, or privately with "Answer privately".
    this.selectAnswered = db.prepare<{ userId: string; promptId: number }, { answered: number }>(
      `SELECT EXISTS (SELECT 1 FROM answers WHERE user_id = @userId AND prompt_id = @promptId)
           OR EXISTS (SELECT 1 FROM practice_rounds r JOIN answers a ON a.id = r.answer_id WHERE a.user_id = @userId AND r.prompt_id = @promptId) AS answered`,
    );
    this.insertClaim = db.prepare(
      `INSERT INTO nudges (user_id, local_date, prompt_id, status, created_at) VALUES (?, ?, ?, 'reserved', ?) ON CONFLICT (user_id, local_date) DO NOTHING`,
    );
    this.updateClaim = db.prepare('UPDATE nudges SET status = ? WHERE user_id = ? AND local_date = ?');
  }

  set(userId: string, channelId: string, remindAt: string, now: Date): void {
    this.upsert.run(userId, channelId, remindAt, now.toISOString());
  }

  /** False when there was none. */
  clear(userId: string): boolean {
    return this.deleteRow.run(userId).changes === 1;
  }

  of(userId: string): Reminder | undefined {
    const row = this.selectOne.get(userId);
    return row === undefined ? undefined : toReminder(row);
  }

  all(): Reminder[] {
    return this.selectAll.all().map(toReminder);
  }

  todaysPrompt(channelId: string, localDate: string): TodaysPrompt | undefined {
    const row = this.selectPrompt.get(channelId, localDate);
    return row === undefined ? undefined : { id: row.id, principleId: row.principle_id, questionId: row.question_id, postedAt: new Date(row.posted_at ?? 0) };
  }

  answered(userId: string, promptId: number): boolean {
    return this.selectAnswered.get({ userId, promptId })?.answered === 1;
  }

  /** Takes the person's one reminder of the day; false when it was taken already. */
  claim(userId: string, localDate: string, promptId: number, now: Date): boolean {
    return this.insertClaim.run(userId, localDate, promptId, now.toISOString()).changes === 1;
  }

  markClaim(userId: string, localDate: string, status: 'sent' | 'failed'): void {
    this.updateClaim.run(status, userId, localDate);
  }
}

interface ReminderRow {
  user_id: string;
  channel_id: string;
  remind_at: string;
  timezone: string;
}

function toReminder(row: ReminderRow): Reminder {
  return { userId: row.user_id, channelId: row.channel_id, remindAt: row.remind_at, timezone: row.timezone };
}
