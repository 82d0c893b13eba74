import type { Migration } from './index.js';

/*
 * Mock loops, second round of what people asked for:
 * - `mock_skips`: principles a person asked never to be interviewed on in a loop (`/lp mock skip <principle>`); the
 *   packet chooses among the others.
 * - `mock_solo`: the written bar-raiser mock a person is taking in their DM with LP Coach (`/lp mock solo`): the
 *   question, the story once answered (a practice round), the follow-ups asked so far, and the last DM message taken,
 *   so a retried event is never taken twice. One per person; a new `/lp mock solo` replaces it.
 * - `mock_debriefs.sent_cards`: how many scorecards the debrief that went out held. A scorecard that comes in after the
 *   48-hour debrief makes the candidate's count larger than it, and an updated debrief is owed.
 */
const SQL = `
CREATE TABLE mock_skips (
  user_id      TEXT NOT NULL,
  principle_id TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (user_id, principle_id)
);
CREATE TABLE mock_solo (
  user_id      TEXT PRIMARY KEY,
  dm_channel   TEXT NOT NULL,
  principle_id TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  answer_id    INTEGER REFERENCES answers (id) ON DELETE CASCADE,
  asked        TEXT NOT NULL DEFAULT '[]',
  last_ts      TEXT,
  started_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
ALTER TABLE mock_debriefs ADD COLUMN sent_cards INTEGER NOT NULL DEFAULT 0;
UPDATE mock_debriefs SET sent_cards = (
  SELECT COUNT(*) FROM mock_scorecards s WHERE s.pair_id = mock_debriefs.pair_id AND s.candidate_id = mock_debriefs.candidate_id
) WHERE status = 'sent';
`;

export const mockSkips: Migration = {
  version: 19,
  name: 'mock-skips-solo',
  up(db) {
    db.exec(SQL);
  },
};
