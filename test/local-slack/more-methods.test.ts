import { describe, expect, it } from 'vitest';
import { GENERAL, PRIVATE_NO_BOT, startFixture } from './fixture.js';

describe('local Slack Web API: chat.update, chat.delete, chat.getPermalink', () => {
  it('chat.update replaces the bot’s message and marks it edited', async () => {
    const { call, workspace } = await startFixture();
    const posted = await call('chat.postMessage', { channel: GENERAL, text: 'draft' });
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'final' } }];
    const updated = await call('chat.update', { channel: GENERAL, ts: posted.ts, text: 'final', blocks });
    expect(updated).toMatchObject({ ok: true, channel: GENERAL, ts: posted.ts, text: 'final', message: { text: 'final', blocks } });
    expect(workspace.findMessage(GENERAL, posted.ts)).toMatchObject({ text: 'final', blocks, edited: { user: workspace.bot.userId } });
  });

  it('chat.update errors: message_not_found (also for an ephemeral), cant_update_message, invalid_blocks', async () => {
    const { call, workspace } = await startFixture();
    const person = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'my answer' });
    const ephemeral = await call('chat.postEphemeral', { channel: GENERAL, user: 'U0BOB', text: 'psst' });
    const posted = await call('chat.postMessage', { channel: GENERAL, text: 'draft' });
    expect(await call('chat.update', { channel: GENERAL, ts: '1.000000', text: 'x' })).toEqual({ ok: false, error: 'message_not_found' });
    expect(await call('chat.update', { channel: GENERAL, ts: ephemeral.message_ts, text: 'x' })).toEqual({ ok: false, error: 'message_not_found' });
    expect(await call('chat.update', { channel: GENERAL, ts: person.ts, text: 'x' })).toEqual({ ok: false, error: 'cant_update_message' });
    const tooMany = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    expect(await call('chat.update', { channel: GENERAL, ts: posted.ts, text: 'x', blocks: tooMany })).toMatchObject({ ok: false, error: 'invalid_blocks' });
    expect(workspace.findMessage(GENERAL, posted.ts)?.text).toBe('draft');
  });

  it('chat.delete removes the bot’s message; others answer message_not_found / cant_delete_message', async () => {
    const { call, workspace } = await startFixture();
    const posted = await call('chat.postMessage', { channel: GENERAL, text: 'oops' });
    const person = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'mine' });
    expect(await call('chat.delete', { channel: GENERAL, ts: posted.ts })).toEqual({ ok: true, channel: GENERAL, ts: posted.ts });
    expect(await call('chat.delete', { channel: GENERAL, ts: posted.ts })).toEqual({ ok: false, error: 'message_not_found' });
    expect(await call('chat.delete', { channel: GENERAL, ts: person.ts })).toEqual({ ok: false, error: 'cant_delete_message' });
    expect(workspace.messages.get(GENERAL)?.map((m) => m.ts)).toEqual([person.ts]);
  });

  it('chat.getPermalink gives Slack’s permalink, with the thread for a reply', async () => {
    const { call } = await startFixture();
    const parent = await call('chat.postMessage', { channel: GENERAL, text: 'prompt' });
    const reply = await call('chat.postMessage', { channel: GENERAL, text: 'reply', thread_ts: parent.ts });
    const base = `https://lp-coach-local.slack.com/archives/${GENERAL}/p`;
    expect(await call('chat.getPermalink', { channel: GENERAL, message_ts: parent.ts })).toEqual({
      ok: true,
      channel: GENERAL,
      permalink: `${base}${parent.ts.replace('.', '')}`,
    });
    expect((await call('chat.getPermalink', { channel: GENERAL, message_ts: reply.ts })).permalink).toBe(
      `${base}${reply.ts.replace('.', '')}?thread_ts=${parent.ts}&cid=${GENERAL}`,
    );
    expect(await call('chat.getPermalink', { channel: GENERAL, message_ts: '1.000000' })).toEqual({ ok: false, error: 'message_not_found' });
    expect(await call('chat.getPermalink', { channel: 'C0NOPE', message_ts: parent.ts })).toEqual({ ok: false, error: 'channel_not_found' });
  });
});

describe('local Slack Web API: conversations.members and conversations.open', () => {
  it('conversations.members lists members, paging with next_cursor', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('conversations.members', { channel: GENERAL })).toEqual({
      ok: true,
      members: ['U0ALICE', 'U0BOB', workspace.bot.userId],
      response_metadata: { next_cursor: '' },
    });
    const first = await call('conversations.members', { channel: GENERAL, limit: 2 });
    expect(first.members).toEqual(['U0ALICE', 'U0BOB']);
    const second = await call('conversations.members', { channel: GENERAL, limit: 2, cursor: first.response_metadata.next_cursor });
    expect(second).toMatchObject({ members: [workspace.bot.userId], response_metadata: { next_cursor: '' } });
    expect(await call('conversations.members', { channel: GENERAL, cursor: 'bogus' })).toEqual({ ok: false, error: 'invalid_cursor' });
    expect(await call('conversations.members', { channel: PRIVATE_NO_BOT })).toEqual({ ok: false, error: 'channel_not_found' });
  });

  it('conversations.open returns the same D channel for a user each time', async () => {
    const { call, workspace } = await startFixture();
    const first = await call('conversations.open', { users: 'U0BOB' });
    expect(first).toEqual({ ok: true, channel: { id: expect.stringMatching(/^D/) } });
    expect(await call('conversations.open', { users: 'U0BOB' })).toEqual({ ok: true, no_op: true, already_open: true, channel: first.channel });
    expect(await call('chat.postMessage', { channel: first.channel.id, text: 'your weekly summary' })).toMatchObject({ ok: true });
    expect((await call('conversations.info', { channel: first.channel.id })).channel).toMatchObject({ is_im: true, user: 'U0BOB' });
    expect(workspace.channels.get(first.channel.id)?.members).toEqual(new Set(['U0BOB', workspace.bot.userId]));
  });

  it('conversations.open with several users opens one group DM with the bot in it', async () => {
    const { call, workspace } = await startFixture();
    const group = await call('conversations.open', { users: 'U0ALICE,U0BOB' });
    expect(group.channel.id).toMatch(/^G/);
    expect(workspace.channels.get(group.channel.id)?.members).toEqual(new Set(['U0ALICE', 'U0BOB', workspace.bot.userId]));
    expect(await call('conversations.open', { users: 'U0ALICE,U0BOB' })).toMatchObject({ already_open: true, channel: group.channel });
  });

  it('conversations.open errors: users_list_not_supplied, user_not_found, cannot_dm_bot', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('conversations.open')).toEqual({ ok: false, error: 'users_list_not_supplied' });
    expect(await call('conversations.open', { users: 'U0NOBODY' })).toEqual({ ok: false, error: 'user_not_found' });
    expect(await call('conversations.open', { users: workspace.bot.userId })).toEqual({ ok: false, error: 'cannot_dm_bot' });
  });
});

describe('local Slack Web API: reactions', () => {
  it('reactions.add and reactions.remove change the message’s reactions', async () => {
    const { call, workspace } = await startFixture();
    const answer = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'my story' });
    expect(await call('reactions.add', { channel: GENERAL, timestamp: answer.ts, name: 'memo' })).toEqual({ ok: true });
    expect(answer.reactions.get('memo')).toEqual([workspace.bot.userId]);
    expect(await call('reactions.add', { channel: GENERAL, timestamp: answer.ts, name: ':memo:' })).toEqual({ ok: false, error: 'already_reacted' });
    expect(await call('reactions.remove', { channel: GENERAL, timestamp: answer.ts, name: 'memo' })).toEqual({ ok: true });
    expect(answer.reactions.has('memo')).toBe(false);
    expect(await call('reactions.remove', { channel: GENERAL, timestamp: answer.ts, name: 'memo' })).toEqual({ ok: false, error: 'no_reaction' });
  });

  it('reactions errors: message_not_found, channel_not_found, invalid_name', async () => {
    const { call, workspace } = await startFixture();
    const answer = workspace.postMessage({ channel: GENERAL, user: 'U0BOB', text: 'my story' });
    expect(await call('reactions.add', { channel: GENERAL, timestamp: '1.000000', name: 'star' })).toEqual({ ok: false, error: 'message_not_found' });
    expect(await call('reactions.add', { channel: 'C0NOPE', timestamp: answer.ts, name: 'star' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('reactions.add', { channel: GENERAL, timestamp: answer.ts, name: 'not an emoji' })).toEqual({ ok: false, error: 'invalid_name' });
  });
});
