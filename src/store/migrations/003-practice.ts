import type { Migration } from './index.js';

/*
 * Private practice rounds. A practice answer is a row in `answers` (kind 'practice', no channel, no prompt), so the
 * thread feature's per-channel and per-prompt queries never see it; the prompt it came from ("Answer privately")
 * lives here instead. Sharing a practice story turns its answer into a thread answer in place.
 */
const SQL = `
CREATE TABLE practice_rounds (
  answer_id  INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
  prompt_id  INTEGER REFERENCES prompts (id) ON DELETE SET NULL,  -- the daily prompt answered privately, if any
  created_at TEXT NOT NULL
);
CREATE INDEX practice_rounds_prompt ON practice_rounds (prompt_id);
-- The story bank and coverage read a person's root stories newest first.
CREATE INDEX answers_user_root_created ON answers (user_id, parent_answer_id, created_at);
`;

export const practiceSchema: Migration = {
  version: 3,
  name: 'practice',
  up(db) {
    db.exec(SQL);
  },
};
