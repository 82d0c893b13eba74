import type { Db } from '../db.js';
import { newPersonKey } from '../sealing.js';
import type { Migration } from './index.js';

/*
 * Forget-me without rewriting the file. `/lp forget-me` must leave no byte of the person in the file, and deleting rows
 * is not enough even with secure_delete on: when SQLite rebalances a b-tree page it leaves copies of moved cells in the
 * page's unused space, and the interior pages of an index keep copies of keys as dividers after the rows are gone. Until
 * now only VACUUM (rebuilding the whole file: 128 s at a million answers) removed them. So from here on:
 * - A Slack user id is stored once for stories, feedback and votes, in `people`, with a random key per person. Stories
 *   (`answer_rows`) and votes refer to a person by number: what a stale copy can still hold is a number that names
 *   nobody once the person's `people` row is gone.
 * - What the person wrote (a story's text and title) and what quotes it (its feedback JSON, its follow-up question)
 *   is sealed with their key
 *   (src/store/sealing.ts). Forget-me destroys the key by rebuilding the small `people` table; stale copies of the
 *   sealed bytes stay unreadable.
 * - `answers` becomes a view over `answer_rows` that opens the text and names the author, so every reader keeps its
 *   query; writers write `answer_rows`.
 * - Feedback's detected principles get a plain column (`detected`) for the feedback_current index, which read them from
 *   the JSON before.
 * - The small tables keyed by Slack user id are rebuilt at each forget-me instead (src/store/privacy.ts).
 * A file written before secure_delete was on may still hold old copies of rows in free space, so the migration leaves a
 * `file_maintenance` task that openDatabase runs once after it commits: one VACUUM (src/store/db.ts).
 * AUTOINCREMENT: a forgotten person's number is never given to someone else, so a stale entry can never be read as a
 * new person's.
 */
const BEFORE = `
CREATE TABLE people (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id TEXT NOT NULL UNIQUE,
  key     BLOB NOT NULL
);
`;

const AFTER = `
DROP INDEX answers_thread;
DROP INDEX answers_channel_created;
DROP INDEX answers_channel_people;
DROP INDEX answers_user_stories;
ALTER TABLE answers ADD COLUMN person_id INTEGER;
UPDATE answers SET person_id = (SELECT p.id FROM people p WHERE p.user_id = answers.user_id);
ALTER TABLE answers DROP COLUMN user_id;
ALTER TABLE answers RENAME TO answer_rows;

ALTER TABLE feedback ADD COLUMN detected TEXT;
DROP INDEX feedback_current;
UPDATE feedback SET detected = json_extract(feedback_json, '$.principle.detected'),
  feedback_json = lp_seal((SELECT p.key FROM answer_rows a JOIN people p ON p.id = a.person_id WHERE a.id = feedback.answer_id), feedback_json);
UPDATE followups SET question = lp_seal((SELECT p.key FROM answer_rows a JOIN people p ON p.id = a.person_id WHERE a.id = followups.answer_id), question);
UPDATE answer_rows SET text = lp_seal((SELECT key FROM people WHERE id = person_id), text),
  title = lp_seal((SELECT key FROM people WHERE id = person_id), title);

CREATE INDEX answers_thread ON answer_rows (channel_id, thread_ts, person_id);
CREATE INDEX answers_channel_created ON answer_rows (channel_id, created_at, kind, parent_answer_id, person_id, message_ts);
CREATE INDEX answers_channel_people ON answer_rows (channel_id, person_id, parent_answer_id, kind, principle_id, prompt_id, created_at);
CREATE INDEX answers_person_stories ON answer_rows (person_id, parent_answer_id, created_at, principle_id, kind, prompt_id);
CREATE INDEX feedback_current ON feedback (answer_id, id, score, level, detected);

CREATE VIEW answers AS
  SELECT a.id, p.user_id, a.prompt_id, a.channel_id, a.message_ts, a.thread_ts, a.principle_id, a.question_id,
    lp_open(p.key, a.text) AS text, a.kind, a.parent_answer_id, a.created_at, a.updated_at, lp_open(p.key, a.title) AS title,
    a.person_id
  FROM answer_rows a LEFT JOIN people p ON p.id = a.person_id;

CREATE TABLE votes_by_person (
  id              INTEGER PRIMARY KEY,
  answer_id       INTEGER NOT NULL REFERENCES answer_rows (id) ON DELETE CASCADE,
  voter_person_id INTEGER NOT NULL,
  prompt_id       INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL,
  UNIQUE (answer_id, voter_person_id)
);
INSERT INTO votes_by_person (id, answer_id, voter_person_id, prompt_id, created_at)
  SELECT v.id, v.answer_id, p.id, v.prompt_id, v.created_at FROM votes v JOIN people p ON p.user_id = v.voter_id ORDER BY v.id;
DROP TABLE votes;
ALTER TABLE votes_by_person RENAME TO votes;
CREATE INDEX votes_prompt_voter ON votes (prompt_id, voter_person_id);
CREATE INDEX votes_voter ON votes (voter_person_id);
CREATE INDEX votes_answer_created ON votes (answer_id, created_at, voter_person_id);

CREATE TABLE file_maintenance (
  task TEXT PRIMARY KEY CHECK (task IN ('vacuum'))
);
INSERT INTO file_maintenance (task) SELECT 'vacuum' WHERE EXISTS (SELECT 1 FROM people);
`;

export const people: Migration = {
  version: 20,
  name: 'people',
  up(db: Db) {
    db.exec(BEFORE);
    const insert = db.prepare('INSERT INTO people (user_id, key) VALUES (?, ?)');
    const known = db.prepare<[], string>('SELECT user_id FROM answers UNION SELECT voter_id FROM votes ORDER BY 1').pluck();
    for (const userId of known.all()) insert.run(userId, newPersonKey());
    db.exec(AFTER);
  },
};
