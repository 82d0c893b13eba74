import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventCallbackBody,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  Workspace,
  type LocalSlackApi,
  type StoredMessage,
} from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';
import { CRISP_SPECIFIC, STRONG_UNLABELLED, VAGUE_PADDED } from '../unit/rubric/answers.js';

/**
 * The daily ritual through the real HTTP receiver with signed Slack requests, against the local Web API stand-in:
 * a prompt, three answers, an edit, votes (a self-vote and a retry among them), a deletion, then the next prompt's
 * wrap-up in the first prompt's thread.
 */

const BOT_TOKEN = 'xoxb-thread-e2e';
const SIGNING_SECRET = 'thread-e2e-signing-secret-0123456789';
const CHANNEL = 'C0THREADS1';
const [ANA, BEN, CAT, DEV] = ['U0ANA0001', 'U0BEN0001', 'U0CAT0001', 'U0DEV0001'] as const;

const clock = { now: new Date('2026-11-30T11:00:00Z') };
let setup: E2eSetup;
let api: LocalSlackApi;
let workspace: Workspace;
let app: RunningLpCoach;
let eventsUrl: string;
let seq = 0;

async function send(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<{ status: number; ms: number; eventId: string }> {
  seq += 1;
  const eventId = options.eventId ?? `Ev0E2ETHREAD${seq}`;
  const body = eventCallbackBody({
    team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event,
    event_id: eventId,
    event_time: Math.floor(clock.now.getTime() / 1000),
    bot_user_id: workspace.bot.userId,
  });
  const started = performance.now();
  const result = await sendSignedRequest(eventsUrl, {
    body,
    contentType: JSON_CONTENT_TYPE,
    signingSecret: SIGNING_SECRET,
    ...(options.retryNum === undefined ? {} : { retryNum: options.retryNum }),
  });
  return { status: result.status, ms: performance.now() - started, eventId };
}

function replyEvent(message: StoredMessage): Record<string, unknown> {
  return { type: 'message', channel: CHANNEL, user: message.user, text: message.text, ts: message.ts, thread_ts: message.thread_ts, event_ts: message.ts, channel_type: 'channel' };
}

function reaction(type: 'reaction_added' | 'reaction_removed', user: string, message: StoredMessage): Record<string, unknown> {
  if (type === 'reaction_added') workspace.addReaction(message, 'star', user);
  return { type, user, reaction: 'star', item_user: message.user, item: { type: 'message', channel: CHANNEL, ts: message.ts }, event_ts: workspace.nextTs() };
}

const ephemeralsTo = (user: string) => api.callsTo('chat.postEphemeral').filter((c) => c.args.user === user);
const votes = () => (app.db.prepare('SELECT COUNT(*) AS n FROM votes').get() as { n: number }).n;

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  for (const [id, name] of [[ANA, 'Ana'], [BEN, 'Ben'], [CAT, 'Cat'], [DEV, 'Dev']] as const) workspace.addUser({ id, name });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [ANA, BEN, CAT, DEV], botIsMember: true });
  setup = await setUpE2e({
    workspace,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    clock,
    env: { LP_CHANNEL: CHANNEL, LP_PROMPT_TIME: '09:30', LP_TIMEZONE: 'UTC' },
  });
  api = setup.api;
  app = await setup.start();
  eventsUrl = setup.eventsUrl(app);
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('practice in a prompt thread, end to end over signed HTTP', () => {
  it('prompt, three answers, an edit, votes, a deletion, then the wrap-up when the next prompt comes', async () => {
    await waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.channel === CHANNEL), 'the catch-up prompt');
    const promptTs = String(api.callsTo('chat.postMessage')[0]?.response.ts);

    // Three answers by different people: each acked at once and answered privately.
    const ana = workspace.postMessage({ channel: CHANNEL, thread_ts: promptTs, user: ANA, text: STRONG_UNLABELLED });
    const ben = workspace.postMessage({ channel: CHANNEL, thread_ts: promptTs, user: BEN, text: VAGUE_PADDED });
    const cat = workspace.postMessage({ channel: CHANNEL, thread_ts: promptTs, user: CAT, text: CRISP_SPECIFIC });
    const acks: number[] = [];
    for (const message of [ana, ben, cat]) {
      const result = await send(replyEvent(message));
      expect(result.status).toBe(200);
      acks.push(result.ms);
    }
    await waitFor(() => [ANA, BEN, CAT].every((u) => ephemeralsTo(u).length === 1), 'three private feedbacks');
    expect(Math.max(...acks)).toBeLessThan(3000);

    // Ben edits his answer: scored again in place, told what changed.
    const before = ben.text;
    workspace.updateMessage(ben, { text: STRONG_UNLABELLED.replace('travel startup', 'hotel startup') });
    const edited = await send({
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      channel: CHANNEL,
      message: { type: 'message', user: BEN, text: ben.text, ts: ben.ts, thread_ts: promptTs, edited: ben.edited },
      previous_message: { type: 'message', user: BEN, text: before, ts: ben.ts, thread_ts: promptTs },
      event_ts: workspace.nextTs(),
      ts: workspace.nextTs(),
    });
    expect(edited.status).toBe(200);
    await waitFor(() => ephemeralsTo(BEN).length === 2, 'the feedback after the edit');
    expect(String(ephemeralsTo(BEN)[1]?.args.blocks)).toMatch(/After your edit: .*score \d+ -&gt; \d+/);

    // Votes: Dev and Cat star Ana, Ben stars Cat, Ana stars herself (not counted); Slack retries Dev's vote.
    const devVote = await send(reaction('reaction_added', DEV, ana));
    await send(reaction('reaction_added', CAT, ana));
    await send(reaction('reaction_added', BEN, cat));
    await send(reaction('reaction_added', ANA, ana));
    await waitFor(() => votes() === 3, 'three counted votes');
    const retry = await send(reaction('reaction_added', DEV, ana), { eventId: devVote.eventId, retryNum: 1 });
    expect(retry.status).toBe(200);

    // Cat deletes her story: its vote goes with it.
    workspace.deleteMessage(CHANNEL, cat.ts);
    await send({
      type: 'message',
      subtype: 'message_deleted',
      hidden: true,
      channel: CHANNEL,
      deleted_ts: cat.ts,
      previous_message: { type: 'message', user: CAT, text: cat.text, ts: cat.ts, thread_ts: promptTs },
      event_ts: workspace.nextTs(),
      ts: workspace.nextTs(),
    });
    await waitFor(() => votes() === 2, 'the deleted story losing its vote');
    expect((app.db.prepare('SELECT COUNT(*) AS n FROM answers').get() as { n: number }).n).toBe(2);

    // The next day's prompt wraps up this thread.
    clock.now = new Date('2026-12-01T09:30:20Z');
    await app.lp.minuteTick.runDue();
    const wrapUps = api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === promptTs && String(c.args.blocks).includes('lp_wrapup'));
    expect(wrapUps).toHaveLength(1);
    const text = (JSON.parse(String(wrapUps[0]?.args.blocks)) as { text: { text: string } }[])[0]?.text.text ?? '';
    expect(text).toContain('2 stories from 2 people, 2 voters.');
    expect(text).toMatch(new RegExp(`Most votes: <https://lp-coach-local\\.slack\\.com/archives/${CHANNEL}/p${ana.ts.replace('.', '')}[^|]*\\|[^>]+> by <@${ANA}> \\(2 votes\\)`));
    expect(api.blockKitRejections).toEqual([]);
    console.log(`thread answer ack latency over signed HTTP: max ${Math.max(...acks).toFixed(1)} ms`);
  });
});
