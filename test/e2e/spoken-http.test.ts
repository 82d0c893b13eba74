import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  clipMessageEvent,
  eventCallbackBody,
  fileChangeEvent,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  slashCommandBody,
  vttOf,
  Workspace,
  type ClipTranscript,
  type LocalSlackApi,
  type StoredMessage,
} from '../../src/local-slack/index.js';
import { renderView } from '../../src/local-slack/methods/views.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';

/**
 * Answers told in a Slack clip, through the real HTTP receiver with signed events: the clip waits under
 * :hourglass_flowing_sand: for Slack's transcript, then gets the same private feedback as a typed story plus its
 * delivery; every way a transcript can fail to arrive gets one private note; retried events and late file_change
 * events score nothing twice.
 */

const BOT_TOKEN = 'xoxb-spoken-e2e';
const SIGNING_SECRET = 'spoken-e2e-signing-secret-0123456789';
const CHANNEL = 'C0SPOKEN01';
const PEOPLE = Array.from({ length: 12 }, (_, i) => `U0SPK${String(i).padStart(4, '0')}`);

const clock = { now: new Date('2026-11-30T11:00:00Z') };
let setup: E2eSetup;
let api: LocalSlackApi;
let workspace: Workspace;
let app: RunningLpCoach;
let promptTs: string;
let seq = 0;

async function send(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<{ status: number; eventId: string }> {
  seq += 1;
  const eventId = options.eventId ?? `Ev0SPOKEN${seq}`;
  const body = eventCallbackBody({ team_id: workspace.team.id, api_app_id: workspace.bot.appId, event, event_id: eventId, event_time: Math.floor(clock.now.getTime() / 1000), bot_user_id: workspace.bot.userId });
  const result = await sendSignedRequest(`http://127.0.0.1:${app.port}/slack/events`, {
    body,
    contentType: JSON_CONTENT_TYPE,
    signingSecret: SIGNING_SECRET,
    ...(options.retryNum === undefined ? {} : { retryNum: options.retryNum }),
  });
  return { status: result.status, eventId };
}

/** A person records a clip in the prompt's thread, and Slack tells the app. */
async function postClip(user: string, transcript: ClipTranscript, durationMs = 80_000): Promise<{ message: StoredMessage; fileId: string; eventId: string }> {
  const { message, file } = workspace.postClip({ channel: CHANNEL, user, thread_ts: promptTs, durationMs, transcript });
  const sent = await send(clipMessageEvent(workspace, message));
  expect(sent.status).toBe(200);
  return { message, fileId: file.id, eventId: sent.eventId };
}

/** `/lp <text>` typed by `user`: the reply in the ack's body (read-only subcommands answer there). */
async function lp(user: string, text: string): Promise<string> {
  const body = slashCommandBody({ command: '/lp', text, user_id: user, channel_id: CHANNEL, team_id: workspace.team.id, trigger_id: workspace.issueTriggerId(user), response_url: api.responseUrl(`spoken-${++seq}`, { channel: CHANNEL, user }), api_app_id: workspace.bot.appId });
  const result = await sendSignedRequest(`http://127.0.0.1:${app.port}/slack/events`, { body, contentType: FORM_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
  expect(result.status).toBe(200);
  return result.body;
}

/** `user` presses a button in the modal they have open. */
async function clickInModal(user: string, actionId: string): Promise<void> {
  const viewId = workspace.modalStackByUser.get(user)?.at(-1);
  const stored = viewId === undefined ? undefined : workspace.views.get(viewId);
  if (viewId === undefined || stored === undefined) throw new Error(`${user} has no modal open`);
  const body = blockActionsBody({
    user: { id: user, username: user, name: user, team_id: workspace.team.id },
    api_app_id: workspace.bot.appId,
    token: 'x',
    trigger_id: workspace.issueTriggerId(user),
    team: { id: workspace.team.id, domain: 'local' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', text: { type: 'plain_text', text: actionId }, value: 'clip', action_ts: '1764500000.000001' }],
    container: { type: 'view', view_id: viewId },
    view: renderView(workspace, stored) as Record<string, unknown>,
  });
  const result = await sendSignedRequest(`http://127.0.0.1:${app.port}/slack/events`, { body, contentType: FORM_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
  expect(result.status).toBe(200);
}

const dmMessages = (user: string) => {
  const dm = [...workspace.channels.values()].find((c) => c.is_im && c.user === user);
  return dm === undefined ? [] : (workspace.messages.get(dm.id) ?? []);
};

const ephemeralsTo = (user: string) => workspace.ephemerals.filter((e) => e.channel === CHANNEL && e.user === user);
const reactionsOn = (message: StoredMessage) => [...(workspace.findMessage(CHANNEL, message.ts)?.reactions.keys() ?? [])];
const answersOf = (user: string) => app.db.prepare('SELECT id, text FROM answers WHERE user_id = ?').all(user) as { id: number; text: string }[];
const spokenOf = (answerId: number) => app.db.prepare('SELECT duration_ms, words_per_minute FROM spoken_answers WHERE answer_id = ?').get(answerId) as { duration_ms: number; words_per_minute: number } | undefined;
const pendingClips = () => (app.db.prepare('SELECT COUNT(*) AS n FROM pending_clips').get() as { n: number }).n;

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  PEOPLE.forEach((id, i) => workspace.addUser({ id, name: `person${i}` }));
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: PEOPLE, botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock, env: { LP_CHANNEL: CHANNEL, LP_PROMPT_TIME: '09:30', LP_TIMEZONE: 'UTC' } });
  api = setup.api;
  app = await setup.start();
  await waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.channel === CHANNEL), 'the catch-up prompt');
  promptTs = String(api.callsTo('chat.postMessage')[0]?.response.ts);
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('answers told in a clip, end to end over signed HTTP', () => {
  it('waits under an hourglass while Slack transcribes, then sends the feedback with the delivery, once', async () => {
    const [person] = PEOPLE as [string];
    const spoken = vttOf(`So, um, ${STRONG_UNLABELLED}`, { wordsPerMinute: 150, pausesAfterCue: { 2: 4500 } });
    const clip = await postClip(person, { status: 'processing' }, spoken.durationMs);
    await waitFor(() => reactionsOn(clip.message).includes('hourglass_flowing_sand'), 'the hourglass on the clip');
    expect(answersOf(person)).toHaveLength(0);

    // Slack finishes the transcript and says so.
    workspace.setTranscript(clip.fileId, { status: 'complete', vtt: spoken.vtt, locale: 'en-US' });
    const change = await send(fileChangeEvent(workspace, clip.fileId));
    expect(change.status).toBe(200);
    await waitFor(() => ephemeralsTo(person).length === 1, 'the private feedback');

    const card = JSON.stringify(ephemeralsTo(person)[0]?.blocks);
    expect(card).toContain('Delivery');
    expect(card).toMatch(/\d+ words a minute/);
    expect(card).toMatch(/um/);
    expect(card).toMatch(/0:\d\d \(\d s\)|pause/i);
    const [answer] = answersOf(person);
    expect(answer?.text).toContain('um');
    expect(spokenOf(answer?.id as number)).toMatchObject({ duration_ms: spoken.durationMs });
    await waitFor(() => reactionsOn(clip.message).includes('memo') && !reactionsOn(clip.message).includes('hourglass_flowing_sand'), 'the :memo: instead of the hourglass');

    // Slack resends the clip event, and another file_change comes late: nothing is scored or sent twice.
    await send(clipMessageEvent(workspace, clip.message), { eventId: clip.eventId, retryNum: 1 });
    await send(clipMessageEvent(workspace, clip.message));
    await send(fileChangeEvent(workspace, clip.fileId));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ephemeralsTo(person)).toHaveLength(1);
    expect(answersOf(person)).toHaveLength(1);
    expect(pendingClips()).toBe(0);

    // The story bank marks it as told out loud, with its pace; /lp feedback shows the delivery again.
    expect(await lp(person, 'stories')).toMatch(/:studio_microphone: spoken, \d+ wpm/);
    expect(await lp(person, 'feedback')).toContain('Delivery');
  });

  it('scores a clip whose transcript is ready at once, and tells one that runs past ten minutes to cut', async () => {
    const [, quick, long] = PEOPLE as [string, string, string];
    const spoken = vttOf(STRONG_UNLABELLED);
    await postClip(quick, { status: 'complete', vtt: spoken.vtt }, spoken.durationMs);
    await waitFor(() => ephemeralsTo(quick).length === 1, 'feedback on the ready clip');
    expect(JSON.stringify(ephemeralsTo(quick)[0]?.blocks)).toContain('Delivery');

    await postClip(long, { status: 'complete', vtt: spoken.vtt }, 11 * 60_000);
    await waitFor(() => ephemeralsTo(long).length === 1, 'feedback on the long clip');
    expect(JSON.stringify(ephemeralsTo(long)[0]?.blocks)).toMatch(/10 minutes/);
  });

  it('tells the author once, privately, when there is no transcript, and how to send the text instead', async () => {
    const [, , , off, failed, empty, broken, missingFile] = PEOPLE as string[] as [string, string, string, string, string, string, string, string];
    // A download that fails (the transcript's file is gone) first, so no other clip's download takes the 404.
    api.failDownloadNext({ status: 404 });
    const gone = await postClip(missingFile, { status: 'complete', vtt: vttOf(STRONG_UNLABELLED).vtt });
    await waitFor(() => ephemeralsTo(missingFile).length === 1, 'the note after the 404');
    const none = await postClip(off, { status: 'none' });
    const failing = await postClip(failed, { status: 'failed' });
    const silent = await postClip(empty, { status: 'complete', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n\n' });
    const garbled = await postClip(broken, { status: 'complete', vtt: 'this is not a transcript' });
    for (const [user, clip] of [[off, none], [failed, failing], [empty, silent], [broken, garbled], [missingFile, gone]] as const) {
      await waitFor(() => ephemeralsTo(user).length === 1, `the note to ${user}`);
      const note = String(ephemeralsTo(user)[0]?.text);
      expect(note).toMatch(/Reply in the thread with your answer as text/);
      await waitFor(() => !reactionsOn(clip.message).includes('hourglass_flowing_sand'), 'the hourglass taken off');
      expect(answersOf(user)).toHaveLength(0);
    }
    expect(String(ephemeralsTo(off)[0]?.text)).toMatch(/turned off|language/);
    expect(String(ephemeralsTo(empty)[0]?.text)).toMatch(/no words/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const user of [off, failed, empty, broken, missingFile]) expect(ephemeralsTo(user)).toHaveLength(1);
  });

  it('rides out rate limits and Slack errors on files.info, and stops waiting after five minutes', async () => {
    const [, , , , , , , , limited, slow] = PEOPLE as string[] as [string, string, string, string, string, string, string, string, string, string];
    api.rateLimitNext('files.info', 1);
    api.failNext('files.info', 'internal_error');
    const spoken = vttOf(STRONG_UNLABELLED);
    await postClip(limited, { status: 'complete', vtt: spoken.vtt }, spoken.durationMs);
    await waitFor(() => ephemeralsTo(limited).length === 1, 'feedback after the rate limit', 15_000);
    expect(JSON.stringify(ephemeralsTo(limited)[0]?.blocks)).toContain('Delivery');

    const stuck = await postClip(slow, { status: 'processing' });
    await waitFor(() => reactionsOn(stuck.message).includes('hourglass_flowing_sand'), 'the hourglass');
    clock.now = new Date(clock.now.getTime() + 6 * 60_000);
    await waitFor(() => ephemeralsTo(slow).length === 1, 'the note after the wait', 10_000);
    expect(String(ephemeralsTo(slow)[0]?.text)).toMatch(/still not ready after 5 minutes/);
    expect(answersOf(slow)).toHaveLength(0);
  });

  it('answers a /lp practice question out loud: the question goes to the DM, a clip there gets the feedback with its delivery', async () => {
    const [, , , , , , , , , , speaker, stranger] = PEOPLE as string[] as [...string[], string, string];
    await lp(speaker as string, 'practice frugality');
    await waitFor(() => workspace.modalStackByUser.get(speaker as string)?.length === 1, 'the practice modal');
    await clickInModal(speaker as string, 'lp_practice_out_loud');
    const question = await waitFor(() => dmMessages(speaker as string).find((m) => m.bot_id !== undefined), 'the question in the DM');
    expect(question.text).toMatch(/Answer out loud/);
    // The modal is updated after the question is posted (it links to it): wait for the update, not only the DM.
    const modalText = () => JSON.stringify(renderView(workspace, workspace.views.get(workspace.modalStackByUser.get(speaker as string)?.at(-1) as string) as never));
    await waitFor(() => modalText().includes('your direct message with LP Coach'), 'the modal pointing to the DM');

    // The clip is sent in the DM (not in a thread): it answers that question, privately.
    const spoken = vttOf(STRONG_UNLABELLED, { wordsPerMinute: 185 });
    const { message } = workspace.postClip({ channel: question.channel, user: speaker as string, durationMs: spoken.durationMs, transcript: { status: 'complete', vtt: spoken.vtt } });
    expect((await send(clipMessageEvent(workspace, message))).status).toBe(200);
    const card = await waitFor(() => dmMessages(speaker as string).find((m) => m.bot_id !== undefined && JSON.stringify(m.blocks).includes('Delivery')), 'the feedback in the DM');
    expect(JSON.stringify(card.blocks)).toMatch(/18\d words a minute/);
    const [answer] = app.db.prepare("SELECT id, kind, principle_id FROM answers WHERE user_id = ?").all(speaker) as { id: number; kind: string; principle_id: string }[];
    expect(answer).toMatchObject({ kind: 'practice', principle_id: 'frugality' });
    expect(spokenOf(answer?.id as number)).toMatchObject({ duration_ms: spoken.durationMs });
    expect(await lp(speaker as string, 'stories')).toContain(':studio_microphone: spoken');

    // A clip in the DM with no question asked: a hint how to get one, nothing stored.
    const dm = workspace.openDirectMessage(stranger as string).channel;
    const lost = workspace.postClip({ channel: dm.id, user: stranger as string, durationMs: 60_000, transcript: { status: 'complete', vtt: spoken.vtt } });
    await send(clipMessageEvent(workspace, lost.message));
    const hint = await waitFor(() => dmMessages(stranger as string).find((m) => m.bot_id !== undefined), 'the hint in the DM');
    expect(hint.text).toMatch(/press \*Answer out loud\*/);
    expect(answersOf(stranger as string)).toHaveLength(0);
  });
});
