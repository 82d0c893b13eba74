import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { EventStore } from '../store/events.js';

/**
 * Global middleware: a slash command has no event id, but each invocation has its own `trigger_id`, so a delivery
 * replayed byte for byte (within the 5-minute signature window) is recognised by it. The first delivery is recorded
 * as `command:<trigger_id>` in the same table as event ids; a later one is acked with an empty body, so Slack shows
 * nothing and no listener runs (an admin's `/lp post` posts one prompt, not two). Unlike an event id, the trigger id
 * is recorded BEFORE the listener runs: Slack does not retry a slash command it got an answer to, so a second
 * delivery is a replay, and the atomic INSERT OR IGNORE also stops one racing the first.
 */
export function dedupeCommands(events: EventStore, clock: () => Date, logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { command?: unknown; trigger_id?: unknown };
    if (typeof body.command === 'string' && typeof body.trigger_id === 'string' && body.trigger_id !== '') {
      if (!events.markProcessed(`command:${body.trigger_id}`, clock())) {
        logger.warn(`Ignoring a repeated ${body.command} delivery (trigger_id seen before)`);
        if ('ack' in args && typeof args.ack === 'function') await args.ack();
        return;
      }
    }
    await args.next();
  };
}
