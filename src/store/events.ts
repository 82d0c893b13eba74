import type { Db } from './db.js';

/** Slack event ids already handled (table `processed_events`), so a redelivered event is ignored. */
export class EventStore {
  private readonly insert;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT OR IGNORE INTO processed_events (event_id, received_at) VALUES (?, ?)');
  }

  /** Records the event id; false when it was already recorded (a retry or a concurrent duplicate). */
  markProcessed(eventId: string, at: Date): boolean {
    return this.insert.run(eventId, at.toISOString()).changes === 1;
  }
}
