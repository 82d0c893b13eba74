import type { Migration } from './index.js';

/*
 * Conventions for every table:
 * - Times are ISO 8601 UTC strings from Date.toISOString() (fixed width, so they sort as text and stay readable).
 * - Local calendar dates ("the prompt of Tuesday in Berlin") are 'YYYY-MM-DD' in the channel's time zone.
 * - Booleans are INTEGER 0/1 with a CHECK.
 * - Principle and question ids refer to data/*.json, not to tables, so they carry no foreign key.
 * Later features add columns (feedback mode, follow-up mode, vote emoji, digest time, wrap-up ts...) with ALTER TABLE.
 */
const SQL = `
-- A channel that receives the daily prompt, with its schedule in the channel's own time zone.
CREATE TABLE channels (
  channel_id  TEXT PRIMARY KEY,
  team_id     TEXT,
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  paused      INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  prompt_time TEXT NOT NULL CHECK (prompt_time GLOB '[0-2][0-9]:[0-5][0-9]'),  -- 'HH:MM' local time
  timezone    TEXT NOT NULL,                                                   -- IANA name, e.g. 'Europe/Berlin'
  days        TEXT NOT NULL,                                                   -- normalised list: 'mon,tue,wed,thu,fri'
  skip_date   TEXT,                                                            -- one local date whose prompt is skipped
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX channels_enabled ON channels (enabled);

-- Every prompt the app decided to post. A row is written (status 'reserved') BEFORE calling Slack and gets its
-- message ts afterwards, so a crash in between leaves a row that blocks a second post for the same day.
CREATE TABLE prompts (
  id           INTEGER PRIMARY KEY,
  channel_id   TEXT NOT NULL,
  local_date   TEXT NOT NULL,  -- the channel-local date the prompt belongs to
  -- Equal to local_date for the one prompt that holds the day's slot (scheduled, or a manual post that took it);
  -- NULL for extra manual prompts. UNIQUE below makes "one slot per channel per local date" a constraint.
  slot_date    TEXT,
  principle_id TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  source       TEXT NOT NULL CHECK (source IN ('scheduled', 'manual')),
  status       TEXT NOT NULL CHECK (status IN ('reserved', 'posted', 'failed')),
  message_ts   TEXT,           -- Slack ts of the posted message; answers are replies in its thread
  error        TEXT,           -- why posting failed (status 'failed'): Slack error code or exception message
  created_at   TEXT NOT NULL,
  posted_at    TEXT,
  CHECK (slot_date IS NULL OR slot_date = local_date),
  UNIQUE (channel_id, slot_date),
  UNIQUE (channel_id, message_ts)
);
CREATE INDEX prompts_channel_created ON prompts (channel_id, created_at);
CREATE INDEX prompts_channel_date ON prompts (channel_id, local_date);

-- A story someone told: a reply in a prompt's thread ('thread') or a private practice round ('practice', which has
-- no channel message). A follow-up reply points at the story it extends through parent_answer_id.
CREATE TABLE answers (
  id               INTEGER PRIMARY KEY,
  user_id          TEXT NOT NULL,
  prompt_id        INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  channel_id       TEXT,
  message_ts       TEXT,
  thread_ts        TEXT,
  principle_id     TEXT NOT NULL,
  question_id      TEXT,
  text             TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('thread', 'practice')),
  parent_answer_id INTEGER REFERENCES answers (id) ON DELETE CASCADE,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (channel_id, message_ts)  -- one answer per Slack message; NULLs (practice) never collide
);
CREATE INDEX answers_channel_principle ON answers (channel_id, principle_id, user_id);
CREATE INDEX answers_user_created ON answers (user_id, created_at);
CREATE INDEX answers_prompt ON answers (prompt_id);
CREATE INDEX answers_parent ON answers (parent_answer_id);

-- Rubric results. Several rows per answer are allowed (one per scoring, e.g. after an edit), newest is current,
-- so a new feedback can say what changed.
CREATE TABLE feedback (
  id            INTEGER PRIMARY KEY,
  answer_id     INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  score         INTEGER NOT NULL,
  level         TEXT NOT NULL,
  feedback_json TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX feedback_answer ON feedback (answer_id, id);

-- Peer votes (a reaction with the channel's vote emoji). prompt_id lets the per-prompt vote cap be one query.
CREATE TABLE votes (
  id         INTEGER PRIMARY KEY,
  answer_id  INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  voter_id   TEXT NOT NULL,
  prompt_id  INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  UNIQUE (answer_id, voter_id)
);
CREATE INDEX votes_prompt_voter ON votes (prompt_id, voter_id);
CREATE INDEX votes_voter ON votes (voter_id);

-- Slack event ids already handled; Slack redelivers events, and INSERT OR IGNORE here makes a retry a no-op.
CREATE TABLE processed_events (
  event_id    TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
CREATE INDEX processed_events_received ON processed_events (received_at);

-- Per-person preferences.
CREATE TABLE user_settings (
  user_id            TEXT PRIMARY KEY,
  leaderboard_optout INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard_optout IN (0, 1)),
  weekly_summary     INTEGER NOT NULL DEFAULT 0 CHECK (weekly_summary IN (0, 1)),
  interview_date     TEXT,  -- 'YYYY-MM-DD'
  updated_at         TEXT NOT NULL
);
`;

export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
