import type { Migration } from './index.js';

/*
 * Opt-in reminders: a person who asked for one (`/lp remind on|<HH:MM>`) and has not answered the day's prompt by their
 * time gets one DM. `nudges` is the day's claim, taken before the DM is sent: PRIMARY KEY (user_id, local_date) makes
 * it one a day across restarts and concurrent ticks, and a claim whose send was cut short is never sent again (a
 * missed reminder is harmless, a second one is not).
 */
const SQL = `
CREATE TABLE user_reminders (
  user_id    TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  remind_at  TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE nudges (
  user_id    TEXT NOT NULL,
  local_date TEXT NOT NULL,
  prompt_id  INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  status     TEXT NOT NULL CHECK (status IN ('reserved', 'sent', 'failed')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, local_date)
);
`;

export const reminders: Migration = {
  version: 18,
  name: 'reminders',
  up(db) {
    db.exec(SQL);
  },
};
