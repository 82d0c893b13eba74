import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyMiddlewareArgs } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { dedupeCommands, RECORD_DELAY_MS, REPLAY_WINDOW_MS } from '../../src/slack/dedupe-commands.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { EventStore } from '../../src/store/events.js';

/**
 * A slash command replayed byte for byte runs once: in the same process, after a restart on the same file, and when
 * two copies arrive together. The trigger id is written to SQLite after the ack, not before it.
 */

const now = new Date('2026-11-30T09:00:00.000Z');
let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-dedupe-commands-'));
  db = openDatabase(join(dir, 'lp.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const storedIds = () => (db.prepare('SELECT event_id FROM processed_events ORDER BY event_id').all() as { event_id: string }[]).map((r) => r.event_id);

/** Runs one slash command through the middleware; says whether the listener ran and what was acked. */
async function deliver(middleware: ReturnType<typeof dedupeCommands>, triggerId: string) {
  const acks: unknown[] = [];
  let ran = false;
  const args = {
    body: { command: '/lp', text: 'post', user_id: 'U1', channel_id: 'C1', trigger_id: triggerId },
    ack: async (response?: unknown) => void acks.push(response),
    next: async () => {
      ran = true;
    },
  } as unknown as AnyMiddlewareArgs & { next: () => Promise<void> };
  await middleware(args as never);
  return { ran, acks };
}

describe('dedupeCommands', () => {
  it('runs a command once when its delivery is replayed, and acks the replay with an empty body', async () => {
    const middleware = dedupeCommands(new EventStore(db), db, () => now, silentLogger);
    expect(await deliver(middleware, '111.222.aaa')).toEqual({ ran: true, acks: [] });
    expect(await deliver(middleware, '111.222.aaa')).toEqual({ ran: false, acks: [undefined] });
    expect(await deliver(middleware, '111.222.bbb')).toEqual({ ran: true, acks: [] });
  });

  it('runs one of two copies arriving together', async () => {
    const middleware = dedupeCommands(new EventStore(db), db, () => now, silentLogger);
    const results = await Promise.all([deliver(middleware, '333.444.ccc'), deliver(middleware, '333.444.ccc')]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
  });

  it('writes the trigger id after the command, not before, and a restart on the same file still refuses the replay', async () => {
    const middleware = dedupeCommands(new EventStore(db), db, () => now, silentLogger);
    await deliver(middleware, '555.666.ddd');
    expect(storedIds()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, RECORD_DELAY_MS + 50));
    expect(storedIds()).toEqual(['command:555.666.ddd']);

    const restarted = dedupeCommands(new EventStore(db), db, () => now, silentLogger);
    expect(await deliver(restarted, '555.666.ddd')).toEqual({ ran: false, acks: [undefined] });
  });

  it('writes what is pending when flushed at shutdown', async () => {
    const middleware = dedupeCommands(new EventStore(db), db, () => now, silentLogger);
    await deliver(middleware, '777.888.eee');
    middleware.flush();
    expect(storedIds()).toEqual(['command:777.888.eee']);
  });

  it('loads only ids young enough to be replayed (older replays fail the signature check anyway)', async () => {
    const events = new EventStore(db);
    events.markProcessed('command:old', new Date(now.getTime() - REPLAY_WINDOW_MS - 1000));
    events.markProcessed('command:young', new Date(now.getTime() - 60_000));
    events.markProcessed('Ev0SOMEEVENT', new Date(now.getTime() - 60_000));
    expect(events.recordedSince('command:', new Date(now.getTime() - REPLAY_WINDOW_MS)).map((r) => r.eventId)).toEqual(['command:young']);
    const middleware = dedupeCommands(events, db, () => now, silentLogger);
    expect((await deliver(middleware, 'young')).ran).toBe(false);
    // Recorded before the window: the middleware no longer holds it (its signature would be refused as stale).
    expect((await deliver(middleware, 'old')).ran).toBe(true);
  });
});
