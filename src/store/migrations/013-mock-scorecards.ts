import type { Migration } from './index.js';

/*
 * Mock-loop packets, scorecards and debriefs. What each interviewer asks their candidate about is chosen when the
 * week is paired and stored with the pair, so the packet never changes under them. A scorecard is one row per
 * interviewer, principle and pair: submitting again edits it. A debrief is reserved before its DM is sent, once per
 * candidate and pair.
 */
const SQL = `
CREATE TABLE mock_assignments (
  pair_id        INTEGER NOT NULL REFERENCES mock_pairs (id) ON DELETE CASCADE,
  interviewer_id TEXT NOT NULL,
  candidate_id   TEXT NOT NULL,
  position       INTEGER NOT NULL,  -- the order of the principles in the packet, from 1
  principle_id   TEXT NOT NULL,
  question_id    TEXT NOT NULL,
  PRIMARY KEY (pair_id, interviewer_id, position)
);
CREATE INDEX mock_assignments_candidate ON mock_assignments (candidate_id);

CREATE TABLE mock_scorecards (
  pair_id        INTEGER NOT NULL REFERENCES mock_pairs (id) ON DELETE CASCADE,
  interviewer_id TEXT NOT NULL,
  candidate_id   TEXT NOT NULL,
  principle_id   TEXT NOT NULL,
  rating         TEXT NOT NULL CHECK (rating IN ('strongly-inclined', 'inclined', 'not-inclined', 'strongly-not-inclined')),
  strong         TEXT NOT NULL DEFAULT '[]',  -- JSON array of rubric criterion ids
  missing        TEXT NOT NULL DEFAULT '[]',
  note           TEXT,
  story_title    TEXT,
  submitted_at   TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (pair_id, interviewer_id, principle_id)
);
CREATE INDEX mock_scorecards_candidate ON mock_scorecards (candidate_id);
CREATE INDEX mock_scorecards_interviewer ON mock_scorecards (interviewer_id);

CREATE TABLE mock_debriefs (
  pair_id      INTEGER NOT NULL REFERENCES mock_pairs (id) ON DELETE CASCADE,
  candidate_id TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('reserved', 'sent', 'failed')),
  attempts     INTEGER NOT NULL DEFAULT 1,
  error        TEXT,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (pair_id, candidate_id)
);
`;

export const mockScorecards: Migration = {
  version: 13,
  name: 'mock-scorecards',
  up(db) {
    db.exec(SQL);
  },
};
