import type { Migration } from './index.js';

/*
 * What a year of a large company (a million answers, three million votes) needs to stay fast; measured with
 * `npm run bench:scale`, each found with EXPLAIN QUERY PLAN. No data changes: indexes, and one bookkeeping table
 * filled from the rows already there. On a file with a million answers it takes about 23 s, once.
 *
 * - answers_channel_created: a channel's stories since a date (leaderboards, the weekly digest) were read through the
 *   (channel_id, message_ts) index, every story the channel ever had, one table row each; with kind, parent, author
 *   and message ts in the index, ranking and counting them reads no table row.
 * - answers_channel_people replaces answers_channel_principle (channel first): team coverage per principle (the daily
 *   prompt's choice, the digest) counts people from the index instead of reading every story of the channel, and the
 *   days a person answered in a channel (streaks in `/lp me` and the digest, for each recent author) come from it too,
 *   as do the contributors of a leaderboard (grouped by person, so the planner takes this one: created_at is in it).
 * - answers_user_stories replaces answers_user_root_created (same first columns) and answers_user_created (whose
 *   one use, user_id, it starts with): a person's stories with their principle, kind and prompt (coverage, the App
 *   Home, its streak, the story bank's numbering) from the index alone.
 * - feedback_current: a story's current feedback is its newest row; its score, level and the principles the rubric
 *   detected in it (coverage, the App Home) now come from the index instead of a page of JSON per story (SQLite reads
 *   an indexed expression from the index when a query uses the same expression). It starts with (answer_id, id), so
 *   it replaces feedback_answer. Building it reads each row's JSON once.
 * - votes_answer_created: who voted since a date in a channel (the digest) from the index alone. It starts with
 *   answer_id, so it replaces votes_answer.
 * - followups_reply: deleting an answer sets the reply_answer_id of the follow-up it answered to NULL, which without
 *   an index read every follow-up once per deleted answer (forget-me of a busy person: about a minute).
 * - unscored_answers: thread answers stored but not scored yet (a stop in between). Start-up looked for them with a
 *   scan of every answer; this table holds just their ids, kept by triggers: an answer (or one turned into a thread
 *   answer by sharing) without feedback is added, its first feedback removes it, deleting the answer cascades.
 *   Feedback rows are only ever deleted with their answer, so an answer never goes back to unscored. It holds no
 *   user id and no text (forget-me needs nothing more than the cascade).
 */
const SQL = `
CREATE INDEX answers_channel_created ON answers (channel_id, created_at, kind, parent_answer_id, user_id, message_ts);
CREATE INDEX answers_channel_people ON answers (channel_id, user_id, parent_answer_id, kind, principle_id, prompt_id, created_at);
DROP INDEX answers_channel_principle;
CREATE INDEX answers_user_stories ON answers (user_id, parent_answer_id, created_at, principle_id, kind, prompt_id);
DROP INDEX answers_user_root_created;
DROP INDEX answers_user_created;

CREATE INDEX feedback_current ON feedback (answer_id, id, score, level, json_extract(feedback_json, '$.principle.detected'));
DROP INDEX feedback_answer;

CREATE INDEX votes_answer_created ON votes (answer_id, created_at, voter_id);
DROP INDEX votes_answer;

CREATE INDEX followups_reply ON followups (reply_answer_id);

CREATE TABLE unscored_answers (
  answer_id INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE
);
INSERT INTO unscored_answers (answer_id)
  SELECT a.id FROM answers a
  WHERE a.kind = 'thread' AND a.message_ts IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id);

CREATE TRIGGER answers_unscored_on_insert AFTER INSERT ON answers
  WHEN NEW.kind = 'thread' AND NEW.message_ts IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO unscored_answers (answer_id)
    SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM feedback WHERE answer_id = NEW.id);
END;

CREATE TRIGGER answers_unscored_on_update AFTER UPDATE OF kind, message_ts ON answers
  WHEN NEW.kind = 'thread' AND NEW.message_ts IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO unscored_answers (answer_id)
    SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM feedback WHERE answer_id = NEW.id);
END;

CREATE TRIGGER feedback_scores_answer AFTER INSERT ON feedback
BEGIN
  DELETE FROM unscored_answers WHERE answer_id = NEW.answer_id;
END;
`;

export const scaleIndexes: Migration = {
  version: 11,
  name: 'scale-indexes',
  up(db) {
    db.exec(SQL);
  },
};
