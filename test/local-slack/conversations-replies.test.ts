import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, GENERAL, NO_BOT, PRIVATE_NO_BOT, startFixture } from './fixture.js';

const METADATA = { event_type: 'lp_coach_wrap_up', event_payload: { prompt_id: 7 } };

describe('local Slack Web API: conversations.replies', () => {
  it('returns the parent then its replies, oldest first, with thread fields, from the parent or any reply', async () => {
    const { call, workspace, clock } = await startFixture();
    const parent = await call('chat.postMessage', { channel: GENERAL, text: 'prompt' });
    clock.ms += 1000;
    const answer = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'answer', thread_ts: parent.ts });
    clock.ms += 1000;
    workspace.postMessage({ channel: GENERAL, user: 'U0ALICE', text: 'elsewhere' });
    clock.ms += 1000;
    const wrapUp = await call('chat.postMessage', { channel: GENERAL, text: 'wrap-up', thread_ts: parent.ts, metadata: METADATA });

    const thread = await call('conversations.replies', { channel: GENERAL, ts: parent.ts });
    expect(thread.ok).toBe(true);
    expect(thread.has_more).toBe(false);
    expect(thread.messages.map((m: { text: string }) => m.text)).toEqual(['prompt', 'answer', 'wrap-up']);
    expect(thread.messages[0]).toMatchObject({ ts: parent.ts, thread_ts: parent.ts, reply_count: 2, latest_reply: wrapUp.ts });
    expect(thread.messages[1]).toMatchObject({ ts: answer.ts, thread_ts: parent.ts, parent_user_id: workspace.bot.userId });
    expect(thread.messages[2]).not.toHaveProperty('metadata');

    const fromReply = await call('conversations.replies', { channel: GENERAL, ts: answer.ts, include_all_metadata: 'true' });
    expect(fromReply.messages.map((m: { ts: string }) => m.ts)).toEqual([parent.ts, answer.ts, wrapUp.ts]);
    expect(fromReply.messages[2]).toMatchObject({ bot_id: workspace.bot.botId, metadata: METADATA });

    // A message without replies comes back alone.
    const lone = workspace.postMessage({ channel: GENERAL, user: 'U0ALICE', text: 'lone' });
    const alone = await call('conversations.replies', { channel: GENERAL, ts: lone.ts });
    expect(alone.messages).toHaveLength(1);
    expect(alone.messages[0]).not.toHaveProperty('thread_ts');
  });

  it('pages with limit and cursor, and @slack/web-api reads it', async () => {
    const { call, workspace, clock, server } = await startFixture();
    const parent = await call('chat.postMessage', { channel: GENERAL, text: 'p' });
    for (const text of ['r1', 'r2', 'r3', 'r4']) {
      clock.ms += 1000;
      workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text, thread_ts: parent.ts });
    }
    const texts = (page: Record<string, any>) => page.messages.map((m: { text: string }) => m.text);
    const first = await call('conversations.replies', { channel: GENERAL, ts: parent.ts, limit: 2 });
    expect(texts(first)).toEqual(['p', 'r1']);
    expect(first.has_more).toBe(true);
    const second = await call('conversations.replies', { channel: GENERAL, ts: parent.ts, limit: 2, cursor: first.response_metadata.next_cursor });
    expect(texts(second)).toEqual(['r2', 'r3']);
    const third = await call('conversations.replies', { channel: GENERAL, ts: parent.ts, limit: 2, cursor: second.response_metadata.next_cursor });
    expect(texts(third)).toEqual(['r4']);
    expect(third.has_more).toBe(false);
    expect(third.response_metadata).toBeUndefined();

    const client = new WebClient(BOT_TOKEN, { slackApiUrl: server.url });
    const viaClient = await client.conversations.replies({ channel: GENERAL, ts: parent.ts, include_all_metadata: true, limit: 10 });
    expect(viaClient.messages?.map((m) => m.text)).toEqual(['p', 'r1', 'r2', 'r3', 'r4']);
  });

  it('answers thread_not_found, channel_not_found and not_in_channel as Slack does', async () => {
    const { call, workspace } = await startFixture();
    const noBot = workspace.postMessage({ channel: NO_BOT, user: 'U0ALICE', text: 'hi' });
    expect(await call('conversations.replies', { channel: GENERAL, ts: '1234.000100' })).toEqual({ ok: false, error: 'thread_not_found' });
    expect(await call('conversations.replies', { channel: GENERAL })).toEqual({ ok: false, error: 'thread_not_found' });
    expect(await call('conversations.replies', { ts: noBot.ts })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.replies', { channel: 'C0NOPE', ts: noBot.ts })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.replies', { channel: PRIVATE_NO_BOT, ts: noBot.ts })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.replies', { channel: NO_BOT, ts: noBot.ts })).toEqual({ ok: false, error: 'not_in_channel' });
    const parent = await call('chat.postMessage', { channel: GENERAL, text: 'p' });
    expect(await call('conversations.replies', { channel: GENERAL, ts: parent.ts, cursor: 'bogus' })).toEqual({ ok: false, error: 'invalid_cursor' });
  });
});
