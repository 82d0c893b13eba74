import type { Migration } from './index.js';

/*
 * The weekly personal summary by direct message (App Home setting). One row per person and week, taken before Slack
 * is called, so the summary goes out at most once a week whichever tick or process gets there first.
 */
const SQL = `
CREATE TABLE personal_summaries (
  user_id    TEXT NOT NULL,
  week_start TEXT NOT NULL,  -- the local Monday of the week the summary was sent in
  status     TEXT NOT NULL CHECK (status IN ('reserved', 'sent')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, week_start)
);
`;

export const personalSummariesSchema: Migration = {
  version: 4,
  name: 'personal-summaries',
  up(db) {
    db.exec(SQL);
  },
};
