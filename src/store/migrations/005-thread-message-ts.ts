import type { Migration } from './index.js';

/*
 * The app's own visible replies about a story, so they can follow the story: the follow-up question posted in the
 * thread (deleted with the story), and the feedback reply in `feedback thread` channels (updated in place after an
 * edit, deleted with the story). NULL when the message was private (an ephemeral has nothing to update or delete),
 * not posted, or posted before this migration.
 */
const SQL = `
ALTER TABLE followups ADD COLUMN message_ts TEXT;
ALTER TABLE feedback  ADD COLUMN message_ts TEXT;
`;

export const threadMessageTs: Migration = {
  version: 5,
  name: 'thread-message-ts',
  up(db) {
    db.exec(SQL);
  },
};
