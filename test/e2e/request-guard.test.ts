import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  eventCallbackBody,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  slashCommandBody,
  urlVerificationBody,
  viewClosedBody,
  viewSubmissionBody,
  Workspace,
  type LocalSlackApi,
  type SignedRequestResult,
} from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/**
 * The request guard in front of Bolt, through the real app in HTTP mode: every malformed signed request gets its 4xx
 * within a second (instead of no answer, a 500 or a 3-second timeout), a timestamp from the future gets 401, a
 * replayed slash command runs once, and no `/lp` reply echoes a 10,000-character command back.
 */

const BOT_TOKEN = 'xoxb-guard-token';
const SIGNING_SECRET = 'guard-signing-secret-0123456789abcdef';
const ADMIN = 'U0ADMIN01';
const MEMBER = 'U0MEMBER1';
const CHANNEL = 'C0GUARD01';
const MAX_REPLY_CHARS = 4000;

// Monday 30 Nov 2026, 08:00 UTC: before the 09:30 prompt, so nothing is posted until a test asks for it.
const clock = { now: new Date('2026-11-30T08:00:00Z') };

let setup: E2eSetup;
let api: LocalSlackApi;
let workspace: Workspace;
let app: RunningLpCoach;
let eventsUrl: string;
let responseSeq = 0;

const promptsIn = (channel: string) => api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

function commandFields(text: string, user = ADMIN): { fields: Record<string, string>; responseId: string } {
  responseSeq += 1;
  const responseId = `guard-${responseSeq}`;
  const body = slashCommandBody({
    command: '/lp',
    text,
    user_id: user,
    channel_id: CHANNEL,
    team_id: workspace.team.id,
    trigger_id: workspace.issueTriggerId(user),
    response_url: api.responseUrl(responseId, { channel: CHANNEL, user }),
    api_app_id: workspace.bot.appId,
  });
  return { fields: Object.fromEntries(new URLSearchParams(body)), responseId };
}

const formOf = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Sends a signed request and measures how long the answer took. */
async function timed(body: string, contentType: string, extra: { timestampSeconds?: number; signatureOverride?: string } = {}) {
  const started = performance.now();
  const result = await sendSignedRequest(eventsUrl, { body, contentType, signingSecret: SIGNING_SECRET, ...extra });
  return { ...result, ms: performance.now() - started };
}

const user = () => ({ id: MEMBER, username: 'mia', team_id: workspace.team.id });
const view = () => ({ id: 'V0GUARD01', callback_id: 'lp_practice', private_metadata: '{}', state: { values: {} } });

beforeAll(async () => {
  workspace = new Workspace();
  workspace.addUser({ id: ADMIN, name: 'Ada' });
  workspace.addUser({ id: MEMBER, name: 'Mia' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [ADMIN, MEMBER], botIsMember: true });
  setup = await setUpE2e({
    workspace,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    clock,
    env: { LP_CHANNEL: CHANNEL, LP_PROMPT_TIME: '09:30', LP_TIMEZONE: 'UTC', LP_ADMINS: ADMIN },
  });
  api = setup.api;
  app = await setup.start();
  eventsUrl = setup.eventsUrl(app);
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('request guard in front of Bolt (HTTP mode, end to end)', () => {
  const team = () => ({ id: workspace.team.id, domain: 'local' });
  const malformed: [string, () => { body: string; contentType: string }][] = [
    ['JSON null', () => ({ body: 'null', contentType: JSON_CONTENT_TYPE })],
    ['JSON 42', () => ({ body: '42', contentType: JSON_CONTENT_TYPE })],
    ['JSON "x"', () => ({ body: '"x"', contentType: JSON_CONTENT_TYPE })],
    ['JSON []', () => ({ body: '[]', contentType: JSON_CONTENT_TYPE })],
    ['JSON that does not parse', () => ({ body: '{"type":', contentType: JSON_CONTENT_TYPE })],
    ['JSON {} (no type)', () => ({ body: '{}', contentType: JSON_CONTENT_TYPE })],
    ['payload=null', () => ({ body: 'payload=null', contentType: FORM_CONTENT_TYPE })],
    ['payload=42', () => ({ body: 'payload=42', contentType: FORM_CONTENT_TYPE })],
    ['payload=[]', () => ({ body: formOf({ payload: '[]' }), contentType: FORM_CONTENT_TYPE })],
    ['payload that does not parse', () => ({ body: formOf({ payload: '{"type":"block_actions"' }), contentType: FORM_CONTENT_TYPE })],
    ['view_submission without view', () => ({ body: viewSubmissionBody({ user: user(), team: team() }), contentType: FORM_CONTENT_TYPE })],
    ['view_submission without user', () => ({ body: viewSubmissionBody({ view: view(), team: team() }), contentType: FORM_CONTENT_TYPE })],
    ['view_closed without view', () => ({ body: viewClosedBody({ user: user(), team: team() }), contentType: FORM_CONTENT_TYPE })],
    [
      'block_actions without user',
      () => ({
        body: blockActionsBody({ team: team(), actions: [{ action_id: 'lp_vote', type: 'button', value: 'x', block_id: 'b', action_ts: '1' }] }),
        contentType: FORM_CONTENT_TYPE,
      }),
    ],
    ['block_actions without actions', () => ({ body: blockActionsBody({ team: team(), user: user() }), contentType: FORM_CONTENT_TYPE })],
    [
      'event_callback with event null',
      () => ({
        body: JSON.stringify({ ...JSON.parse(eventCallbackBody({ team_id: workspace.team.id, api_app_id: workspace.bot.appId, event_id: 'Ev0NULL', event_time: 1, event: {} })), event: null }),
        contentType: JSON_CONTENT_TYPE,
      }),
    ],
    ...(['user_id', 'command', 'trigger_id', 'channel_id', 'text'] as const).map(
      (field): [string, () => { body: string; contentType: string }] => [
        `slash command without ${field}`,
        () => {
          const { fields } = commandFields('help');
          delete fields[field];
          return { body: formOf(fields), contentType: FORM_CONTENT_TYPE };
        },
      ],
    ),
  ];

  it.each(malformed)('answers a signed %s with 400 within 1 s', async (_name, make) => {
    const { body, contentType } = make();
    const result = await timed(body, contentType);
    expect(result.status).toBe(400);
    expect(result.body).toBe('');
    expect(result.ms).toBeLessThan(1000);
  });

  it('answers a valid signature with a timestamp 10 minutes in the future with 401 within 1 s, and runs nothing', async () => {
    const before = api.responses.length;
    const { fields } = commandFields('help');
    const future = await timed(formOf(fields), FORM_CONTENT_TYPE, { timestampSeconds: Math.floor(Date.now() / 1000) + 600 });
    expect(future.status).toBe(401);
    expect(future.body).toBe('');
    expect(future.ms).toBeLessThan(1000);
    // Within Slack's 5-minute window it is still accepted (clock skew).
    const { fields: again } = commandFields('help');
    const skewed = await timed(formOf(again), FORM_CONTENT_TYPE, { timestampSeconds: Math.floor(Date.now() / 1000) + 120 });
    expect(skewed.status).toBe(200);
    expect(api.responses.length).toBe(before);
  });

  it('refuses unsigned, forged and stale requests with 401, even for a malformed body', async () => {
    const forged = await timed('null', JSON_CONTENT_TYPE, { signatureOverride: `v0=${'0'.repeat(64)}` });
    expect(forged.status).toBe(401);
    expect(forged.ms).toBeLessThan(1000);
    const wrongSecret = await sendSignedRequest(eventsUrl, { body: 'payload=null', contentType: FORM_CONTENT_TYPE, signingSecret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
    const noHeaders = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': JSON_CONTENT_TYPE }, body: '[]' });
    expect(noHeaders.status).toBe(401);
    const stale = await timed('null', JSON_CONTENT_TYPE, { timestampSeconds: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(401);
  });

  it('refuses an unsigned /lp command with 401 and runs nothing: each request is verified once, by the guard', async () => {
    const promptsBefore = promptsIn(CHANNEL).length;
    const responsesBefore = api.responses.length;
    // A complete, well-formed command an admin could send, without its signature headers.
    const { fields } = commandFields('post');
    const unsigned = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': FORM_CONTENT_TYPE }, body: formOf(fields) });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).toBe('');
    // The same with a signature made with another secret, and one 10 minutes old.
    const { fields: forgedFields } = commandFields('post');
    const forged = await sendSignedRequest(eventsUrl, { body: formOf(forgedFields), contentType: FORM_CONTENT_TYPE, signingSecret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const { fields: staleFields } = commandFields('help');
    const stale = await timed(formOf(staleFields), FORM_CONTENT_TYPE, { timestampSeconds: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(401);
    expect(stale.body).toBe('');
    // A command smuggled into an unsigned ssl_check gets the ssl_check's empty 200 and is not run.
    const { fields: smuggled } = commandFields('post');
    const ssl = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': FORM_CONTENT_TYPE }, body: `ssl_check=1&${formOf(smuggled)}` });
    expect(ssl.status).toBe(200);
    expect(await ssl.text()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(promptsIn(CHANNEL).length).toBe(promptsBefore);
    expect(api.responses.length).toBe(responsesBefore);
    // The signed original still works.
    const { fields: signed } = commandFields('help');
    const help = await timed(formOf(signed), FORM_CONTENT_TYPE);
    expect(help.status).toBe(200);
    expect(JSON.parse(help.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/lp help') });
  });

  it('still answers ssl_check and url_verification', async () => {
    const ssl = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': FORM_CONTENT_TYPE }, body: 'ssl_check=1&token=x' });
    expect(ssl.status).toBe(200);
    const challenge = await timed(urlVerificationBody('guard-challenge'), JSON_CONTENT_TYPE);
    expect(challenge.status).toBe(200);
    expect(JSON.parse(challenge.body)).toEqual({ challenge: 'guard-challenge' });
  });

  it('refuses a body over the size limit with 413 before reading it, within 1 s', async () => {
    // A client that declares 5 MB and sends the first kilobyte only: the guard answers from Content-Length alone.
    const started = performance.now();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(eventsUrl, {
        method: 'POST',
        headers: { 'content-type': JSON_CONTENT_TYPE, 'content-length': String(5 * 1024 * 1024) },
      });
      request.on('response', (response) => {
        resolve(response.statusCode);
        request.destroy();
      });
      request.on('error', reject);
      request.write('x'.repeat(1024));
    });
    expect(status).toBe(413);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
    // Routed as Bolt's receiver routed it: a trailing slash is the same path; other paths are 404.
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz/`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${app.port}/nothing-here`)).status).toBe(404);
    expect((await fetch(eventsUrl)).status).toBe(404);
  });

  it('posts exactly one prompt when an admin\'s /lp post is replayed byte for byte (same body and signature)', async () => {
    expect(promptsIn(CHANNEL)).toHaveLength(0);
    const { fields, responseId } = commandFields('post');
    const body = formOf(fields);
    const timestampSeconds = Math.floor(Date.now() / 1000);
    const first = await timed(body, FORM_CONTENT_TYPE, { timestampSeconds });
    const replay = await timed(body, FORM_CONTENT_TYPE, { timestampSeconds });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.body).toBe('');
    await waitFor(() => api.responses.some((r) => r.id === responseId), 'the /lp post reply');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(promptsIn(CHANNEL)).toHaveLength(1);
    expect(api.responses.filter((r) => r.id === responseId)).toHaveLength(1);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM processed_events WHERE event_id = ?').get(`command:${fields.trigger_id}`)).toEqual({ n: 1 });
  });

  const long = (prefix: string) => `${prefix}${'x'.repeat(10_000)}`;
  /** The reply in the ack, or the one sent through response_url. */
  async function replyTo(text: string): Promise<{ result: SignedRequestResult; reply: string }> {
    const { fields, responseId } = commandFields(text);
    const result = await sendSignedRequest(eventsUrl, { body: formOf(fields), contentType: FORM_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
    expect(result.status).toBe(200);
    if (result.body !== '') return { result, reply: (JSON.parse(result.body) as { text: string }).text };
    const response = await waitFor(() => api.responses.find((r) => r.id === responseId), `the reply to /lp ${text.slice(0, 20)}`);
    return { result, reply: String(response.text) };
  }

  it.each([
    ['an unknown subcommand', long(''), /Here is what I can do:[\s\S]*`\/lp help`/],
    ['/lp setup with a word it does not understand', long('setup '), /`\/lp setup` takes a channel, a time/],
    ['/lp today with too much after it', long('today '), /Type `\/lp today` in the channel, or `\/lp today #channel`/],
    ['/lp schedule with an unlinked #channel', long('schedule #'), /Pick it from Slack's list/],
    ['/lp post with an unknown principle', long('post '), /Use a name or id, in any case: .*Dive Deep/],
    ['/lp stories with an unknown principle', long('stories '), /Use a name or id, in any case/],
    ['/lp practice with an unknown principle', long('practice '), /Use a name or id, in any case/],
    ['/lp export with an unknown option', long('export '), /`\/lp export --all` sends all your data/],
    ['/lp config with an unknown setting', long('config '), /There is no setting `x+…`\.\n`\/lp config`: show the settings/],
  ])('cuts the echo of a 10,000-character command (%s): reply under 4,000 characters, still says what to type', async (_name, text, says) => {
    const { reply } = await replyTo(text);
    expect(reply.length).toBeLessThan(MAX_REPLY_CHARS);
    expect(reply).toMatch(says);
    expect(reply).toContain('…');
    expect(reply).not.toContain('x'.repeat(81));
  });
});
