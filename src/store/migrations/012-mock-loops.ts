import type { Migration } from './index.js';

/*
 * Mock loops (`/lp mock`): each channel's pool of people who want to interview each other, private "never pair me
 * with" choices, and the weekly pairings. A round is claimed once per channel and week (UNIQUE), in the same
 * transaction as its pairs, so ticks running together or a restart never pair a week twice. A pair's group DM is
 * reserved (attempts) before Slack is called, as the weekly summary is.
 */
const SQL = `
-- Weekday ('mon'..'sun') and 'HH:MM' of the weekly pairing in the channel's zone; 'off' turns mock loops off.
ALTER TABLE channels ADD COLUMN mock_day TEXT NOT NULL DEFAULT 'mon'
  CHECK (mock_day IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'off'));
ALTER TABLE channels ADD COLUMN mock_time TEXT NOT NULL DEFAULT '10:00';

CREATE TABLE mock_pool (
  channel_id  TEXT NOT NULL,
  user_id     TEXT NOT NULL,
  note        TEXT,           -- availability, as the person typed it
  target_date TEXT,           -- 'YYYY-MM-DD' of their interview, when given
  joined_at   TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);

-- Private: user_id is never paired with avoided_id (in any channel). Nobody else can read it.
CREATE TABLE mock_avoid (
  user_id    TEXT NOT NULL,
  avoided_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, avoided_id)
);

CREATE TABLE mock_rounds (
  id         INTEGER PRIMARY KEY,
  channel_id TEXT NOT NULL,
  week_start TEXT NOT NULL,  -- the channel-local Monday of the week paired
  created_at TEXT NOT NULL,
  UNIQUE (channel_id, week_start)
);

CREATE TABLE mock_pairs (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES mock_rounds (id) ON DELETE CASCADE,
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'met', 'skipped', 'failed')),
  attempts    INTEGER NOT NULL DEFAULT 0,  -- group DMs started (at most 2: one more after an unknown outcome)
  dm_channel  TEXT,
  message_ts  TEXT,
  error       TEXT,
  updated_at  TEXT NOT NULL
);
CREATE INDEX mock_pairs_round ON mock_pairs (round_id);
CREATE INDEX mock_pairs_due ON mock_pairs (status) WHERE status = 'pending';

CREATE TABLE mock_pair_members (
  pair_id INTEGER NOT NULL REFERENCES mock_pairs (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  PRIMARY KEY (pair_id, user_id)
);
CREATE INDEX mock_pair_members_user ON mock_pair_members (user_id);
`;

export const mockLoops: Migration = {
  version: 12,
  name: 'mock-loops',
  up(db) {
    db.exec(SQL);
  },
};
