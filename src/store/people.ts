import type { Db } from './db.js';
import { newPersonKey } from './sealing.js';

/*
 * People: the one table that holds Slack user ids for stories, feedback and votes, which refer to a person by number
 * and are sealed with the person's key (migration 020 says why: forget-me). Stores take and return Slack user ids;
 * these helpers translate at the SQL boundary.
 */

/** SQL for the person number of the Slack user id bound at `param` (`?` or `@name`); NULL for someone never seen. */
export const personOf = (param = '?') => `(SELECT id FROM people WHERE user_id = ${param})`;

/** SQL for the key of the Slack user id bound at `param`. */
export const keyOfUser = (param = '?') => `(SELECT key FROM people WHERE user_id = ${param})`;

/** SQL for the key of the person who told the answer whose id is the SQL expression `answerId`. */
export const keyOfAnswer = (answerId: string) =>
  `(SELECT p.key FROM answer_rows x JOIN people p ON p.id = x.person_id WHERE x.id = ${answerId})`;

/** SQL for the feedback JSON of the feedback row aliased `alias`, opened with its story's author's key. */
export const openFeedback = (alias: string) => `lp_open(${keyOfAnswer(`${alias}.answer_id`)}, ${alias}.feedback_json)`;

/** Records a person the first time they answer or vote (with a new key); a no-op for someone already known. */
export function personRecorder(db: Db): (userId: string) => void {
  const known = db.prepare<[string], number>('SELECT 1 FROM people WHERE user_id = ?').pluck();
  const insert = db.prepare('INSERT INTO people (user_id, key) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING');
  return (userId) => {
    // Read first: an INSERT that changes nothing still takes the write lock and commits (0.2 ms an answer here).
    if (known.get(userId) === undefined) insert.run(userId, newPersonKey());
  };
}
