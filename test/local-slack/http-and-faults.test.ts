import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { startLocalSlackApi } from '../../src/local-slack/server.js';
import { Workspace } from '../../src/local-slack/workspace.js';
import { BOT_TOKEN, GENERAL, startFixture } from './fixture.js';

const post = (url: string, headers: Record<string, string>, body: string) => fetch(url, { method: 'POST', headers, body });

describe('local Slack: request parsing like Slack', () => {
  it('accepts JSON with a Bearer token, keeping structured arguments as JSON values', async () => {
    const { server, workspace } = await startFixture();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }];
    const response = await post(
      `${server.url}chat.postMessage`,
      { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${BOT_TOKEN}` },
      JSON.stringify({ channel: GENERAL, text: 'hi', blocks }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ ok: true, channel: GENERAL });
    expect(workspace.messages.get(GENERAL)?.[0]?.blocks).toEqual(blocks);
    expect(server.calls[0]?.args).toEqual({ channel: GENERAL, text: 'hi', blocks });
  });

  it('parses JSON-encoded blocks inside a form, as the WebClient sends them', async () => {
    const { server, workspace } = await startFixture();
    const blocks = [{ type: 'divider' }];
    const body = new URLSearchParams({ channel: GENERAL, text: 'x', blocks: JSON.stringify(blocks) }).toString();
    await post(`${server.url}chat.postMessage`, { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${BOT_TOKEN}` }, body);
    expect(workspace.messages.get(GENERAL)?.[0]?.blocks).toEqual(blocks);
  });

  it('ignores a token inside a JSON body (Slack requires the header for JSON) and warns about a missing charset', async () => {
    const { server } = await startFixture();
    const response = await post(`${server.url}auth.test`, { 'Content-Type': 'application/json' }, JSON.stringify({ token: BOT_TOKEN }));
    expect(await response.json()).toEqual({
      ok: false,
      error: 'not_authed',
      warning: 'missing_charset',
      response_metadata: { warnings: ['missing_charset'] },
    });
  });

  it('answers invalid_json, json_not_object and invalid_post_type', async () => {
    const { server } = await startFixture();
    const auth = { Authorization: `Bearer ${BOT_TOKEN}` };
    const json = { ...auth, 'Content-Type': 'application/json; charset=utf-8' };
    expect(await (await post(`${server.url}auth.test`, json, '{nope')).json()).toEqual({ ok: false, error: 'invalid_json' });
    expect(await (await post(`${server.url}auth.test`, json, '[1]')).json()).toEqual({ ok: false, error: 'json_not_object' });
    expect(await (await post(`${server.url}auth.test`, { ...auth, 'Content-Type': 'text/plain' }, 'hi')).json()).toEqual({
      ok: false,
      error: 'invalid_post_type',
    });
  });

  it('reads arguments from the query string too, but never a token there', async () => {
    const { server } = await startFixture();
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect(await (await post(`${server.url}users.info?user=U0BOB&token=${BOT_TOKEN}`, headers, '')).json()).toEqual({ ok: false, error: 'not_authed' });
    const authed = { ...headers, Authorization: `Bearer ${BOT_TOKEN}` };
    expect(await (await post(`${server.url}users.info?user=U0BOB`, authed, '')).json()).toMatchObject({ ok: true, user: { id: 'U0BOB' } });
  });

  it('answers 404 for paths outside /api/', async () => {
    const { server } = await startFixture();
    expect((await fetch(server.url.replace('/api/', '/elsewhere'))).status).toBe(404);
  });
});

describe('local Slack: injected failures and rate limits', () => {
  it('failNext answers the error the given number of times, changes nothing, then recovers', async () => {
    const { call, server, workspace } = await startFixture();
    server.failNext('chat.postMessage', 'fatal_error', 2);
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'a' })).toEqual({ ok: false, error: 'fatal_error' });
    expect(await call('auth.test')).toMatchObject({ ok: true });
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'b' })).toEqual({ ok: false, error: 'fatal_error' });
    expect(workspace.messages.get(GENERAL)).toEqual([]);
    expect(await call('chat.postMessage', { channel: GENERAL, text: 'c' })).toMatchObject({ ok: true });
    expect(server.callsTo('chat.postMessage').map((c) => c.response.ok)).toEqual([false, false, true]);
  });

  it('failNextWithHttpStatus answers an HTTP error (web-api: not a refusal), applying the call only when asked', async () => {
    const { server, workspace } = await startFixture();
    const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: server.url, retryConfig: { retries: 0 } });
    server.failNextWithHttpStatus('chat.postMessage', 500);
    server.failNextWithHttpStatus('chat.postMessage', 503, { applied: true });
    await expect(client.chat.postMessage({ channel: GENERAL, text: 'lost' })).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect(workspace.messages.get(GENERAL)).toEqual([]);
    await expect(client.chat.postMessage({ channel: GENERAL, text: 'posted' })).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 503 });
    expect(workspace.messages.get(GENERAL)?.map((m) => m.text)).toEqual(['posted']);
    expect(await client.chat.postMessage({ channel: GENERAL, text: 'fine' })).toMatchObject({ ok: true });
    expect(server.callsTo('chat.postMessage').map((c) => c.httpStatus)).toEqual([500, 503, 200]);
  });

  it('hangNext records the call and never answers it: a WebClient with a short timeout gives up, the next call is answered', async () => {
    const { server, workspace } = await startFixture();
    const client = new webApi.WebClient(BOT_TOKEN, {
      slackApiUrl: server.url,
      timeout: 300,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    server.hangNext('chat.postMessage');
    const started = Date.now();
    const error = await client.chat.postMessage({ channel: GENERAL, text: 'lost in the wire' }).then(
      () => undefined,
      (e: unknown) => e as { code?: string; original?: { code?: string; message?: string } },
    );
    expect(error).toMatchObject({ code: 'slack_webapi_request_error' });
    expect(`${error?.original?.code} ${error?.original?.message}`).toMatch(/ECONNABORTED|timeout/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(workspace.messages.get(GENERAL)).toEqual([]);
    expect(await client.chat.postMessage({ channel: GENERAL, text: 'fine' })).toMatchObject({ ok: true });
    expect(workspace.messages.get(GENERAL)?.map((m) => m.text)).toEqual(['fine']);
    expect(server.callsTo('chat.postMessage').map((c) => [c.args.text, c.httpStatus])).toEqual([
      ['lost in the wire', 0],
      ['fine', 200],
    ]);
  });

  it('close() finishes promptly while a hung request is still open', async () => {
    // Its own server: the fixture's would be closed a second time after the test.
    const server = await startLocalSlackApi({ workspace: new Workspace(), botToken: BOT_TOKEN, logger: silentLogger });
    server.hangNext('auth.test', 2);
    const pending = fetch(`${server.url}auth.test`, { method: 'POST', headers: { Authorization: `Bearer ${BOT_TOKEN}` } }).then(
      () => 'answered',
      () => 'connection closed',
    );
    await expect.poll(() => server.callsTo('auth.test').length).toBe(1);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('connection closed');
  });

  it('rateLimitNext answers HTTP 429 with Retry-After and ratelimited, like Slack', async () => {
    const { server } = await startFixture();
    server.rateLimitNext('chat.postMessage', 7);
    const send = () =>
      post(
        `${server.url}chat.postMessage`,
        { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${BOT_TOKEN}` },
        new URLSearchParams({ channel: GENERAL, text: 'x' }).toString(),
      );
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect((await send()).status).toBe(200);
    expect(server.callsTo('chat.postMessage').map((c) => c.httpStatus)).toEqual([429, 200]);
  });
});
