import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';

type Kind = 'action' | 'view' | 'event' | 'command';
/** A feature's listener, called with the arguments Bolt gives a listener. */
type TableListener = (args: never) => Promise<void> | void;
type DispatchArgs = { body: unknown; next: () => Promise<void> };

const KINDS: readonly Kind[] = ['action', 'view', 'event', 'command'];
const noop = (): void => undefined;

/**
 * Bolt runs every request through every registered listener: each `app.action('id', fn)`, `app.command('/lp', fn)`
 * or `app.event('type', fn)` is its own chain (a copy of the listener list, an async call per filter, a spread of all
 * the arguments per step), and all of those chains are held until the slowest has settled. LP Coach has about twenty
 * buttons, a few views and events and one command, so each `/lp` used to pay for every one of those chains before
 * its own. One Bolt listener per table brought that to four chains; what those still cost was most of what LP Coach
 * promoted to the old generation beyond a bare Bolt app, since objects held for the whole request survive the
 * scavenges that run meanwhile. In the ack bench (`LP_ACK_BENCH_GC_LOG`), `/lp help` allocated 54 KB and promoted
 * 7.7 KB per request with four chains, 36 KB and 3.1 KB with none (the bare Bolt app, one chain: 39 KB and 4.0 KB).
 *
 * This gives the features an App whose `action(actionId, listener)`, `view(callbackId, listener)`,
 * `event(type, listener)` and `command(name, listener)` fill four tables instead, served by ONE global middleware,
 * registered after the app's own middleware: a command, an action, a view submission or an event looks its name, id
 * or type up (what Bolt's string constraint compares) and runs that listener with the arguments Bolt would give it
 * (Bolt's, with a no-op `next`), and Bolt's own listeners, of which LP Coach registers none, run beside it: no
 * listener chain is built at all. Registrations with other constraints (a RegExp, block_id, a view type), with several
 * listeners or for a name that is already taken go to Bolt unchanged, so Bolt's own rules still decide those, and they
 * run beside the table's listener as Bolt runs all its listeners.
 *
 * Global middleware registered through this App after the first table entry would run after the tables' listeners,
 * not before them as Bolt orders middleware; `use` refuses that, so the order cannot change unnoticed.
 */
export function withListenerTables(app: App): App {
  const tables: Record<Kind, Map<string, TableListener>> = {
    action: new Map(),
    view: new Map(),
    event: new Map(),
    command: new Map(),
  };
  let installed = false;

  /** The table's listener for what arrived, if any: Bolt's filters (onlyActions, ...) and string constraints. */
  const lookup = (args: DispatchArgs): TableListener | undefined => {
    const { command, action, view, event } = args as { command?: { command?: unknown }; action?: Record<string, unknown>; view?: { callback_id?: unknown }; event?: { type?: unknown } };
    let kind: Kind;
    let key: unknown;
    if (command) {
      kind = 'command';
      key = command.command;
    } else if (action) {
      // As Bolt's constraint match: only payloads that carry an action_id (block actions, suggestions).
      kind = 'action';
      key = 'action_id' in action ? action.action_id : undefined;
    } else if (view) {
      // A string callback id means a view_submission with that callback_id (Bolt's default type for it).
      kind = 'view';
      key = (args.body as { type?: unknown }).type === 'view_submission' ? view.callback_id : undefined;
    } else if (event) {
      kind = 'event';
      key = event.type;
    } else {
      return undefined;
    }
    return typeof key === 'string' ? tables[kind].get(key) : undefined;
  };

  const dispatch: Middleware<AnyMiddlewareArgs> = async (middlewareArgs) => {
    const args = middlewareArgs as unknown as DispatchArgs;
    const listener = lookup(args);
    if (listener === undefined) {
      await args.next();
      return;
    }
    // Bolt calls a listener with the same arguments and a no-op next. Listeners registered with Bolt itself (other
    // constraints, a second listener, or straight on the App) still run beside it, as Bolt runs all its listeners:
    // with none, that is a walk over an empty list. The first error is Bolt's to handle.
    const settled = await Promise.allSettled([(async () => listener({ ...args, next: noop } as never))(), args.next()]);
    for (const result of settled) if (result.status === 'rejected') throw result.reason;
  };

  const register = (kind: Kind) => (key: unknown, ...listeners: unknown[]): void => {
    const only = listeners[0];
    const table = tables[kind];
    const tableable =
      typeof key === 'string' && listeners.length === 1 && typeof only === 'function' && !table.has(key) && !(kind === 'event' && key.startsWith('message.'));
    if (!tableable) {
      (app[kind] as (...args: unknown[]) => void)(key, ...listeners);
      return;
    }
    table.set(key, only as TableListener);
    if (installed) return;
    installed = true;
    app.use(dispatch);
  };
  const methods = Object.fromEntries(KINDS.map((kind) => [kind, register(kind)])) as Record<Kind, (...args: unknown[]) => void>;
  const use = (...middleware: unknown[]): unknown => {
    if (installed) throw new Error('Register global middleware before the first listener: the listener tables run as the last middleware');
    return (app.use as (...args: unknown[]) => unknown)(...middleware);
  };

  return new Proxy(app, {
    get(target, key) {
      if (key === 'use') return use;
      if (typeof key === 'string' && (KINDS as readonly string[]).includes(key)) return methods[key as Kind];
      const value: unknown = Reflect.get(target, key, target);
      // Methods run on the real App (they assign to and read its private fields).
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
