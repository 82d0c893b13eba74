import type { Migration } from './index.js';

/*
 * The Slack timestamp a post owed by the outbox must come after (the answer it replies to), in Slack's own clock: a
 * retry after a lost answer reads the thread from there to find the earlier post, instead of reading it all.
 */
export const outboxSince: Migration = {
  version: 9,
  name: 'outbox-since',
  up(db) {
    db.exec('ALTER TABLE outbox ADD COLUMN since_ts TEXT');
  },
};
