import type { Db } from './db.js';

/**
 * How long an event id is kept. Slack retries a delivery for about 5 minutes (now, +1 min, +5 min) and Socket Mode
 * redelivers on a similar scale, so a day is far past the last possible retry.
 */
export const EVENT_ID_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Pruning is one indexed DELETE; once an hour keeps it off nearly every event. */
export const EVENT_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Slack event ids already handled (table `processed_events`), so a redelivered event is ignored. Ids older than
 * EVENT_ID_RETENTION_MS are deleted as events arrive (at most once per EVENT_PRUNE_INTERVAL_MS, by the events' own
 * clock), so the table stays about a day's worth of events instead of growing forever.
 */
export class EventStore {
  private readonly insert;
  private readonly deleteOlder;
  private readonly selectOne;
  private readonly selectSince;
  private lastPrunedAt: number | undefined;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT OR IGNORE INTO processed_events (event_id, received_at) VALUES (?, ?)');
    this.deleteOlder = db.prepare('DELETE FROM processed_events WHERE received_at < ?');
    this.selectOne = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM processed_events WHERE event_id = ?');
    this.selectSince = db.prepare<[{ since: string; prefix: string }], { eventId: string; receivedAt: string }>(
      'SELECT event_id AS eventId, received_at AS receivedAt FROM processed_events ' +
        'WHERE received_at >= @since AND substr(event_id, 1, length(@prefix)) = @prefix ORDER BY received_at',
    );
  }

  isProcessed(eventId: string): boolean {
    return this.selectOne.get(eventId) !== undefined;
  }

  /** Ids starting with `prefix` recorded at or after `since`, oldest first (one range scan on received_at). */
  recordedSince(prefix: string, since: Date): { eventId: string; receivedAt: Date }[] {
    return this.selectSince.all({ since: since.toISOString(), prefix }).map((row) => ({ eventId: row.eventId, receivedAt: new Date(row.receivedAt) }));
  }

  /** Records the event id; false when it was already recorded (a retry or a concurrent duplicate). */
  markProcessed(eventId: string, at: Date): boolean {
    this.pruneIfDue(at);
    return this.insert.run(eventId, at.toISOString()).changes === 1;
  }

  /** Deletes ids received more than EVENT_ID_RETENTION_MS before `now`; returns how many went. */
  pruneExpired(now: Date): number {
    this.lastPrunedAt = now.getTime();
    // received_at is always toISOString() (fixed width, UTC), so text order is time order and the index serves it.
    return this.deleteOlder.run(new Date(now.getTime() - EVENT_ID_RETENTION_MS).toISOString()).changes;
  }

  private pruneIfDue(now: Date): void {
    // abs: a clock moved back (the playground's) is no reason to stop pruning; the cutoff only gets older.
    if (this.lastPrunedAt !== undefined && Math.abs(now.getTime() - this.lastPrunedAt) < EVENT_PRUNE_INTERVAL_MS) return;
    this.pruneExpired(now);
  }
}
