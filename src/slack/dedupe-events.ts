import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { EventStore } from '../store/events.js';

/**
 * Global middleware: Slack redelivers an event it thinks was missed (HTTP retries, Socket Mode redelivery), so the
 * first delivery of each `event_id` is recorded in SQLite and any later one stops here. Bolt has already acked it,
 * which tells Slack to stop retrying.
 */
export function dedupeEvents(events: EventStore, clock: () => Date, logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const envelope = body as { type?: unknown; event_id?: unknown };
    if (envelope.type === 'event_callback' && typeof envelope.event_id === 'string') {
      if (!events.markProcessed(envelope.event_id, clock())) {
        logger.debug(`Skipping redelivered event ${envelope.event_id}`);
        return;
      }
    }
    await next();
  };
}
