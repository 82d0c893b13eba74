import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  eventCallbackBody,
  findBlockKitProblems,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  slashCommandBody,
  viewSubmissionBody,
  Workspace,
  type LocalSlackApi,
} from '../../src/local-slack/index.js';
import { renderView } from '../../src/local-slack/methods/views.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';
import { STRONG_STORY, WEAK_STORY } from '../slack/story-fixtures.js';

/**
 * The private side end to end: the real app in HTTP mode, signed requests in Slack's shapes, the local Web API
 * stand-in. Practice, submit, try again, coverage, Home, export, forget-me, as one person would in one sitting.
 */

const BOT_TOKEN = 'xoxb-e2e-practice';
const SIGNING_SECRET = 'e2e-practice-signing-secret-0123456789';
const MEMBER = 'U0MEMBER1';
const CHANNEL = 'C0PRACTICE';

type Json = Record<string, any>;
const clock = { now: new Date('2026-11-30T11:00:00Z') };
let setup: E2eSetup;
let api: LocalSlackApi;
let workspace: Workspace;
let app: RunningLpCoach;
let url: string;
let seq = 0;

function post(body: string, contentType = FORM_CONTENT_TYPE) {
  return sendSignedRequest(url, { body, contentType, signingSecret: SIGNING_SECRET });
}

/** The response_url's id, and the ack's body when the reply came in the ack. */
async function lp(text: string): Promise<{ responseId: string; acked: Json | undefined }> {
  seq += 1;
  const responseId = `e2e-practice-${seq}`;
  const result = await post(
    slashCommandBody({
      command: '/lp',
      text,
      user_id: MEMBER,
      channel_id: CHANNEL,
      team_id: workspace.team.id,
      trigger_id: workspace.issueTriggerId(MEMBER),
      response_url: api.responseUrl(responseId, { channel: CHANNEL, user: MEMBER }),
      api_app_id: workspace.bot.appId,
    }),
  );
  expect(result.status).toBe(200);
  return { responseId, acked: result.body === '' ? undefined : (JSON.parse(result.body) as Json) };
}

/** What the person sees: the ack's message, or else the one sent to the response_url. */
const reply = (sent: string | { responseId: string; acked: Json | undefined }) => {
  if (typeof sent !== 'string' && sent.acked !== undefined) return Promise.resolve(sent.acked);
  const responseId = typeof sent === 'string' ? sent : sent.responseId;
  return waitFor(() => api.responses.find((r) => r.id === responseId), `the reply ${responseId}`);
};
const user = { id: MEMBER, username: 'mia', name: 'mia', team_id: 'T0LOCAL' };

function modal(): Json {
  const top = workspace.modalStackByUser.get(MEMBER)?.at(-1);
  const stored = top === undefined ? undefined : workspace.views.get(top);
  if (stored === undefined) throw new Error('no modal open');
  return renderView(workspace, stored) as Json;
}

/** Submits the open modal as Slack does and applies `response_action: update` the way Slack would. */
async function submit(values: Record<string, string>): Promise<Json> {
  const view: Json = { ...modal(), state: { values: Object.fromEntries(Object.entries(values).map(([b, v]) => [b, { text: { type: 'plain_text_input', value: v } }])) } };
  const result = await post(
    viewSubmissionBody({ team: { id: workspace.team.id, domain: 'local' }, user, api_app_id: workspace.bot.appId, token: 'x', trigger_id: workspace.issueTriggerId(MEMBER), view, response_urls: [] }),
  );
  expect(result.status).toBe(200);
  const body = JSON.parse(result.body) as Json;
  if (body.response_action === 'update') workspace.replaceView(workspace.views.get(view.id as string)!, body.view as Record<string, unknown>);
  return body;
}

async function click(actionId: string, value: string, where: Json): Promise<void> {
  const result = await post(
    blockActionsBody({
      user,
      api_app_id: workspace.bot.appId,
      token: 'x',
      trigger_id: workspace.issueTriggerId(MEMBER),
      team: { id: workspace.team.id, domain: 'local' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', text: { type: 'plain_text', text: actionId }, value, action_ts: '1764500000.000001' }],
      ...where,
    }),
  );
  expect(result.status).toBe(200);
}

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: MEMBER, name: 'Mia' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [MEMBER], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
  api = setup.api;
  app = await setup.start();
  url = setup.eventsUrl(app);
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('practice to forget-me over signed HTTP', () => {
  it('practice, submit, try again, coverage, Home, export, forget-me', async () => {
    // /lp practice: acked, then a modal within the trigger's 3 seconds.
    await lp('practice dive deep');
    const open = await waitFor(() => api.callsTo('views.open')[0], 'views.open');
    expect(open.response).toMatchObject({ ok: true });
    expect(findBlockKitProblems('modal', modal())).toEqual([]);

    // Too short: field errors in the HTTP response. Then a real story: the modal becomes the feedback.
    expect(await submit({ lp_answer: 'Too short.' })).toMatchObject({ response_action: 'errors', errors: { lp_answer: expect.stringContaining('2 words') } });
    const first = await submit({ lp_answer: WEAK_STORY });
    expect(first.response_action).toBe('update');
    expect(findBlockKitProblems('modal', first.view)).toEqual([]);
    const answerId = JSON.parse(first.view.private_metadata as string).a as number;

    // Try again: the same question with the text pre-filled, then the feedback shows the change.
    const viewId = modal().id as string;
    await click('lp_practice_retry', String(answerId), { container: { type: 'view', view_id: viewId }, view: modal() });
    await waitFor(() => (modal().title.text === 'Try again' ? true : undefined), 'the Try again modal');
    expect(modal().blocks.find((b: Json) => b.type === 'input').element.initial_value).toBe(WEAK_STORY);
    const second = await submit({ lp_answer: STRONG_STORY });
    expect(JSON.stringify(second.view.blocks)).toContain('Change since last time');
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE answer_id = ?').get(answerId)).toEqual({ n: 2 });

    // Coverage counts the practice story.
    // Coverage needs no Web API call: it comes back in the HTTP ack's body, nothing goes to the response_url.
    const coverageSent = await lp('coverage');
    expect(coverageSent.acked).toMatchObject({ response_type: 'ephemeral' });
    const coverage = await reply(coverageSent);
    expect(api.responses.filter((r) => r.id === coverageSent.responseId)).toEqual([]);
    const fields = (coverage.blocks as Json[]).flatMap((b) => (b.fields ?? []).map((f: Json) => f.text as string));
    expect(fields.find((f) => f.startsWith('*Dive Deep*'))).toMatch(/^\*Dive Deep\*\n●○ 1\/2/);

    // The Home tab.
    const home = await post(
      eventCallbackBody({
        team_id: workspace.team.id,
        api_app_id: workspace.bot.appId,
        event_id: 'Ev0E2EHOME',
        event_time: Math.floor(Date.now() / 1000),
        bot_user_id: workspace.bot.userId,
        event: { type: 'app_home_opened', user: MEMBER, channel: 'D0MEMBER1', tab: 'home', event_ts: '1764500000.000100' },
      }),
      JSON_CONTENT_TYPE,
    );
    expect(home.status).toBe(200);
    const published = await waitFor(() => api.callsTo('views.publish')[0], 'views.publish');
    expect(published.response).toMatchObject({ ok: true });
    expect(findBlockKitProblems('home', JSON.parse(published.args.view as string))).toEqual([]);

    // The cheat sheet as one Markdown file in the DM (files.uploadV2 through the stand-in).
    // The export sends a DM, so it is acked empty and answered through the response_url.
    const exportSent = await lp('export');
    expect(exportSent.acked).toBeUndefined();
    expect((await reply(exportSent)).text).toMatch(/^Sent your cheat sheet to our direct messages as `lp-coach-stories-\d{4}-\d{2}-\d{2}\.md`\.$/);
    const completed = await waitFor(() => api.callsTo('files.completeUploadExternal')[0], 'files.completeUploadExternal');
    expect(completed.response).toMatchObject({ ok: true });
    expect(String(completed.args.channel_id)).toMatch(/^D/);
    const sheet = [...workspace.files.values()].find((f) => f.name.endsWith('.md'));
    expect(sheet?.content?.toString('utf8')).toContain('## Dive Deep');

    // forget-me: the question, the button, and nothing left.
    const askSent = await lp('forget-me');
    expect(askSent.acked).toBeDefined();
    const ask = await reply(askSent);
    expect(ask.text).toContain('This deletes everything LP Coach stores about you');
    const responseId = 'e2e-forget-confirm';
    await click('lp_forget_me_confirm', 'forget', {
      container: { type: 'message', message_ts: '1764500000.000300', channel_id: CHANNEL, is_ephemeral: true },
      channel: { id: CHANNEL, name: 'interview-prep' },
      response_url: api.responseUrl(responseId, { channel: CHANNEL, user: MEMBER }),
    });
    expect((await reply(responseId)).text).toMatch(/^Done\. Deleted 1 story or follow-up answer, 2 feedback records/);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 0 });
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    expect(api.blockKitRejections).toEqual([]);
  });
});
