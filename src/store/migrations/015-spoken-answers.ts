import type { Migration } from './index.js';

/*
 * Answers told out loud as Slack clips. A clip waits in `pending_clips` until Slack's transcript is ready: the row is
 * written before the event is acked, so a restart resumes the wait instead of losing the answer, and UNIQUE
 * (channel_id, message_ts) stops a retried event from waiting twice. Once scored, the row goes in the transaction that
 * stores the answer, so a late `file_change` finds nothing to score again. `spoken_answers` keeps what the clip was
 * (its file id and length, never the audio) and how it was said; it goes with its answer (ON DELETE CASCADE). A clip
 * is a story in a prompt's thread ('thread') or a /lp practice answer recorded in the person's DM ('practice').
 */
const SQL = `
CREATE TABLE pending_clips (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('thread', 'practice')),
  channel_id    TEXT NOT NULL,
  message_ts    TEXT NOT NULL,
  thread_ts     TEXT,
  user_id       TEXT NOT NULL,
  file_id       TEXT NOT NULL,
  principle_id  TEXT NOT NULL,
  question_id   TEXT,
  prompt_id     INTEGER REFERENCES prompts (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  next_check_at TEXT NOT NULL,
  checks        INTEGER NOT NULL DEFAULT 0,
  last_status   TEXT,
  UNIQUE (channel_id, message_ts)
);
CREATE INDEX pending_clips_due ON pending_clips (next_check_at);
CREATE INDEX pending_clips_file ON pending_clips (file_id);
CREATE INDEX pending_clips_user ON pending_clips (user_id);

-- The question a person asked to answer out loud from /lp practice, posted in their DM with LP Coach: a clip in that
-- DM answers the newest one (or the one whose thread it is in).
CREATE TABLE spoken_practice_questions (
  id           INTEGER PRIMARY KEY,
  user_id      TEXT NOT NULL,
  channel_id   TEXT NOT NULL,
  message_ts   TEXT,
  principle_id TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  prompt_id    INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  asked_at     TEXT NOT NULL
);
CREATE INDEX spoken_practice_questions_user ON spoken_practice_questions (user_id, id);

CREATE TABLE spoken_answers (
  answer_id        INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
  file_id          TEXT NOT NULL,
  duration_ms      INTEGER NOT NULL,
  words_per_minute INTEGER,
  delivery_json    TEXT NOT NULL
);
`;

export const spokenAnswers: Migration = {
  version: 15,
  name: 'spoken-answers',
  up(db) {
    db.exec(SQL);
  },
};
