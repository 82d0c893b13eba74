import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyMiddlewareArgs } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { dedupeEvents } from '../../src/slack/dedupe-events.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { EVENT_ID_RETENTION_MS, EVENT_PRUNE_INTERVAL_MS, EventStore } from '../../src/store/events.js';

/** `processed_events` keeps each id long enough for every Slack retry, and no longer: it must not grow forever. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const start = new Date('2026-11-27T08:00:00.000Z');
const after = (ms: number) => new Date(start.getTime() + ms);

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-events-'));
  db = openDatabase(join(dir, 'lp.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const storedIds = () => (db.prepare('SELECT event_id FROM processed_events ORDER BY event_id').all() as { event_id: string }[]).map((row) => row.event_id);
const insertRaw = (id: string, at: Date) => db.prepare('INSERT INTO processed_events (event_id, received_at) VALUES (?, ?)').run(id, at.toISOString());

describe('EventStore pruning', () => {
  it('keeps ids for far longer than Slack retries (about 5 minutes)', () => {
    expect(EVENT_ID_RETENTION_MS).toBeGreaterThanOrEqual(24 * HOUR);
    expect(EVENT_PRUNE_INTERVAL_MS).toBe(HOUR);
  });

  it('deletes ids older than the retention as events arrive, and keeps younger ones', () => {
    const events = new EventStore(db);
    insertRaw('EvOld', after(-EVENT_ID_RETENTION_MS - 1));
    insertRaw('EvEdge', after(-EVENT_ID_RETENTION_MS));
    insertRaw('EvRecent', after(-5 * MINUTE));
    expect(events.markProcessed('EvNew', start)).toBe(true);
    expect(storedIds()).toEqual(['EvEdge', 'EvNew', 'EvRecent']);
  });

  it('still recognises every retry of an event, even when a prune runs in between', () => {
    const events = new EventStore(db);
    expect(events.markProcessed('EvRetried', start)).toBe(true);
    // Slack's retries: about +1 min and +5 min; a prune due at +61 min must not forget an id that young either.
    expect(events.markProcessed('EvRetried', after(1 * MINUTE))).toBe(false);
    expect(events.markProcessed('EvRetried', after(5 * MINUTE))).toBe(false);
    expect(events.markProcessed('EvOther', after(61 * MINUTE))).toBe(true);
    expect(events.markProcessed('EvRetried', after(62 * MINUTE))).toBe(false);
    expect(events.markProcessed('EvRetried', after(EVENT_ID_RETENTION_MS - MINUTE))).toBe(false);
  });

  it('prunes at most once per hour of the injected clock', () => {
    const events = new EventStore(db);
    events.markProcessed('EvFirst', start);
    // Expired rows that appear now wait for the next hourly prune.
    insertRaw('EvStale', after(-2 * EVENT_ID_RETENTION_MS));
    events.markProcessed('EvHalfHour', after(30 * MINUTE));
    events.markProcessed('EvAlmost', after(HOUR - 1));
    expect(storedIds()).toContain('EvStale');
    events.markProcessed('EvHourLater', after(HOUR));
    expect(storedIds()).not.toContain('EvStale');
  });

  it('an id goes once a day has passed, so the table holds about a day of events', () => {
    const events = new EventStore(db);
    for (let hour = 0; hour < 72; hour += 1) {
      for (let i = 0; i < 10; i += 1) events.markProcessed(`Ev-${hour}-${i}`, after(hour * HOUR + i * MINUTE));
    }
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM processed_events').get() as { n: number };
    expect(n).toBeLessThanOrEqual(26 * 10);
    expect(n).toBeGreaterThanOrEqual(24 * 10);
  });

  it('pruning is one DELETE that uses the received_at index', () => {
    const plan = db
      .prepare('EXPLAIN QUERY PLAN DELETE FROM processed_events WHERE received_at < ?')
      .all('2026-11-26T08:00:00.000Z') as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING (COVERING )?INDEX processed_events_received/);
    const events = new EventStore(db);
    insertRaw('EvOld', after(-2 * EVENT_ID_RETENTION_MS));
    expect(events.pruneExpired(start)).toBe(1);
    expect(events.pruneExpired(start)).toBe(0);
  });
});

describe('dedupeEvents middleware', () => {
  it('prunes through the clock it is given, and still drops a redelivery', async () => {
    let now = start;
    const middleware = dedupeEvents(new EventStore(db), () => now, silentLogger);
    const handled: string[] = [];
    const deliver = async (eventId: string): Promise<void> => {
      const args = { body: { type: 'event_callback', event_id: eventId }, next: async () => void handled.push(eventId) };
      await middleware(args as unknown as AnyMiddlewareArgs & Parameters<typeof middleware>[0]);
    };
    await deliver('Ev1');
    now = after(5 * MINUTE);
    await deliver('Ev1');
    expect(handled).toEqual(['Ev1']);
    now = after(EVENT_ID_RETENTION_MS + HOUR);
    await deliver('Ev2');
    expect(storedIds()).toEqual(['Ev2']);
  });
});
