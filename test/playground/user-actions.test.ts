import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalSlackApi, type LocalSlackApi } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { createDemoWorkspace, DEMO_CHANNEL } from '../../src/playground/demo-team.js';
import { UserActions } from '../../src/playground/user-actions.js';

/** Every page action reaches "the app" (here a recorder) as a request Slack would send: signed, in Slack's shapes. */

const SECRET = 'user-actions-test-secret';
const ALEX = 'U0PLAYALEX';
const SAM = 'U0PLAYSAM';
const plain = (text: string) => ({ type: 'plain_text', text });

interface Delivery {
  contentType: string;
  body: string;
  signatureValid: boolean;
  /** The JSON event envelope, or the parsed `payload=` / form fields. */
  parsed: Record<string, any>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(answer: (delivery: Delivery) => { status?: number; body?: string } = () => ({}), onBlockKitRejection?: (r: unknown) => void) {
  const workspace = createDemoWorkspace(Date.now);
  const slackApi: LocalSlackApi = await startLocalSlackApi({ workspace, botToken: 'xoxb-test', logger: silentLogger });
  const deliveries: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(request.headers['x-slack-request-timestamp']);
      const expected = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const contentType = String(request.headers['content-type']);
      const form = new URLSearchParams(body);
      const parsed = contentType.startsWith('application/json')
        ? JSON.parse(body)
        : form.has('payload')
          ? JSON.parse(form.get('payload') as string)
          : Object.fromEntries(form);
      const delivery = { contentType, body, signatureValid: request.headers['x-slack-signature'] === expected, parsed };
      deliveries.push(delivery);
      const reply = answer(delivery);
      response.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
      response.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    await slackApi.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const actions = new UserActions({
    workspace,
    slackApi,
    eventsUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    signingSecret: SECRET,
    logger: silentLogger,
    ...(onBlockKitRejection ? { onBlockKitRejection } : {}),
  });
  const postFromBot = (blocks: unknown[]) =>
    workspace.postMessage({ channel: DEMO_CHANNEL.id, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'prompt', blocks });
  return { workspace, slackApi, deliveries, actions, postFromBot };
}

describe('playground user actions, delivered as Slack delivers them', () => {
  it('a message is stored escaped, like Slack’s client does, and delivered as a signed message event', async () => {
    const { workspace, deliveries, actions, postFromBot } = await setUp();
    const prompt = postFromBot([]);
    await actions.sendMessage(SAM, DEMO_CHANNEL.id, 'I led <!channel> & more', prompt.ts);
    const reply = workspace.messages.get(DEMO_CHANNEL.id)?.at(-1);
    expect(reply).toMatchObject({ user: SAM, text: 'I led &lt;!channel&gt; &amp; more', thread_ts: prompt.ts });
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.contentType).toBe('application/json');
    expect(delivery?.parsed).toMatchObject({
      type: 'event_callback',
      team_id: workspace.team.id,
      api_app_id: workspace.bot.appId,
      event_id: expect.stringMatching(/^Ev[0-9A-F]{12}$/),
      authorizations: [expect.objectContaining({ user_id: workspace.bot.userId, is_bot: true })],
      event: {
        type: 'message',
        channel: DEMO_CHANNEL.id,
        channel_type: 'channel',
        user: SAM,
        text: 'I led &lt;!channel&gt; &amp; more',
        ts: reply?.ts,
        thread_ts: prompt.ts,
        parent_user_id: workspace.bot.userId,
      },
    });
  });

  it('/lp is a signed slash command form with a working trigger_id and response_url; its ack shows as an ephemeral', async () => {
    const { workspace, deliveries, actions } = await setUp((d) => (d.parsed.command ? { body: JSON.stringify({ text: 'Here is help' }) } : {}));
    await actions.sendMessage(ALEX, DEMO_CHANNEL.id, '/lp  help me');
    const [delivery] = deliveries;
    expect(delivery?.contentType).toBe('application/x-www-form-urlencoded');
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.parsed).toMatchObject({ command: '/lp', text: 'help me', user_id: ALEX, user_name: 'alex', channel_id: DEMO_CHANNEL.id, channel_name: 'lp-practice' });
    expect(workspace.exchangeTrigger(delivery?.parsed.trigger_id).check).toBe('valid');
    // The response_url delivers to the person who typed the command.
    await fetch(delivery?.parsed.response_url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Later' }) });
    expect(workspace.ephemerals.map((e) => [e.user, e.text])).toEqual([
      [ALEX, 'Here is help'],
      [ALEX, 'Later'],
    ]);
  });

  it('a command the app fails on shows Slack’s error line; an unknown command never reaches the app', async () => {
    const { workspace, deliveries, actions } = await setUp(() => ({ status: 500 }));
    await actions.sendMessage(SAM, DEMO_CHANNEL.id, '/lp today');
    await actions.sendMessage(SAM, DEMO_CHANNEL.id, '/giphy cats');
    expect(await actions.sendMessage(SAM, 'D0NOTOPEN', 'hello')).toEqual({ ok: false, notice: 'That conversation is not open yet.' });
    expect(deliveries).toHaveLength(1);
    expect(workspace.ephemerals.map((e) => e.text)).toEqual(['/lp failed with the error "http_error (500)"', '/giphy is not a valid command. In the playground, try /lp help.']);
  });

  it('a command ack breaking Block Kit limits is refused as Slack would, recorded and reported, not shown', async () => {
    const seen: unknown[] = [];
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    const { workspace, slackApi, actions } = await setUp(() => ({ body: JSON.stringify({ text: 'big', blocks }) }), (r) => seen.push(r));
    await actions.sendMessage(ALEX, DEMO_CHANNEL.id, '/lp help');
    expect(workspace.ephemerals).toHaveLength(0);
    expect(slackApi.blockKitRejections).toEqual([{ method: '/lp ack', problems: [expect.stringContaining('at most 50')], at: expect.any(Number) }]);
    expect(seen).toEqual(slackApi.blockKitRejections);
  });

  it('a reaction toggles: reaction_added, then reaction_removed, with item and item_user', async () => {
    const { workspace, deliveries, actions } = await setUp();
    const answer = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: SAM, text: 'my story' });
    await actions.toggleReaction(ALEX, DEMO_CHANNEL.id, answer.ts, 'star');
    expect(answer.reactions.get('star')).toEqual([ALEX]);
    await actions.toggleReaction(ALEX, DEMO_CHANNEL.id, answer.ts, 'star');
    expect(answer.reactions.has('star')).toBe(false);
    expect(deliveries.map((d) => d.parsed.event)).toEqual([
      expect.objectContaining({ type: 'reaction_added', user: ALEX, reaction: 'star', item_user: SAM, item: { type: 'message', channel: DEMO_CHANNEL.id, ts: answer.ts } }),
      expect.objectContaining({ type: 'reaction_removed', user: ALEX, reaction: 'star', item_user: SAM }),
    ]);
  });

  it('a button in a message is a block_actions payload with the element as the app defined it', async () => {
    const { workspace, deliveries, actions, postFromBot } = await setUp();
    const prompt = postFromBot([
      { type: 'actions', block_id: 'prompt_actions', elements: [{ type: 'button', action_id: 'practice_open', text: plain('Answer privately'), value: 'q-7', style: 'primary' }] },
    ]);
    const result = await actions.clickAction(SAM, { source: { kind: 'message', channel: DEMO_CHANNEL.id, ts: prompt.ts }, blockId: 'prompt_actions', actionId: 'practice_open' });
    expect(result.ok).toBe(true);
    const [delivery] = deliveries;
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.parsed).toMatchObject({
      type: 'block_actions',
      user: { id: SAM, username: 'sam' },
      container: { type: 'message', message_ts: prompt.ts, channel_id: DEMO_CHANNEL.id, is_ephemeral: false },
      channel: { id: DEMO_CHANNEL.id, name: 'lp-practice' },
      message: { ts: prompt.ts, bot_id: workspace.bot.botId },
      actions: [{ type: 'button', action_id: 'practice_open', block_id: 'prompt_actions', value: 'q-7', style: 'primary', text: plain('Answer privately') }],
      response_url: expect.stringContaining('/response-url/'),
    });
    expect(workspace.exchangeTrigger(delivery?.parsed.trigger_id).check).toBe('valid');
    expect(await actions.clickAction(SAM, { source: { kind: 'message', channel: DEMO_CHANNEL.id, ts: prompt.ts }, blockId: 'prompt_actions', actionId: 'gone' })).toEqual({
      ok: false,
      notice: 'That control is no longer there.',
    });
  });

  it('a modal submission carries state.values; errors stay on the view, update replaces it, close notifies when asked', async () => {
    let reply = JSON.stringify({ response_action: 'errors', errors: { answer: 'Write at least 40 words.' } });
    const { workspace, deliveries, actions, slackApi } = await setUp((d) => (d.parsed.type === 'view_submission' ? { body: reply } : {}));
    const opened = await fetch(`${slackApi.url}views.open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: 'Bearer xoxb-test' },
      body: JSON.stringify({
        trigger_id: workspace.issueTriggerId(SAM),
        view: {
          type: 'modal',
          callback_id: 'practice',
          notify_on_close: true,
          title: plain('Practice'),
          submit: plain('Get feedback'),
          blocks: [
            { type: 'input', block_id: 'answer', label: plain('Story'), element: { type: 'plain_text_input', action_id: 'text', multiline: true } },
            {
              type: 'input',
              block_id: 'format',
              optional: true,
              label: plain('Format'),
              element: { type: 'checkboxes', action_id: 'boxes', options: [{ text: plain('Use STAR boxes'), value: 'star' }] },
            },
          ],
        },
      }),
    });
    const viewId = ((await opened.json()) as { view: { id: string } }).view.id;

    await actions.submitView(SAM, viewId, { answer: { text: 'Too short' }, format: { boxes: ['star'] } });
    expect(deliveries[0]?.parsed).toMatchObject({
      type: 'view_submission',
      user: { id: SAM },
      view: {
        id: viewId,
        callback_id: 'practice',
        state: {
          values: {
            answer: { text: { type: 'plain_text_input', value: 'Too short' } },
            format: { boxes: { type: 'checkboxes', selected_options: [{ text: plain('Use STAR boxes'), value: 'star' }] } },
          },
        },
      },
    });
    expect(actions.viewErrors.get(viewId)).toEqual({ answer: 'Write at least 40 words.' });
    expect(workspace.topModal(SAM)?.id).toBe(viewId);

    reply = JSON.stringify({ response_action: 'update', view: { type: 'modal', notify_on_close: true, title: plain('Feedback'), close: plain('Done'), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Meets the bar*' } }] } });
    await actions.submitView(SAM, viewId, { answer: { text: 'A long enough story' } });
    expect(workspace.topModal(SAM)?.definition.title).toEqual(plain('Feedback'));
    expect(actions.viewErrors.has(viewId)).toBe(false);

    await actions.closeView(SAM, viewId);
    expect(workspace.topModal(SAM)).toBeUndefined();
    expect(deliveries.at(-1)?.parsed).toMatchObject({ type: 'view_closed', is_cleared: false, view: { id: viewId }, user: { id: SAM } });
  });

  it('opening the app is an app_home_opened event with the DM channel and the tab', async () => {
    const { deliveries, actions, workspace } = await setUp();
    await actions.openAppHome(ALEX, 'home');
    const dm = workspace.openDirectMessage(ALEX).channel.id;
    expect(deliveries[0]?.parsed.event).toMatchObject({ type: 'app_home_opened', user: ALEX, channel: dm, tab: 'home' });
    expect(dm).toMatch(/^D/);
  });
});
