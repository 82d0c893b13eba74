import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, signSlackRequest } from '../../src/local-slack/index.js';
import type { AppLogger } from '../../src/logger.js';
import { guardSlackRequests, inspectSlackRequest, missingFields, type GuardVerdict } from '../../src/slack/request-guard.js';

const SECRET = 'unit-guard-secret';
const NOW_MS = Date.UTC(2026, 10, 30, 10, 0, 0);
const NOW_S = Math.floor(NOW_MS / 1000);

/** Headers as Node gives them (lower case), signed for `body` at `timestampSeconds`. */
function signedHeaders(body: string, contentType = JSON_CONTENT_TYPE, timestampSeconds = NOW_S, secret = SECRET) {
  const signed = signSlackRequest(secret, body, timestampSeconds, contentType);
  return {
    'content-type': signed['Content-Type'],
    'x-slack-request-timestamp': signed['X-Slack-Request-Timestamp'],
    'x-slack-signature': signed['X-Slack-Signature'],
  };
}

function inspect(body: string, contentType = JSON_CONTENT_TYPE, timestampSeconds = NOW_S, secret = SECRET): GuardVerdict {
  return inspectSlackRequest({ rawBody: Buffer.from(body), headers: signedHeaders(body, contentType, timestampSeconds, secret), signingSecret: SECRET, nowMs: NOW_MS });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const COMMAND = { command: '/lp', text: 'help', user_id: 'U1', channel_id: 'C1', trigger_id: '1.2.abc', team_id: 'T1' };

describe('inspectSlackRequest', () => {
  it("passes Slack's documented signed slash command (signature checked with Bolt's verifySlackRequest)", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = {
      'content-type': FORM_CONTENT_TYPE,
      'x-slack-request-timestamp': '1531420618',
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    };
    const verdict = inspectSlackRequest({ rawBody: Buffer.from(body), headers, signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', nowMs: 1531420618_000 });
    // Passed on with the body parsed as Bolt parses a form: its fields.
    expect(verdict).toMatchObject({ action: 'pass', body: { command: '/webhook-collect', user_id: 'U2CERLKJA', text: '' } });
    // The same body without its `command` is refused once the signature is known to be good.
    const noCommand = body.replace('command=%2Fwebhook-collect&', '');
    expect(inspect(noCommand, FORM_CONTENT_TYPE)).toMatchObject({ action: 'reject', status: 400 });
  });

  it('refuses a valid signature with a timestamp more than 5 minutes ahead with 401; 5 minutes ahead is still fine', () => {
    const body = form(COMMAND);
    expect(inspect(body, FORM_CONTENT_TYPE, NOW_S + 600)).toEqual({ action: 'reject', status: 401, reason: 'timestamp 600 s in the future' });
    expect(inspect(body, FORM_CONTENT_TYPE, NOW_S + 301)).toMatchObject({ action: 'reject', status: 401 });
    expect(inspect(body, FORM_CONTENT_TYPE, NOW_S + 300)).toMatchObject({ action: 'pass' });
  });

  it('refuses unsigned, forged and stale requests with 401, whatever the body, so nothing is revealed to them', () => {
    for (const body of ['null', '42', '[]', '{"type":"view_submission"}', 'not json', form(COMMAND)]) {
      expect(inspect(body, JSON_CONTENT_TYPE, NOW_S, 'another-secret')).toEqual({ action: 'reject', status: 401, reason: 'signature mismatch' });
      expect(inspect(body, JSON_CONTENT_TYPE, NOW_S - 600)).toMatchObject({ action: 'reject', status: 401 });
      expect(inspect(body, FORM_CONTENT_TYPE, NOW_S - 600)).toMatchObject({ action: 'reject', status: 401 });
      expect(inspect(body, JSON_CONTENT_TYPE, NOW_S + 600, 'another-secret')).toEqual({ action: 'reject', status: 401, reason: 'signature mismatch' });
      expect(inspectSlackRequest({ rawBody: Buffer.from(body), headers: { 'content-type': FORM_CONTENT_TYPE }, signingSecret: SECRET, nowMs: NOW_MS })).toEqual({
        action: 'reject',
        status: 401,
        reason: 'no X-Slack-Signature or X-Slack-Request-Timestamp header',
      });
    }
    // A stale request says so (the log tells an operator to look at the clock).
    expect(inspect(form(COMMAND), FORM_CONTENT_TYPE, NOW_S - 600)).toMatchObject({ reason: expect.stringContaining('stale') });
  });

  it.each([
    ['null', JSON_CONTENT_TYPE, 'body is null, not an object'],
    ['42', JSON_CONTENT_TYPE, 'body is a number, not an object'],
    ['"x"', JSON_CONTENT_TYPE, 'body is a string, not an object'],
    ['[]', JSON_CONTENT_TYPE, 'body is an array, not an object'],
    ['{"type":', JSON_CONTENT_TYPE, 'body is not valid JSON or form data'],
    ['payload=null', FORM_CONTENT_TYPE, 'body is null, not an object'],
    ['payload=%5B1%5D', FORM_CONTENT_TYPE, 'body is an array, not an object'],
    ['payload=%7B', FORM_CONTENT_TYPE, 'body is not valid JSON or form data'],
  ])('refuses the signed body %s (%s) with 400: %s', (body, contentType, reason) => {
    expect(inspect(body, contentType)).toEqual({ action: 'reject', status: 400, reason });
  });

  it('lets ssl_check (unsigned, as Slack sends it) and url_verification through', () => {
    expect(inspect(JSON.stringify({ type: 'url_verification', challenge: 'c', token: 't' }))).toEqual({
      action: 'pass',
      body: { type: 'url_verification', challenge: 'c', token: 't' },
    });
    const unsigned = (body: string) =>
      inspectSlackRequest({ rawBody: Buffer.from(body), headers: { 'content-type': FORM_CONTENT_TYPE }, signingSecret: SECRET, nowMs: NOW_MS });
    expect(unsigned('ssl_check=1&token=x')).toEqual({ action: 'pass', body: { ssl_check: '1' } });
    // Like Bolt: nothing else in an unsigned ssl_check body gets through (no smuggled payload or command).
    expect(unsigned(`ssl_check=1&${form({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: [] }) })}`)).toEqual({
      action: 'pass',
      body: { ssl_check: '1' },
    });
    expect(unsigned(`ssl_check=1&${form(COMMAND)}`)).toEqual({ action: 'pass', body: { ssl_check: '1' } });
    expect(unsigned('ssl_check=0')).toMatchObject({ action: 'reject', status: 401 });
  });

  it('passes complete payloads of every kind LP Coach listens to', () => {
    expect(inspect(form(COMMAND), FORM_CONTENT_TYPE)).toMatchObject({ action: 'pass', body: COMMAND });
    expect(inspect(form({ ...COMMAND, text: '' }), FORM_CONTENT_TYPE)).toMatchObject({ action: 'pass', body: { ...COMMAND, text: '' } });
    const event = { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_home_opened', user: 'U1' } };
    expect(inspect(JSON.stringify(event))).toEqual({ action: 'pass', body: event });
    const user = { id: 'U1' };
    const view = { id: 'V1', callback_id: 'x' };
    for (const payload of [
      { type: 'block_actions', user, actions: [{ action_id: 'a' }] },
      { type: 'view_submission', user, view },
      { type: 'view_closed', user, view },
      { type: 'shortcut', user, callback_id: 's' },
      { type: 'message_action', user, callback_id: 's' },
      { type: 'block_suggestion', user, value: 'x' },
    ]) {
      expect(inspect(form({ payload: JSON.stringify(payload) }), FORM_CONTENT_TYPE)).toEqual({ action: 'pass', body: payload });
    }
  });
});

describe('missingFields (by the type Bolt would route to)', () => {
  const user = { id: 'U1' };
  const view = { id: 'V1' };
  it.each([
    [{ type: 'event_callback' }, 'event_callback payload without an event object'],
    [{ type: 'event_callback', event: null }, 'event_callback payload without an event object'],
    [{ type: 'event_callback', event: [] }, 'event_callback payload without an event object'],
    [{ type: 'event_callback', event: 'message' }, 'event_callback payload without an event object'],
    [{ type: 'block_actions', actions: [] }, 'block_actions payload without user.id'],
    [{ type: 'block_actions', user: {}, actions: [] }, 'block_actions payload without user.id'],
    [{ type: 'block_actions', user }, 'block_actions payload without an actions list'],
    [{ type: 'block_actions', user, actions: {} }, 'block_actions payload without an actions list'],
    [{ type: 'view_submission', view }, 'view_submission payload without user.id'],
    [{ type: 'view_submission', user }, 'view_submission payload without a view object'],
    [{ type: 'view_submission', user, view: null }, 'view_submission payload without a view object'],
    [{ type: 'view_closed', user }, 'view_closed payload without a view object'],
    [{ type: 'shortcut' }, 'shortcut payload without user.id'],
    [{ command: '/lp', text: '', channel_id: 'C1' }, 'slash command without user_id, trigger_id'],
    [{ command: '/lp', user_id: 'U1', channel_id: 'C1', trigger_id: 't' }, 'slash command without text'],
    [{ command: '', text: '', user_id: 'U1', channel_id: 'C1', trigger_id: 't' }, 'slash command without command'],
    [{ text: 'help', user_id: 'U1', channel_id: 'C1', trigger_id: 't' }, 'payload without a type'],
    [{}, 'payload without a type'],
    [{ type: 'something_new' }, 'payload of unknown type "something_new"'],
  ] as [Record<string, unknown>, string][])('%j -> %s', (body, expected) => {
    expect(missingFields(body)).toBe(expected);
  });

  it('passes a complete slash command', () => {
    expect(missingFields(COMMAND)).toBeUndefined();
  });
});

describe('guardSlackRequests (over a real HTTP server)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** A server whose inner listener records what reached it (as Bolt would get it) and answers 200 "inner". */
  async function start(bodyLimitBytes?: number) {
    const warnings: string[] = [];
    const reached: { url: string | undefined; rawBody: unknown; body: unknown }[] = [];
    const logger: AppLogger = { debug() {}, info() {}, warn: (...args: unknown[]) => warnings.push(args.join(' ')), error() {} };
    const guarded = guardSlackRequests(
      (request, response, body) => {
        reached.push({ url: request.url, rawBody: (request as IncomingMessage & { rawBody?: unknown }).rawBody, body });
        response.writeHead(200).end('inner');
      },
      { signingSecret: SECRET, path: '/slack/events', logger, now: () => NOW_MS, ...(bodyLimitBytes === undefined ? {} : { bodyLimitBytes }) },
    );
    server = createServer(guarded);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, warnings, reached };
  }

  it('answers a rejection at once with no body, logs one warning with the reason and never the body', async () => {
    const { url, warnings, reached } = await start();
    const body = 'payload=null&secret-looking-text=hunter2';
    const started = performance.now();
    const response = await fetch(`${url}/slack/events`, { method: 'POST', headers: signedHeaders(body, FORM_CONTENT_TYPE), body });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(reached).toEqual([]);
    expect(warnings).toEqual(['Refused a Slack request with 400: body is null, not an object']);
    expect(warnings.join('')).not.toContain('hunter2');
  });

  it('hands a good request on with the buffered body as rawBody and its parsed body', async () => {
    const { url, warnings, reached } = await start();
    const body = form(COMMAND);
    const response = await fetch(`${url}/slack/events`, { method: 'POST', headers: signedHeaders(body, FORM_CONTENT_TYPE), body });
    expect(await response.text()).toBe('inner');
    expect(reached).toHaveLength(1);
    expect(Buffer.isBuffer(reached[0]?.rawBody)).toBe(true);
    expect(String(reached[0]?.rawBody)).toBe(body);
    expect(reached[0]?.body).toEqual({ ...COMMAND });
    expect(warnings).toEqual([]);
  });

  it('refuses unsigned and forged requests itself with 401 (they reach nothing behind it) and logs why once', async () => {
    const { url, warnings, reached } = await start();
    const body = form(COMMAND);
    const unsigned = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': FORM_CONTENT_TYPE }, body });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).toBe('');
    const forged = await fetch(`${url}/slack/events`, { method: 'POST', headers: signedHeaders(body, FORM_CONTENT_TYPE, NOW_S, 'not-the-secret'), body });
    expect(forged.status).toBe(401);
    expect(reached).toEqual([]);
    expect(warnings).toEqual([
      'Refused a Slack request with 401: no X-Slack-Signature or X-Slack-Request-Timestamp header',
      'Refused a Slack request with 401: signature mismatch',
    ]);
  });

  it('passes other paths and methods straight through, unbuffered', async () => {
    const { url, reached } = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/slack/events`)).status).toBe(200);
    expect(reached.map((r) => r.rawBody)).toEqual([undefined, undefined]);
  });

  it('refuses a streamed body over the limit with 413 (no Content-Length) and says so once', async () => {
    const { url, warnings, reached } = await start(1000);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': JSON_CONTENT_TYPE, 'transfer-encoding': 'chunked' } });
      request.on('response', (response) => {
        resolve(response.statusCode);
        request.destroy();
      });
      request.on('error', reject);
      request.write('x'.repeat(600));
      request.write('x'.repeat(600));
    });
    expect(status).toBe(413);
    expect(reached).toEqual([]);
    expect(warnings).toEqual(['Refused a Slack request with 413: body over 1000 bytes']);
  });

  it('accepts a body exactly at the limit', async () => {
    const body = JSON.stringify({ type: 'event_callback', event: { type: 'x', text: 'y'.repeat(200) } });
    const { url, reached } = await start(Buffer.byteLength(body));
    const response = await fetch(`${url}/slack/events`, { method: 'POST', headers: signedHeaders(body), body });
    expect(response.status).toBe(200);
    expect(reached).toHaveLength(1);
  });
});
