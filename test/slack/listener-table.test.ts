import { App, type AnyMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { withListenerTables } from '../../src/slack/listener-table.js';

/**
 * The listener tables route exactly as Bolt's string constraints would: by action_id, by a view_submission's
 * callback_id and by event type; what is not registered runs nothing; a second listener for the same id still runs
 * beside the first, as in Bolt.
 */

function newApp(): App {
  return new App({ token: 'xoxb-table-test', signingSecret: 'table-test-secret', botId: 'B0TABLE', botUserId: 'U0TABLEBOT', convoStore: false });
}

const team = { id: 'T0TABLE', domain: 'table' };
const user = { id: 'U0PERSON', team_id: 'T0TABLE' };

async function send(app: App, body: Record<string, unknown>): Promise<{ acked: boolean }> {
  let acked = false;
  await app.processEvent({ body, ack: async () => void (acked = true) });
  return { acked };
}

const blockAction = (actionId: string) => ({
  type: 'block_actions',
  team,
  user,
  api_app_id: 'A0TABLE',
  trigger_id: '1.2.3',
  actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: 'v', action_ts: '1' }],
});

describe('withListenerTables', () => {
  it('runs the action, view and event listener registered for what arrived, and nothing else', async () => {
    const app = newApp();
    const routed = withListenerTables(app);
    const ran: string[] = [];
    routed.action('first', async ({ ack }) => {
      await ack();
      ran.push('first');
    });
    routed.action('second', async ({ ack }) => {
      await ack();
      ran.push('second');
    });
    routed.view('lp_view', async ({ ack, view }) => {
      await ack();
      ran.push(`view ${view.callback_id}`);
    });
    routed.event('app_home_opened', async ({ event }) => void ran.push(`event ${event.type}`));
    routed.event('reaction_added', async ({ event }) => void ran.push(`event ${event.type}`));

    expect(await send(app, blockAction('second'))).toEqual({ acked: true });
    expect(ran).toEqual(['second']);
    // An action nobody registered: no listener, no ack (Bolt's unhandled-request answer follows, as without tables).
    expect(await send(app, blockAction('unknown'))).toEqual({ acked: false });
    await send(app, { type: 'view_submission', team, user, view: { id: 'V1', callback_id: 'lp_view', state: { values: {} } } });
    // A view_closed is not what a string callback id listens to.
    await send(app, { type: 'view_closed', team, user, view: { id: 'V1', callback_id: 'lp_view' } });
    const event = (type: string) => ({ type: 'event_callback', team_id: team.id, api_app_id: 'A0TABLE', event_id: `Ev${type}`, event_time: 1, event: { type, user: user.id, tab: 'home', event_ts: '1.0' } });
    await send(app, event('app_home_opened'));
    await send(app, event('member_joined_channel'));
    expect(ran).toEqual(['second', 'view lp_view', 'event app_home_opened']);
  });

  it('leaves a second listener for the same id, and other constraints, to Bolt: both still run', async () => {
    const app = newApp();
    const routed = withListenerTables(app);
    const ran: string[] = [];
    routed.action('same', async ({ ack }) => {
      await ack();
      ran.push('one');
    });
    routed.action('same', async () => void ran.push('two'));
    routed.action(/^sa/, async () => void ran.push('regexp'));
    await send(app, blockAction('same'));
    expect(ran.sort()).toEqual(['one', 'regexp', 'two']);
  });

  it('passes everything else through to the real App', () => {
    const app = newApp();
    const routed = withListenerTables(app);
    expect(routed.client).toBe(app.client);
    const before = (app as unknown as { middleware: unknown[] }).middleware.length;
    routed.use(async ({ next }: AnyMiddlewareArgs & { next: () => Promise<void> }) => next());
    expect((app as unknown as { middleware: unknown[] }).middleware.length).toBe(before + 1);
  });
});
