import type { Migration } from './index.js';

/*
 * Which rubric scored each feedback row, so `lp-coach rescore` and the start-up notice find the rows an older rubric
 * scored through an index instead of reading every row's JSON. Rows written before this migration are version 1.
 */
const SQL = `
ALTER TABLE feedback ADD COLUMN rubric_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX feedback_rubric_version ON feedback (rubric_version);
`;

export const feedbackRubricVersion: Migration = {
  version: 6,
  name: 'feedback-rubric-version',
  up(db) {
    db.exec(SQL);
  },
};
