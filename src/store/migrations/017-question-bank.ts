import type { Migration } from './index.js';

/*
 * Tracks and the team's own questions.
 *
 * channels.track: the role track a channel's daily prompt asks from (`swe`, `pm`, `em`, `ops`); NULL, the default and
 * what every existing channel gets, asks the whole built-in bank exactly as before.
 *
 * team_questions: a channel's own questions (`/lp questions`). Ids are 'team-<n>', so they never clash with the
 * built-in ids that prompts.question_id and answers.question_id also hold. Rows are never deleted: retiring sets
 * retired_at, so prompts and answers that name a retired question keep its text. probes is a JSON array of strings;
 * track NULL means every track. created_by is a Slack user id (forget-me sets it to NULL).
 */
const SQL = `
ALTER TABLE channels ADD COLUMN track TEXT;

CREATE TABLE team_questions (
  id           TEXT PRIMARY KEY,
  channel_id   TEXT NOT NULL,
  principle_id TEXT NOT NULL,
  text         TEXT NOT NULL,
  probes       TEXT NOT NULL DEFAULT '[]',
  track        TEXT,
  created_by   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT,
  retired_at   TEXT
);

CREATE INDEX team_questions_by_channel ON team_questions (channel_id, retired_at);
CREATE INDEX team_questions_by_creator ON team_questions (created_by) WHERE created_by IS NOT NULL;
`;

export const questionBank: Migration = {
  version: 17,
  name: 'question-bank',
  up(db) {
    db.exec(SQL);
  },
};
