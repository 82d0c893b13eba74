import type { Migration } from './index.js';

/*
 * Slack calls a person is owed (their private feedback, the :memo: reaction, a follow-up question), written in the
 * same transaction as the state that owes them, so a crash or a long rate limit delays them instead of losing them.
 * A row lives until it is delivered or given up; `answer_id` cascades, so a deleted or forgotten story takes its
 * pending calls with it, and `user_id` lets forget-me find the rest.
 */
const SQL = `
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  answer_id       INTEGER REFERENCES answers (id) ON DELETE CASCADE,
  user_id         TEXT,
  method          TEXT NOT NULL,
  args            TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  expires_at      TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at);
CREATE INDEX outbox_answer ON outbox (answer_id);
CREATE INDEX outbox_user ON outbox (user_id);
`;

export const outboxSchema: Migration = {
  version: 7,
  name: 'outbox',
  up(db) {
    db.exec(SQL);
  },
};
