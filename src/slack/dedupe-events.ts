import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { EventStore } from '../store/events.js';

/**
 * Global middleware: Slack redelivers an event it thinks was missed (HTTP retries, Socket Mode redelivery), so each
 * `event_id` handled is recorded in SQLite and a later delivery stops here. The id is recorded only after the
 * listeners ran: recorded first, a crash before the answer was stored would turn Slack's retry away and lose it. A
 * retry racing the first delivery is harmless: answers, votes and follow-ups are unique in SQLite.
 */
export function dedupeEvents(events: EventStore, clock: () => Date, logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const envelope = body as { type?: unknown; event_id?: unknown };
    if (envelope.type === 'event_callback' && typeof envelope.event_id === 'string') {
      if (events.isProcessed(envelope.event_id)) {
        logger.debug(`Skipping redelivered event ${envelope.event_id}`);
        return;
      }
      await next();
      events.markProcessed(envelope.event_id, clock());
      return;
    }
    await next();
  };
}
