import type { Db } from './db.js';

export interface UserSettings {
  userId: string;
  /** Keeps the person's name off every public list (leaderboards, digests, wrap-ups). */
  leaderboardOptout: boolean;
  /** A weekly personal summary by direct message. */
  weeklySummary: boolean;
  /** 'YYYY-MM-DD', for the App Home countdown. */
  interviewDate: string | null;
}

export type UserSettingsChange = Partial<Omit<UserSettings, 'userId'>>;

/** Per-person preferences (table `user_settings`); a person without a row has the defaults. */
export class UserSettingsStore {
  private readonly selectRow;
  private readonly upsertRow;

  constructor(db: Db) {
    this.selectRow = db.prepare<[string], SettingsRow>(
      'SELECT user_id, leaderboard_optout, weekly_summary, interview_date FROM user_settings WHERE user_id = ?',
    );
    this.upsertRow = db.prepare(
      `INSERT INTO user_settings (user_id, leaderboard_optout, weekly_summary, interview_date, updated_at)
       VALUES (@userId, @leaderboardOptout, @weeklySummary, @interviewDate, @at)
       ON CONFLICT (user_id) DO UPDATE SET leaderboard_optout = excluded.leaderboard_optout,
         weekly_summary = excluded.weekly_summary, interview_date = excluded.interview_date, updated_at = excluded.updated_at`,
    );
  }

  get(userId: string): UserSettings {
    const row = this.selectRow.get(userId);
    if (row === undefined) return { userId, leaderboardOptout: false, weeklySummary: false, interviewDate: null };
    return {
      userId,
      leaderboardOptout: row.leaderboard_optout === 1,
      weeklySummary: row.weekly_summary === 1,
      interviewDate: row.interview_date,
    };
  }

  update(userId: string, change: UserSettingsChange, at: Date): UserSettings {
    const next = { ...this.get(userId), ...change };
    this.upsertRow.run({
      userId,
      leaderboardOptout: next.leaderboardOptout ? 1 : 0,
      weeklySummary: next.weeklySummary ? 1 : 0,
      interviewDate: next.interviewDate,
      at: at.toISOString(),
    });
    return next;
  }
}

interface SettingsRow {
  user_id: string;
  leaderboard_optout: number;
  weekly_summary: number;
  interview_date: string | null;
}
