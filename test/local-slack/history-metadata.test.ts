import { LogLevel, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, GENERAL, NO_BOT, PRIVATE_NO_BOT, PRIVATE_WITH_BOT, startFixture } from './fixture.js';

const METADATA = { event_type: 'lp_coach_prompt', event_payload: { prompt_id: 7 } };

describe('local Slack Web API: message metadata on chat.postMessage', () => {
  it('stores metadata sent as a JSON string (a WebClient form) and returns it only with include_all_metadata', async () => {
    const { call, workspace } = await startFixture();
    const posted = await call('chat.postMessage', { channel: GENERAL, text: 'prompt', metadata: METADATA });
    expect(posted.ok).toBe(true);
    expect(posted.message.metadata).toBeUndefined();
    expect(workspace.findMessage(GENERAL, posted.ts)?.metadata).toEqual(METADATA);

    const plain = await call('conversations.history', { channel: GENERAL });
    expect(plain.messages[0]).not.toHaveProperty('metadata');
    const withMetadata = await call('conversations.history', { channel: GENERAL, include_all_metadata: 'true' });
    expect(withMetadata.messages[0]).toMatchObject({ ts: posted.ts, bot_id: workspace.bot.botId, metadata: METADATA });
  });

  it('takes metadata as an object in a JSON body', async () => {
    const { server, workspace } = await startFixture();
    const response = await fetch(`${server.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${BOT_TOKEN}` },
      body: JSON.stringify({ channel: GENERAL, text: 'prompt', metadata: METADATA }),
    });
    const body = (await response.json()) as { ok: boolean; ts: string };
    expect(body.ok).toBe(true);
    expect(workspace.findMessage(GENERAL, body.ts)?.metadata).toEqual(METADATA);
  });

  it('refuses metadata that does not parse or lacks an event type, posting nothing', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', metadata: '{not json' })).toMatchObject({ ok: false, error: 'invalid_metadata_format' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', metadata: '[1]' })).toMatchObject({ ok: false, error: 'invalid_metadata_format' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', metadata: { event_payload: {} } })).toMatchObject({ ok: false, error: 'invalid_metadata_schema' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', metadata: { event_type: 'a.b', event_payload: {} } })).toMatchObject({ ok: false, error: 'invalid_metadata_schema' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', metadata: { event_type: 'ok', event_payload: 3 } })).toMatchObject({ ok: false, error: 'invalid_metadata_schema' });
    expect(workspace.messages.get(GENERAL)).toEqual([]);
  });

  it('keeps metadata across chat.update and in the saved workspace state', async () => {
    const { call, workspace } = await startFixture();
    const posted = await call('chat.postMessage', { channel: GENERAL, text: 'draft', metadata: METADATA });
    await call('chat.update', { channel: GENERAL, ts: posted.ts, text: 'final' });
    expect(workspace.findMessage(GENERAL, posted.ts)?.metadata).toEqual(METADATA);
    const saved = JSON.parse(JSON.stringify(workspace.exportState())) as ReturnType<typeof workspace.exportState>;
    expect(saved.messages[GENERAL]?.[0]?.metadata).toEqual(METADATA);
  });
});

describe('local Slack Web API: conversations.history', () => {
  it('lists top-level messages newest first, without thread replies, with reply counts', async () => {
    const { call, workspace, clock } = await startFixture();
    const first = await call('chat.postMessage', { channel: GENERAL, text: 'one' });
    clock.ms += 1000;
    const reply = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'answer', thread_ts: first.ts });
    clock.ms += 1000;
    const second = workspace.postMessage({ channel: GENERAL, user: 'U0ALICE', text: 'two' });
    const history = await call('conversations.history', { channel: GENERAL });
    expect(history).toMatchObject({ ok: true, has_more: false, pin_count: 0 });
    expect(history).not.toHaveProperty('response_metadata');
    expect(history.messages.map((m: { ts: string }) => m.ts)).toEqual([second.ts, first.ts]);
    expect(history.messages[1]).toMatchObject({ text: 'one', thread_ts: first.ts, reply_count: 1, reply_users: ['U0BOB'], latest_reply: reply.ts });
    expect(history.messages[0]).toMatchObject({ type: 'message', user: 'U0ALICE', text: 'two' });
  });

  it('bounds by oldest and latest, exclusive unless inclusive', async () => {
    const { call, workspace, clock } = await startFixture();
    const ts: string[] = [];
    for (const text of ['a', 'b', 'c', 'd']) {
      ts.push(workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text }).ts);
      clock.ms += 1000;
    }
    const texts = async (args: Record<string, unknown>) =>
      ((await call('conversations.history', { channel: GENERAL, ...args })).messages as { text: string }[]).map((m) => m.text);
    expect(await texts({ oldest: ts[1], latest: ts[3] })).toEqual(['c']);
    expect(await texts({ oldest: ts[1], latest: ts[3], inclusive: true })).toEqual(['d', 'c', 'b']);
    expect(await texts({ oldest: ts[2] })).toEqual(['d']);
    expect(await texts({ latest: ts[1] })).toEqual(['a']);
    // How a thread's parent is read alone: latest = its ts, inclusive, limit 1.
    expect(await texts({ latest: ts[2], inclusive: true, limit: 1 })).toEqual(['c']);
  });

  it('pages with limit and response_metadata.next_cursor', async () => {
    const { call, workspace, clock } = await startFixture();
    for (const text of ['a', 'b', 'c', 'd', 'e']) {
      workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text });
      clock.ms += 1000;
    }
    const first = await call('conversations.history', { channel: GENERAL, limit: 2 });
    expect(first).toMatchObject({ has_more: true, response_metadata: { next_cursor: expect.any(String) } });
    const second = await call('conversations.history', { channel: GENERAL, limit: 2, cursor: first.response_metadata.next_cursor });
    // A message posted between pages does not shift the next page.
    workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'late' });
    const third = await call('conversations.history', { channel: GENERAL, limit: 2, cursor: second.response_metadata.next_cursor });
    const texts = (page: Record<string, any>) => (page.messages as { text: string }[]).map((m) => m.text);
    expect([texts(first), texts(second), texts(third)]).toEqual([['e', 'd'], ['c', 'b'], ['a']]);
    expect(third.has_more).toBe(false);
  });

  it('answers Slack’s errors', async () => {
    const { call } = await startFixture();
    expect(await call('conversations.history', {})).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.history', { channel: 'C0NOPE' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.history', { channel: PRIVATE_NO_BOT })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.history', { channel: NO_BOT })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(await call('conversations.history', { channel: PRIVATE_WITH_BOT })).toMatchObject({ ok: true, messages: [] });
    expect(await call('conversations.history', { channel: GENERAL, cursor: 'bogus' })).toEqual({ ok: false, error: 'invalid_cursor' });
    expect(await call('conversations.history', { channel: GENERAL, latest: 'soon' })).toEqual({ ok: false, error: 'invalid_ts_latest' });
    expect(await call('conversations.history', { channel: GENERAL, oldest: '-1' })).toEqual({ ok: false, error: 'invalid_ts_oldest' });
  });

  it('round-trips metadata with a real WebClient', async () => {
    const { server } = await startFixture();
    const client = new WebClient(BOT_TOKEN, { slackApiUrl: server.url, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
    const posted = await client.chat.postMessage({ channel: GENERAL, text: 'prompt', metadata: METADATA });
    const history = await client.conversations.history({ channel: GENERAL, latest: posted.ts as string, inclusive: true, limit: 1, include_all_metadata: true });
    expect(history.messages).toHaveLength(1);
    expect(history.messages?.[0]).toMatchObject({ ts: posted.ts, metadata: METADATA });
  });
});
