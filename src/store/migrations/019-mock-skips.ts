import type { Migration } from './index.js';

/*
 * Mock loops, second round of what people asked for:
 * - `mock_skips`: principles a person asked never to be interviewed on in a loop (`/lp mock skip <principle>`); the
 *   packet chooses among the others.
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
ALTER TABLE mock_debriefs ADD COLUMN sent_cards INTEGER NOT NULL DEFAULT 0;
UPDATE mock_debriefs SET sent_cards = (
  SELECT COUNT(*) FROM mock_scorecards s WHERE s.pair_id = mock_debriefs.pair_id AND s.candidate_id = mock_debriefs.candidate_id
) WHERE status = 'sent';
`;

export const mockSkips: Migration = {
  version: 19,
  name: 'mock-skips',
  up(db) {
    db.exec(SQL);
  },
};
