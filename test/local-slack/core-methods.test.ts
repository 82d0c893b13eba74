import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, GENERAL, NO_BOT, PRIVATE_NO_BOT, PRIVATE_WITH_BOT, startFixture } from './fixture.js';

describe('local Slack Web API: auth and tokens', () => {
  it('auth.test identifies the bot, team and workspace URL', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('auth.test')).toEqual({
      ok: true,
      url: 'https://lp-coach-local.slack.com/',
      team: workspace.team.name,
      user: workspace.bot.name,
      team_id: workspace.team.id,
      user_id: workspace.bot.userId,
      bot_id: workspace.bot.botId,
      is_enterprise_install: false,
    });
  });

  it('answers not_authed without a token and invalid_auth with a wrong one, with HTTP 200', async () => {
    const { call, server } = await startFixture();
    expect(await call('auth.test', {}, null)).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'hi' }, 'xoxb-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(server.calls.map((c) => c.httpStatus)).toEqual([200, 200]);
  });

  it('accepts the token as a form field', async () => {
    const { server } = await startFixture();
    const response = await fetch(`${server.url}auth.test`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: BOT_TOKEN }).toString(),
    });
    expect(await response.json()).toMatchObject({ ok: true });
    expect(server.calls[0]?.args).toEqual({});
  });

  it('answers unknown_method for a method Slack does not have', async () => {
    const { call } = await startFixture();
    expect(await call('chat.shout', { channel: GENERAL })).toEqual({ ok: false, error: 'unknown_method', req_method: 'chat.shout' });
  });

  it('refuses apps.connections.open for a bot token and for an app token it cannot serve', async () => {
    const { call } = await startFixture();
    expect(await call('apps.connections.open')).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await call('apps.connections.open', {}, 'xapp-1-A1-123-abc')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await call('auth.test', {}, 'xapp-1-A1-123-abc')).toEqual({ ok: false, error: 'not_allowed_token_type' });
  });
});

describe('local Slack Web API: chat.postMessage', () => {
  it('stores the message and returns channel, ts and message like Slack', async () => {
    const { call, workspace } = await startFixture();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Ownership*' } }];
    const result = await call('chat.postMessage', { channel: GENERAL, text: 'Today: Ownership', blocks });
    expect(result).toMatchObject({
      ok: true,
      channel: GENERAL,
      ts: expect.stringMatching(/^\d{10}\.\d{6}$/),
      message: {
        type: 'message',
        text: 'Today: Ownership',
        user: workspace.bot.userId,
        bot_id: workspace.bot.botId,
        app_id: workspace.bot.appId,
        blocks,
        bot_profile: { id: workspace.bot.botId },
      },
    });
    expect(result.message.ts).toBe(result.ts);
    expect(workspace.messages.get(GENERAL)).toEqual([expect.objectContaining({ ts: result.ts, text: 'Today: Ownership', blocks })]);
  });

  it('gives increasing, unique Slack-format timestamps from the workspace clock', async () => {
    const { call } = await startFixture();
    const first = await call('chat.postMessage', { channel: GENERAL, text: 'one' });
    const second = await call('chat.postMessage', { channel: GENERAL, text: 'two' });
    expect(first.ts).toBe(`${Date.UTC(2026, 10, 27, 9, 30) / 1000}.000000`);
    expect(second.ts).toBe(`${Date.UTC(2026, 10, 27, 9, 30) / 1000}.000001`);
  });

  it('threads a reply with thread_ts (a reply to a reply goes under the parent)', async () => {
    const { call, workspace } = await startFixture();
    const parent = await call('chat.postMessage', { channel: GENERAL, text: 'prompt' });
    const reply = await call('chat.postMessage', { channel: GENERAL, text: 'feedback', thread_ts: parent.ts });
    const nested = await call('chat.postMessage', { channel: GENERAL, text: 'again', thread_ts: reply.ts });
    expect(reply.message.thread_ts).toBe(parent.ts);
    expect(reply.message.parent_user_id).toBe(workspace.bot.userId);
    expect(nested.message.thread_ts).toBe(parent.ts);
  });

  it('stores <!channel> verbatim: escaping is the app’s job, not the platform’s', async () => {
    const { call, workspace } = await startFixture();
    await call('chat.postMessage', { channel: GENERAL, text: 'hey <!channel> & <@U0BOB>' });
    expect(workspace.messages.get(GENERAL)?.[0]?.text).toBe('hey <!channel> & <@U0BOB>');
  });

  it('errors: channel_not_found, not_in_channel, no_text, msg_too_long', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('chat.postMessage', { channel: 'C0NOPE', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postMessage', { channel: PRIVATE_NO_BOT, text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postMessage', { channel: NO_BOT, text: 'x' })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(await call('chat.postMessage', { channel: GENERAL })).toEqual({ ok: false, error: 'no_text' });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x'.repeat(40_001) })).toEqual({ ok: false, error: 'msg_too_long' });
    expect(await call('chat.postMessage', { text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(workspace.messages.get(GENERAL)).toEqual([]);
  });

  it('posts by channel name and to a user id (the bot’s DM with them)', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('chat.postMessage', { channel: '#lp-practice', text: 'x' })).toMatchObject({ ok: true, channel: GENERAL });
    const dm = await call('chat.postMessage', { channel: 'U0BOB', text: 'psst' });
    expect(dm.channel).toMatch(/^D/);
    expect(workspace.channels.get(dm.channel)?.user).toBe('U0BOB');
  });

  it('refuses blocks that break Block Kit limits with invalid_blocks and the problems, and records them', async () => {
    const { call, server, workspace } = await startFixture();
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }];
    const result = await call('chat.postMessage', { channel: GENERAL, text: 'x', blocks });
    expect(result).toEqual({
      ok: false,
      error: 'invalid_blocks',
      response_metadata: { messages: [expect.stringContaining('[json-pointer:/blocks/0/text/text]')] },
    });
    expect(server.blockKitRejections).toEqual([{ method: 'chat.postMessage', problems: result.response_metadata.messages, at: expect.any(Number) }]);
    expect(workspace.messages.get(GENERAL)).toEqual([]);
  });

  it('answers invalid_blocks_format when blocks are not JSON', async () => {
    const { call } = await startFixture();
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'x', blocks: '[{' })).toMatchObject({ ok: false, error: 'invalid_blocks_format' });
  });
});

describe('local Slack Web API: chat.postEphemeral', () => {
  it('stores the ephemeral for the user and returns message_ts', async () => {
    const { call, workspace } = await startFixture();
    const result = await call('chat.postEphemeral', { channel: GENERAL, user: 'U0BOB', text: 'only you', thread_ts: '1.000001' });
    expect(result).toEqual({ ok: true, message_ts: expect.stringMatching(/^\d+\.\d{6}$/) });
    expect(workspace.ephemerals).toEqual([
      { channel: GENERAL, user: 'U0BOB', text: 'only you', thread_ts: '1.000001', message_ts: result.message_ts },
    ]);
    expect(workspace.messages.get(GENERAL)).toEqual([]);
  });

  it('errors: user_not_in_channel, channel_not_found, not_in_channel, no_text', async () => {
    const { call } = await startFixture();
    expect(await call('chat.postEphemeral', { channel: GENERAL, user: 'U0CAROL', text: 'x' })).toEqual({ ok: false, error: 'user_not_in_channel' });
    expect(await call('chat.postEphemeral', { channel: GENERAL, user: 'U0NOBODY', text: 'x' })).toEqual({ ok: false, error: 'user_not_in_channel' });
    expect(await call('chat.postEphemeral', { channel: 'C0NOPE', user: 'U0BOB', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postEphemeral', { channel: NO_BOT, user: 'U0ALICE', text: 'x' })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(await call('chat.postEphemeral', { channel: GENERAL, user: 'U0BOB' })).toEqual({ ok: false, error: 'no_text' });
  });
});

describe('local Slack Web API: users.info and conversations.info', () => {
  it('users.info returns the user with admin flags and time-zone fields', async () => {
    const { call } = await startFixture();
    const result = await call('users.info', { user: 'U0ALICE' });
    expect(result).toMatchObject({
      ok: true,
      user: {
        id: 'U0ALICE',
        name: 'alice',
        real_name: 'Alice Doe',
        is_admin: true,
        is_owner: false,
        is_bot: false,
        tz: 'Europe/Berlin',
        tz_offset: 3600,
        profile: { real_name: 'Alice Doe' },
      },
    });
    expect((await call('users.info', { user: 'U0BOB' })).user.tz_offset).toBe(-8 * 3600);
  });

  it('users.info answers user_not_found', async () => {
    const { call } = await startFixture();
    expect(await call('users.info', { user: 'U0NOBODY' })).toEqual({ ok: false, error: 'user_not_found' });
    expect(await call('users.info')).toEqual({ ok: false, error: 'user_not_found' });
  });

  it('conversations.info tells whether the bot is a member and whether the channel is private', async () => {
    const { call } = await startFixture();
    expect(await call('conversations.info', { channel: GENERAL })).toMatchObject({
      ok: true,
      channel: { id: GENERAL, name: 'lp-practice', is_member: true, is_private: false, is_channel: true },
    });
    expect((await call('conversations.info', { channel: NO_BOT })).channel).toMatchObject({ is_member: false });
    expect((await call('conversations.info', { channel: PRIVATE_WITH_BOT })).channel).toMatchObject({ is_private: true, is_member: true });
    expect((await call('conversations.info', { channel: GENERAL, include_num_members: true })).channel.num_members).toBe(3);
  });

  it('conversations.info answers channel_not_found, also for a private channel the bot is not in', async () => {
    const { call } = await startFixture();
    expect(await call('conversations.info', { channel: 'C0NOPE' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('conversations.info', { channel: PRIVATE_NO_BOT })).toEqual({ ok: false, error: 'channel_not_found' });
  });
});

describe('local Slack: response_url', () => {
  it('records what the app sends, as Bolt’s respond() posts it', async () => {
    const { server } = await startFixture();
    const url = server.responseUrl('cmd-1');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text: 'Next prompt: 09:30', replace_original: false }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(server.responses).toEqual([
      {
        id: 'cmd-1',
        response_type: 'ephemeral',
        text: 'Next prompt: 09:30',
        replace_original: false,
        body: { response_type: 'ephemeral', text: 'Next prompt: 09:30', replace_original: false },
        at: expect.any(Number),
      },
    ]);
  });

  it('answers 404 for a response_url it never issued', async () => {
    const { server } = await startFixture();
    const url = server.responseUrl('known').replace('known', 'unknown');
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    expect(response.status).toBe(404);
    expect(server.responses).toEqual([]);
  });

  it('with a target, shows the response in the workspace: ephemeral by default, in_channel as a message', async () => {
    const { server, workspace } = await startFixture();
    const url = server.responseUrl('cmd-2', { channel: GENERAL, user: 'U0BOB' });
    const post = (body: unknown) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await post({ text: 'private' });
    await post({ response_type: 'in_channel', text: 'public' });
    expect(workspace.ephemerals).toEqual([expect.objectContaining({ channel: GENERAL, user: 'U0BOB', text: 'private' })]);
    expect(workspace.messages.get(GENERAL)).toEqual([expect.objectContaining({ text: 'public', bot_id: workspace.bot.botId })]);
  });

  it('with the interaction’s message as target, replace_original edits it and delete_original removes it', async () => {
    const { server, workspace, call } = await startFixture();
    const first = await call('chat.postMessage', { channel: GENERAL, text: 'Vote now' });
    const second = await call('chat.postMessage', { channel: GENERAL, text: 'Another' });
    const post = (id: string, ts: string, body: unknown) =>
      fetch(server.responseUrl(id, { channel: GENERAL, user: 'U0BOB', messageTs: ts }), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('action-1', first.ts, { replace_original: true, text: 'Thanks for voting' });
    await post('action-2', second.ts, { delete_original: true });
    expect(workspace.messages.get(GENERAL)?.map((m) => m.text)).toEqual(['Thanks for voting']);
    expect(server.responses.map((r) => r.id)).toEqual(['action-1', 'action-2']);
  });
});
