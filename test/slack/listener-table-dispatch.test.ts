import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { withListenerTables } from '../../src/slack/listener-table.js';

/**
 * The tables are served by one global middleware: a slash command, action, view or event they hold runs its listener
 * without any Bolt listener chain; what they do not hold still reaches Bolt's listeners.
 */

function newApp(): App {
  return new App({ token: 'xoxb-table-test', signingSecret: 'table-test-secret', botId: 'B0TABLE', botUserId: 'U0TABLEBOT', convoStore: false });
}

const command = (name: string, text = '') => ({
  command: name,
  text,
  user_id: 'U0PERSON',
  channel_id: 'C0TABLE',
  team_id: 'T0TABLE',
  trigger_id: '1.2.3',
  response_url: 'http://127.0.0.1:9/unused',
  api_app_id: 'A0TABLE',
});

async function send(app: App, body: Record<string, unknown>): Promise<unknown[]> {
  const acks: unknown[] = [];
  await app.processEvent({ body, ack: async (response?: unknown) => void acks.push(response) });
  return acks;
}

describe('withListenerTables, commands', () => {
  it('runs the command registered by name, with Bolt listener arguments, and leaves other commands to Bolt', async () => {
    const app = newApp();
    const routed = withListenerTables(app);
    const ran: string[] = [];
    routed.command('/lp', async ({ command: received, ack, respond, client }) => {
      expect(typeof respond).toBe('function');
      expect(typeof client.chat.postEphemeral).toBe('function');
      ran.push(`lp ${received.text}`);
      await ack({ text: 'ok' });
    });
    app.command(/^\/other/, async ({ ack }) => {
      ran.push('other');
      await ack();
    });
    expect(await send(app, command('/lp', 'help'))).toEqual([{ text: 'ok' }]);
    expect(await send(app, command('/other'))).toEqual([undefined]);
    // Nobody registered it: no listener, no ack (Bolt's unhandled-request answer follows, as without tables).
    expect(await send(app, command('/unknown'))).toEqual([]);
    expect(ran).toEqual(['lp help', 'other']);
  });

  it('runs a second listener for the same command beside the table one, as Bolt would', async () => {
    const app = newApp();
    const routed = withListenerTables(app);
    const ran: string[] = [];
    routed.command('/lp', async ({ ack }) => {
      await ack();
      ran.push('one');
    });
    routed.command('/lp', async () => void ran.push('two'));
    await send(app, command('/lp'));
    expect(ran.sort()).toEqual(['one', 'two']);
  });

  it('reports a table listener error through Bolt error handling', async () => {
    const app = newApp();
    const routed = withListenerTables(app);
    const errors: unknown[] = [];
    app.error(async (error) => void errors.push(error.original ?? error));
    routed.command('/lp', async () => {
      throw new Error('boom');
    });
    await send(app, command('/lp'));
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom']);
  });

  it('refuses global middleware after the first table entry, which would otherwise run after the listeners', () => {
    const routed = withListenerTables(newApp());
    routed.command('/lp', async () => undefined);
    expect(() => routed.use(async ({ next }) => next())).toThrow(/before the first listener/);
  });
});
