import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidSlackRequest } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  eventCallbackBody,
  sendSignedRequest,
  signSlackRequest,
  slashCommandBody,
  urlVerificationBody,
  viewSubmissionBody,
} from '../../src/local-slack/requests.js';

// Slack's published example request (values only), used to prove the signature algorithm matches Slack's.
const DOC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DOC_TIMESTAMP = 1531420618;
const DOC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const DOC_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe('signSlackRequest', () => {
  it('reproduces Slack’s documented signature', () => {
    expect(signSlackRequest(DOC_SECRET, DOC_BODY, DOC_TIMESTAMP)).toEqual({
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': '1531420618',
      'X-Slack-Signature': DOC_SIGNATURE,
    });
  });

  it('is accepted by Bolt’s own verifier, and a changed body is not', () => {
    const body = eventCallbackBody({ team_id: 'T1', api_app_id: 'A1', event: { type: 'app_mention' }, event_id: 'Ev1', event_time: 1 });
    const headers = signSlackRequest('s3cret', body, 1_700_000_000, 'application/json');
    const verify = (rawBody: string) =>
      isValidSlackRequest({
        signingSecret: 's3cret',
        body: rawBody,
        headers: { 'x-slack-signature': headers['X-Slack-Signature'], 'x-slack-request-timestamp': 1_700_000_000 },
        nowMilliseconds: 1_700_000_010_000,
      });
    expect(verify(body)).toBe(true);
    expect(verify(body.replace('app_mention', 'message'))).toBe(false);
  });
});

describe('request bodies in Slack’s shapes', () => {
  it('slashCommandBody is form-encoded with Slack’s fields', () => {
    const body = slashCommandBody({
      command: '/lp',
      text: 'setup <#C123|lp> 09:30',
      user_id: 'U0ALICE',
      channel_id: 'C123',
      team_id: 'T1',
      trigger_id: '1.2.abc',
      response_url: 'http://127.0.0.1:1/response-url/x',
      api_app_id: 'A1',
    });
    expect(Object.fromEntries(new URLSearchParams(body))).toMatchObject({
      command: '/lp',
      text: 'setup <#C123|lp> 09:30',
      user_id: 'U0ALICE',
      user_name: 'u0alice',
      channel_id: 'C123',
      team_id: 'T1',
      trigger_id: '1.2.abc',
      response_url: 'http://127.0.0.1:1/response-url/x',
      api_app_id: 'A1',
    });
  });

  it('eventCallbackBody wraps the event in an event_callback envelope', () => {
    const event = { type: 'message', channel: 'C1', user: 'U1', text: 'hi', ts: '1.000001', thread_ts: '1.000000' };
    const body = JSON.parse(
      eventCallbackBody({ team_id: 'T1', api_app_id: 'A1', event, event_id: 'Ev9', event_time: 1_700_000_000, bot_user_id: 'UBOT' }),
    );
    expect(body).toMatchObject({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event,
      event_id: 'Ev9',
      event_time: 1_700_000_000,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    });
  });

  it('interaction bodies carry a URL-encoded JSON payload with their type', () => {
    const decode = (body: string) => JSON.parse(new URLSearchParams(body).get('payload') ?? '');
    expect(decode(blockActionsBody({ actions: [{ action_id: 'vote' }] }))).toEqual({ type: 'block_actions', actions: [{ action_id: 'vote' }] });
    expect(decode(viewSubmissionBody({ view: { callback_id: 'practice' } }))).toEqual({
      type: 'view_submission',
      view: { callback_id: 'practice' },
    });
    expect(JSON.parse(urlVerificationBody('abc'))).toMatchObject({ type: 'url_verification', challenge: 'abc' });
  });
});

describe('sendSignedRequest', () => {
  const servers: Array<ReturnType<typeof createServer>> = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  async function receiver(): Promise<{ url: string; seen: Array<{ headers: IncomingHttpHeaders; body: string }> }> {
    const seen: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += String(chunk);
      seen.push({ headers: request.headers, body });
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('acked');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, seen };
  }

  it('POSTs the signed body with Slack’s headers, including retry headers, and returns status and body', async () => {
    const { url, seen } = await receiver();
    const body = urlVerificationBody('xyz');
    const result = await sendSignedRequest(url, {
      body,
      contentType: 'application/json',
      signingSecret: 's3cret',
      timestampSeconds: 1_700_000_000,
      retryNum: 1,
    });
    expect(result.status).toBe(200);
    expect(result.body).toBe('acked');
    expect(seen[0]?.body).toBe(body);
    expect(seen[0]?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-slack-request-timestamp': '1700000000',
      'x-slack-signature': signSlackRequest('s3cret', body, 1_700_000_000)['X-Slack-Signature'],
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
  });

  it('sends no retry headers on a first delivery', async () => {
    const { url, seen } = await receiver();
    await sendSignedRequest(url, { body: 'a=b', contentType: 'application/x-www-form-urlencoded', signingSecret: 's' });
    expect(seen[0]?.headers['x-slack-retry-num']).toBeUndefined();
    expect(Number(seen[0]?.headers['x-slack-request-timestamp'])).toBeGreaterThan(1_700_000_000);
  });
});
