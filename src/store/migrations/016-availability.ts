import type { Migration } from './index.js';

/*
 * Snooze and holidays.
 * - user_snoozes: one person's current snooze, until a local date (inclusive, in the zone of the channel they answer
 *   in). Everything personal pauses: nudges, streak breaks, mock pairing.
 * - user_snooze_periods: the days a person was snoozed, kept so a prompt day they missed while snoozed never breaks
 *   their streak after the snooze ended. `/lp snooze off` ends the current period yesterday.
 * - channel_holidays: dates and ranges (inclusive) an admin added; no prompt is posted on them.
 * - channels.holiday_country: a country code whose public holidays have no prompt either (date-holidays).
 * Only new tables and a nullable column: existing rows are untouched.
 */
const SQL = `
CREATE TABLE user_snoozes (
  user_id    TEXT PRIMARY KEY,
  until_date TEXT NOT NULL CHECK (until_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL
);

CREATE TABLE user_snooze_periods (
  user_id   TEXT NOT NULL,
  from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  to_date   TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  PRIMARY KEY (user_id, from_date),
  CHECK (to_date >= from_date)
);

CREATE TABLE channel_holidays (
  channel_id TEXT NOT NULL,
  from_date  TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  to_date    TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_by TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, from_date, to_date),
  CHECK (to_date >= from_date)
);

ALTER TABLE channels ADD COLUMN holiday_country TEXT;
`;

export const availability: Migration = {
  version: 16,
  name: 'availability',
  up(db) {
    db.exec(SQL);
  },
};
