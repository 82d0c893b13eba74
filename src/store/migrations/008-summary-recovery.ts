import type { Migration } from './index.js';

/*
 * Wrap-ups, digests and personal summaries whose post had an unknown outcome (a timeout, an HTTP 5xx, a crash after
 * the reservation) are followed up instead of being left as they are. Per row: how many posts were made
 * (`attempts`), when it may be checked (or, for a DM, sent) again, and when it was given up (logged once).
 */
const SQL = `
ALTER TABLE wrap_ups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE wrap_ups ADD COLUMN next_check_at TEXT;
ALTER TABLE wrap_ups ADD COLUMN gave_up_at TEXT;
ALTER TABLE digests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE digests ADD COLUMN next_check_at TEXT;
ALTER TABLE digests ADD COLUMN gave_up_at TEXT;
ALTER TABLE personal_summaries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE personal_summaries ADD COLUMN next_attempt_at TEXT;
ALTER TABLE personal_summaries ADD COLUMN error TEXT;
ALTER TABLE personal_summaries ADD COLUMN gave_up_at TEXT;
CREATE INDEX wrap_ups_unsettled ON wrap_ups (status) WHERE status <> 'posted' AND gave_up_at IS NULL;
CREATE INDEX digests_unsettled ON digests (status) WHERE status <> 'posted' AND gave_up_at IS NULL;
`;

export const summaryRecovery: Migration = {
  version: 8,
  name: 'summary-recovery',
  up(db) {
    db.exec(SQL);
  },
};
