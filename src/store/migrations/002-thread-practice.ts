import type { Migration } from './index.js';

/*
 * Team practice in threads: per-channel settings for feedback, follow-ups, votes, the weekly digest and the
 * optional close time; the follow-up the app asked on an answer; and one row per wrap-up and per weekly digest so
 * each is posted at most once, whichever tick or process gets there first.
 */
const SQL = `
ALTER TABLE channels ADD COLUMN feedback_mode  TEXT NOT NULL DEFAULT 'private' CHECK (feedback_mode IN ('private', 'thread'));
ALTER TABLE channels ADD COLUMN followups_mode TEXT NOT NULL DEFAULT 'thread' CHECK (followups_mode IN ('thread', 'private', 'off'));
ALTER TABLE channels ADD COLUMN vote_emoji     TEXT NOT NULL DEFAULT 'star';
-- Weekday ('mon'..'sun') and 'HH:MM' of the weekly digest in the channel's zone; digest_day 'off' turns it off.
ALTER TABLE channels ADD COLUMN digest_day     TEXT NOT NULL DEFAULT 'fri'
  CHECK (digest_day IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'off'));
ALTER TABLE channels ADD COLUMN digest_time    TEXT NOT NULL DEFAULT '16:00' CHECK (digest_time GLOB '[0-2][0-9]:[0-5][0-9]');
-- 'HH:MM' local: the day's prompt is wrapped up at this time instead of only when the next prompt is posted.
ALTER TABLE channels ADD COLUMN close_time     TEXT CHECK (close_time IS NULL OR close_time GLOB '[0-2][0-9]:[0-5][0-9]');

-- The follow-up question asked on a story; the author's reply that answers it becomes a child answer.
CREATE TABLE followups (
  id              INTEGER PRIMARY KEY,
  answer_id       INTEGER NOT NULL UNIQUE REFERENCES answers (id) ON DELETE CASCADE,
  criterion       TEXT,            -- the weakest criterion it probes; NULL when every criterion was strong
  question        TEXT NOT NULL,
  reply_answer_id INTEGER REFERENCES answers (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL
);

-- One wrap-up per prompt: the row is taken before Slack is called.
CREATE TABLE wrap_ups (
  prompt_id  INTEGER PRIMARY KEY REFERENCES prompts (id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL,
  reason     TEXT NOT NULL CHECK (reason IN ('next-prompt', 'close-time')),
  status     TEXT NOT NULL CHECK (status IN ('reserved', 'posted', 'failed')),
  message_ts TEXT,
  error      TEXT,
  created_at TEXT NOT NULL
);

-- One weekly digest per channel per week (week_start: the channel-local Monday).
CREATE TABLE digests (
  channel_id TEXT NOT NULL,
  week_start TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('reserved', 'posted', 'failed')),
  message_ts TEXT,
  error      TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, week_start)
);

CREATE INDEX answers_thread ON answers (channel_id, thread_ts, user_id);
CREATE INDEX votes_answer ON votes (answer_id);
`;

export const threadPractice: Migration = {
  version: 2,
  name: 'thread-practice',
  up(db) {
    db.exec(SQL);
  },
};
