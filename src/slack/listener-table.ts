import type { AllMiddlewareArgs, App, Middleware, SlackActionMiddlewareArgs, SlackEventMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';

type ActionListener = Middleware<SlackActionMiddlewareArgs>;
type ViewListener = Middleware<SlackViewMiddlewareArgs>;
type EventListener = Middleware<SlackEventMiddlewareArgs>;

/** Matches every event type; the table decides. (Bolt sets `context.matches` to `['']` for it; no listener reads it.) */
const ANY_EVENT_TYPE = /^/;

/**
 * Bolt runs every request through every registered listener's filters: each `app.action('id', fn)` is its own chain
 * (a copy of the listener list, a spread of all the arguments, two async filters), even for a slash command that no
 * action listener will take. LP Coach has about twenty buttons, so each `/lp` paid for twenty chains before its own.
 *
 * This gives the features an App whose `action(actionId, listener)`, `view(callbackId, listener)` and
 * `event(type, listener)` fill three tables instead, served by one Bolt listener each: an action, a view submission
 * or an event looks its id or type up (what Bolt's string constraint compares) and runs that listener with the
 * arguments Bolt gave; anything else costs three chains in all. Registrations with other constraints (a RegExp,
 * block_id, a view type), with several listeners or for an id that is already taken go to Bolt unchanged, so Bolt's
 * own rules still decide those.
 */
export function withListenerTables(app: App): App {
  const actions = new Map<string, ActionListener>();
  const views = new Map<string, ViewListener>();
  const events = new Map<string, EventListener>();

  const action = (constraint: unknown, ...listeners: unknown[]): void => {
    const only = listeners[0];
    if (typeof constraint !== 'string' || listeners.length !== 1 || typeof only !== 'function' || actions.has(constraint)) {
      (app.action as (...args: unknown[]) => void)(constraint, ...listeners);
      return;
    }
    actions.set(constraint, only as ActionListener);
    // The table's one Bolt listener is registered with its first entry.
    if (actions.size > 1) return;
    // No constraint: Bolt's onlyActions lets every action through, the table decides.
    app.action({}, async (args) => {
      const { payload } = args;
      // As Bolt's constraint match: only payloads that carry an action_id (block actions, suggestions).
      const actionId = 'action_id' in payload ? payload.action_id : undefined;
      const listener = actionId === undefined ? undefined : actions.get(actionId);
      if (listener !== undefined) await listener(args as SlackActionMiddlewareArgs & AllMiddlewareArgs);
    });
  };

  const view = (constraint: unknown, ...listeners: unknown[]): void => {
    const only = listeners[0];
    if (typeof constraint !== 'string' || listeners.length !== 1 || typeof only !== 'function' || views.has(constraint)) {
      (app.view as (...args: unknown[]) => void)(constraint, ...listeners);
      return;
    }
    views.set(constraint, only as ViewListener);
    // The table's one Bolt listener is registered with its first entry.
    if (views.size > 1) return;
    app.view({}, async (args) => {
      // A string callback id means a view_submission with that callback_id (Bolt's default type for it).
      if (args.body.type !== 'view_submission') return;
      const listener = views.get(args.body.view.callback_id);
      if (listener !== undefined) await listener(args);
    });
  };

  const event = (type: unknown, ...listeners: unknown[]): void => {
    const only = listeners[0];
    if (typeof type !== 'string' || listeners.length !== 1 || typeof only !== 'function' || events.has(type) || type.startsWith('message.')) {
      (app.event as (...args: unknown[]) => void)(type, ...listeners);
      return;
    }
    events.set(type, only as EventListener);
    // The table's one Bolt listener is registered with its first entry.
    if (events.size > 1) return;
    app.event(ANY_EVENT_TYPE, async (args) => {
      const listener = events.get(args.event.type);
      if (listener !== undefined) await listener(args as SlackEventMiddlewareArgs & AllMiddlewareArgs);
    });
  };

  return new Proxy(app, {
    get(target, key) {
      if (key === 'action') return action;
      if (key === 'view') return view;
      if (key === 'event') return event;
      const value: unknown = Reflect.get(target, key, target);
      // Methods run on the real App (they assign to and read its private fields).
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
