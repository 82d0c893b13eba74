import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { Db } from '../store/db.js';
import type { EventStore } from '../store/events.js';

/**
 * How long a trigger id is remembered in memory. A replay carries the original signature and timestamp, which the
 * request guard accepts only while the timestamp is at most 5 minutes old (and at most 5 minutes ahead of the clock),
 * so after 10 minutes no replay of it can get in any more.
 */
export const REPLAY_WINDOW_MS = 10 * 60 * 1000;

/** Trigger ids of a moment are written together, this long after the first of them. */
export const RECORD_DELAY_MS = 100;

export type CommandDedupe = Middleware<AnyMiddlewareArgs> & {
  /** Writes the trigger ids not yet in SQLite (shutdown calls it before the database closes). */
  flush(): void;
};

/**
 * Global middleware: a slash command has no event id, but each invocation has its own `trigger_id`, so a delivery
 * replayed byte for byte (within the 5-minute signature window) is recognised by it. A later delivery is acked with
 * an empty body, so Slack shows nothing and no listener runs (an admin's `/lp post` posts one prompt, not two). Unlike
 * an event id, the trigger id counts as seen BEFORE the listener runs: Slack does not retry a slash command it got an
 * answer to, so a second delivery is a replay.
 *
 * The check is in memory (checked and set in one step on the one thread, so two copies racing each other run once),
 * filled at start-up with the ids of the last REPLAY_WINDOW_MS recorded in SQLite (`command:<trigger_id>`, in the same
 * table as event ids), so a replay after a restart is still turned away. New ids are written to SQLite in one
 * transaction RECORD_DELAY_MS after the first of them, after their acks have gone: a commit waits for the disk, and a
 * `/lp help` that waited for one took several times as long as all its other work. A crash within that tenth of a
 * second forgets the ids not yet written; a replay of one of those would then run again.
 */
export function dedupeCommands(events: EventStore, db: Db, clock: () => Date, logger: AppLogger): CommandDedupe {
  const seen = new Map<string, number>();
  const startedAt = Date.now();
  for (const { eventId } of events.recordedSince('command:', new Date(clock().getTime() - REPLAY_WINDOW_MS))) seen.set(eventId, startedAt);
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const recordAll = db.transaction((ids: readonly string[], at: Date) => {
    for (const id of ids) events.markProcessed(id, at);
  });
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const ids = pending;
    pending = [];
    if (ids.length === 0 || !db.open) return;
    try {
      recordAll(ids, clock());
    } catch (error) {
      // The ids stay in memory for the replay window; only a restart within it would miss them.
      logger.error('Recording slash command trigger ids failed:', error);
    }
  };
  const forgetExpired = (now: number): void => {
    // Insertion order is arrival order, so the expired ones are at the front.
    for (const [id, at] of seen) {
      if (now - at < REPLAY_WINDOW_MS) break;
      seen.delete(id);
    }
  };

  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as { command?: unknown; trigger_id?: unknown };
    if (typeof body.command === 'string' && typeof body.trigger_id === 'string' && body.trigger_id !== '') {
      const id = `command:${body.trigger_id}`;
      const now = Date.now();
      forgetExpired(now);
      if (seen.has(id)) {
        logger.warn(`Ignoring a repeated ${body.command} delivery (trigger_id seen before)`);
        if ('ack' in args && typeof args.ack === 'function') await args.ack();
        return;
      }
      seen.set(id, now);
      pending.push(id);
      timer ??= setTimeout(flush, RECORD_DELAY_MS).unref();
    }
    await args.next();
  };
  return Object.assign(middleware, { flush });
}
