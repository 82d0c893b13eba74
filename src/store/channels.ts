import { DEFAULT_DAYS, formatDays, parseDays, type Weekday } from '../core/schedule.js';
import { DEFAULT_THREAD_SETTINGS, type SettingChange, type ThreadSettings } from '../core/thread/settings.js';
import type { Db } from './db.js';

/** A channel's daily-prompt settings. */
export interface ChannelSettings {
  channelId: string;
  teamId: string | null;
  enabled: boolean;
  paused: boolean;
  /** 'HH:MM' in `timezone`. */
  promptTime: string;
  /** IANA zone name. */
  timezone: string;
  days: Weekday[];
  /** A channel-local 'YYYY-MM-DD' whose prompt is skipped, or null. */
  skipDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScheduleInput {
  channelId: string;
  teamId?: string | null;
  promptTime: string;
  timezone: string;
  days: readonly Weekday[];
}

interface ChannelRow {
  channel_id: string;
  team_id: string | null;
  enabled: number;
  paused: number;
  prompt_time: string;
  timezone: string;
  days: string;
  skip_date: string | null;
  created_at: string;
  updated_at: string;
}

/** Stored days strings ('mon,tue,wed,thu,fri') read once each: every `/lp schedule` reads the channel's row twice. */
const parsedDays = new Map<string, readonly Weekday[]>();
const PARSED_DAYS_KEPT = 256;

function daysOf(stored: string): Weekday[] {
  let days = parsedDays.get(stored);
  if (days === undefined) {
    const parsed = parseDays(stored);
    days = parsed.ok ? parsed.value : DEFAULT_DAYS;
    if (parsedDays.size >= PARSED_DAYS_KEPT) parsedDays.clear();
    parsedDays.set(stored, days);
  }
  // A copy: ChannelSettings.days is the caller's to change.
  return [...days];
}

function toSettings(row: ChannelRow): ChannelSettings {
  return {
    channelId: row.channel_id,
    teamId: row.team_id,
    enabled: row.enabled === 1,
    paused: row.paused === 1,
    promptTime: row.prompt_time,
    timezone: row.timezone,
    days: daysOf(row.days),
    skipDate: row.skip_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface ThreadSettingsRow {
  feedback_mode: ThreadSettings['feedbackMode'];
  followups_mode: ThreadSettings['followUpMode'];
  vote_emoji: string;
  digest_day: Weekday | 'off';
  digest_time: string;
  close_time: string | null;
  mock_day: Weekday | 'off';
  mock_time: string;
}

function toThreadSettings(row: ThreadSettingsRow): ThreadSettings {
  return {
    feedbackMode: row.feedback_mode,
    followUpMode: row.followups_mode,
    voteEmoji: row.vote_emoji,
    digest: row.digest_day === 'off' ? null : { day: row.digest_day, time: row.digest_time },
    closeTime: row.close_time,
    mock: row.mock_day === 'off' ? null : { day: row.mock_day, time: row.mock_time },
  };
}

/** Channel schedules and settings (table `channels`). */
export class ChannelStore {
  private readonly selectOne;
  private readonly selectThreadSettings;
  private readonly selectEnabled;
  private readonly upsert;
  private readonly insertIfMissing;
  private readonly updatePaused;
  private readonly updateSkipDate;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    // Only the schedule's columns (what toSettings reads), not the thread settings: a third less to copy on every read.
    this.selectOne = db.prepare<[string], ChannelRow>(
      'SELECT channel_id, team_id, enabled, paused, prompt_time, timezone, days, skip_date, created_at, updated_at FROM channels WHERE channel_id = ?',
    );
    this.selectThreadSettings = db.prepare<[string], ThreadSettingsRow>(
      'SELECT feedback_mode, followups_mode, vote_emoji, digest_day, digest_time, close_time, mock_day, mock_time FROM channels WHERE channel_id = ?',
    );
    this.selectEnabled = db.prepare<[], ChannelRow>('SELECT * FROM channels WHERE enabled = 1 ORDER BY channel_id');
    const columns = `(channel_id, team_id, enabled, paused, prompt_time, timezone, days, skip_date, created_at, updated_at)
      VALUES (@channelId, @teamId, 1, 0, @promptTime, @timezone, @days, NULL, @at, @at)`;
    this.upsert = db.prepare(
      `INSERT INTO channels ${columns}
       ON CONFLICT (channel_id) DO UPDATE SET
         team_id = COALESCE(excluded.team_id, team_id), enabled = 1, paused = 0, prompt_time = excluded.prompt_time,
         timezone = excluded.timezone, days = excluded.days, updated_at = excluded.updated_at`,
    );
    this.insertIfMissing = db.prepare(`INSERT OR IGNORE INTO channels ${columns}`);
    this.updatePaused = db.prepare('UPDATE channels SET paused = ?, updated_at = ? WHERE channel_id = ?');
    this.updateSkipDate = db.prepare('UPDATE channels SET skip_date = ?, updated_at = ? WHERE channel_id = ?');
  }

  get(channelId: string): ChannelSettings | undefined {
    const row = this.selectOne.get(channelId);
    return row === undefined ? undefined : toSettings(row);
  }

  /** Sets the schedule (`/lp setup`); the channel ends up enabled and not paused. A pending skip date is kept. */
  upsertSchedule(input: ScheduleInput): ChannelSettings {
    this.upsert.run(this.params(input));
    return this.get(input.channelId) as ChannelSettings;
  }

  /**
   * Adds the channel with this schedule only when it has none yet (the zero-configuration default channel from the
   * environment), so a restart never overwrites what an admin changed with `/lp setup`. True when it was added.
   */
  createIfMissing(input: ScheduleInput): boolean {
    return this.insertIfMissing.run(this.params(input)).changes === 1;
  }

  /** False when the channel has no schedule. */
  setPaused(channelId: string, paused: boolean): boolean {
    return this.updatePaused.run(paused ? 1 : 0, this.clock().toISOString(), channelId).changes === 1;
  }

  /** Sets (or clears, with null) the one local date whose prompt is skipped. False when the channel has no schedule. */
  setSkipDate(channelId: string, localDate: string | null): boolean {
    return this.updateSkipDate.run(localDate, this.clock().toISOString(), channelId).changes === 1;
  }

  /** Channels with a daily prompt, paused ones included (the caller reports them as paused). */
  listEnabled(): ChannelSettings[] {
    return this.selectEnabled.all().map(toSettings);
  }

  /** How the channel runs its practice threads; the defaults when the channel has no row (a `/lp post` channel). */
  threadSettings(channelId: string): ThreadSettings {
    const row = this.selectThreadSettings.get(channelId);
    return row === undefined ? { ...DEFAULT_THREAD_SETTINGS } : toThreadSettings(row);
  }

  /** Applies one `/lp config` change; false when the channel has no row yet (set it up first). */
  updateThreadSetting(channelId: string, change: SettingChange): boolean {
    const at = this.clock().toISOString();
    const run = (sql: string, ...values: (string | null)[]) =>
      this.db.prepare(`UPDATE channels SET ${sql}, updated_at = ? WHERE channel_id = ?`).run(...values, at, channelId).changes === 1;
    switch (change.setting) {
      case 'feedback':
        return run('feedback_mode = ?', change.value);
      case 'followups':
        return run('followups_mode = ?', change.value);
      case 'vote':
        return run('vote_emoji = ?', change.value);
      case 'digest':
        return change.value === null ? run(`digest_day = 'off'`) : run('digest_day = ?, digest_time = ?', change.value.day, change.value.time);
      case 'close':
        return run('close_time = ?', change.value);
      case 'mock':
        return change.value === null ? run(`mock_day = 'off'`) : run('mock_day = ?, mock_time = ?', change.value.day, change.value.time);
    }
  }

  private params(input: ScheduleInput) {
    return {
      channelId: input.channelId,
      teamId: input.teamId ?? null,
      promptTime: input.promptTime,
      timezone: input.timezone,
      days: formatDays(input.days),
      at: this.clock().toISOString(),
    };
  }
}
