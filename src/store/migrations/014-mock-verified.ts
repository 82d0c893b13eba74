import type { Migration } from './index.js';

/*
 * A story told in a mock loop and rated Inclined or better counts toward the candidate's coverage as "verified out
 * loud". The candidate can attach the written version from their story bank, so the two count as one story. ON DELETE
 * SET NULL: deleting the written story leaves the loop's story counting on its own.
 */
const SQL = `
ALTER TABLE mock_scorecards ADD COLUMN attached_answer_id INTEGER REFERENCES answers (id) ON DELETE SET NULL;
CREATE INDEX mock_scorecards_attached ON mock_scorecards (attached_answer_id) WHERE attached_answer_id IS NOT NULL;
`;

export const mockVerified: Migration = {
  version: 14,
  name: 'mock-verified',
  up(db) {
    db.exec(SQL);
  },
};
