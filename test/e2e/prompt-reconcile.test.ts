import { afterEach, describe, expect, it } from 'vitest';
import { eventCallbackBody, JSON_CONTENT_TYPE, sendSignedRequest, Workspace, type StoredMessage } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { openDatabase } from '../../src/store/db.js';
import { PromptStore, type PromptRecord } from '../../src/store/prompts.js';
import { CRISP_SPECIFIC } from '../unit/rubric/answers.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/**
 * A daily prompt whose post has an unknown outcome (an HTTP 500 after or before Slack posted, a crash after Slack
 * posted) ends, through the real app and the Slack stand-in, with exactly one prompt in the channel, its row posted
 * with that message's ts, and its thread taking answers.
 */

const BOT_TOKEN = 'xoxb-reconcile';
const SIGNING_SECRET = 'reconcile-signing-secret-0123456789';
const [APPLIED, NOT_APPLIED, CRASHED] = ['C0APPLIED1', 'C0NOTAPPL1', 'C0CRASHED1'] as const;
const ANA = 'U0ANA0001';
/** What fails first when src/slack/features.ts builds the daily prompt without promptSlackCalls (poster + history). */
const UNWIRED = 'the daily prompt posts without metadata or never reads the channel: is promptSlackCalls wired in src/slack/features.ts?';

let setup: E2eSetup | undefined;
let app: RunningLpCoach | undefined;
afterEach(async () => {
  await app?.stop();
  await setup?.close();
  app = undefined;
  setup = undefined;
});

async function start(clock: { now: Date }, channels: readonly string[], seed?: (databasePath: string, workspace: Workspace) => void) {
  const workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: ANA, name: 'Ana' });
  for (const id of channels) workspace.addChannel({ id, name: id.toLowerCase(), members: [ANA], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
  seed?.(setup.config.databasePath, workspace);
  app = await setup.start();
  return { workspace, setup, app };
}

/** A weekday schedule at `time` UTC, as /lp setup would store it. */
function schedule(db: RunningLpCoach['db'], channelId: string, time: string, now: Date): void {
  db.prepare(
    `INSERT INTO channels (channel_id, prompt_time, timezone, days, created_at, updated_at)
     VALUES (?, ?, 'UTC', 'mon,tue,wed,thu,fri', ?, ?)`,
  ).run(channelId, time, now.toISOString(), now.toISOString());
}

const topLevel = (workspace: Workspace, channel: string) => (workspace.messages.get(channel) ?? []).filter((m) => m.thread_ts === undefined);
const slotOf = (running: RunningLpCoach, channel: string, day: string) => new PromptStore(running.db).findSlot(channel, day);

/** Ana answers in the prompt's thread through a signed event; resolves with the stored answer's prompt id. */
async function answerInThread(running: RunningLpCoach, workspace: Workspace, channel: string, promptTs: string): Promise<number> {
  const reply: StoredMessage = workspace.postMessage({ channel, thread_ts: promptTs, user: ANA, text: CRISP_SPECIFIC });
  const body = eventCallbackBody({
    team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event: { type: 'message', channel, user: ANA, text: reply.text, ts: reply.ts, thread_ts: promptTs, event_ts: reply.ts, channel_type: 'channel' },
    event_id: `Ev0RECONCILE${reply.ts.replace('.', '')}`,
    event_time: Math.floor(Number(reply.ts)),
    bot_user_id: workspace.bot.userId,
  });
  const result = await sendSignedRequest(`http://127.0.0.1:${running.port}/slack/events`, { body, contentType: JSON_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
  expect(result.status).toBe(200);
  return waitFor(
    () => (running.db.prepare('SELECT prompt_id FROM answers WHERE channel_id = ? AND message_ts = ?').get(channel, reply.ts) as { prompt_id: number } | undefined)?.prompt_id,
    `the answer in ${channel}`,
  );
}

function expectOnePromptPosted(running: RunningLpCoach, workspace: Workspace, channel: string, day: string): { prompt: PromptRecord; message: StoredMessage } {
  const messages = topLevel(workspace, channel);
  expect(messages).toHaveLength(1);
  const message = messages[0]!;
  const prompt = slotOf(running, channel, day);
  expect(prompt).toMatchObject({ status: 'posted', messageTs: message.ts });
  expect(message.metadata).toEqual({ event_type: 'lp_coach_prompt', event_payload: { prompt_id: prompt!.id } });
  return { prompt: prompt!, message };
}

describe('a daily prompt of unknown outcome is reconciled, end to end', () => {
  it('HTTP 500 after Slack posted (answer lost) or before it posted: one prompt each, recorded, and its thread works', async () => {
    // Monday 30 Nov 2026, 08:00 UTC: before both prompts, so nothing is posted at start-up.
    const clock = { now: new Date('2026-11-30T08:00:00Z') };
    const { workspace, setup: e2e, app: running } = await start(clock, [APPLIED, NOT_APPLIED]);
    schedule(running.db, APPLIED, '09:30', clock.now);
    schedule(running.db, NOT_APPLIED, '10:30', clock.now);

    // 09:30: Slack posts the prompt, but its answer is lost (HTTP 500).
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    clock.now = new Date('2026-11-30T09:30:00Z');
    expect((await running.lp.dailyPrompts.runDue()).find((o) => o.channelId === APPLIED)).toMatchObject({ status: 'failed', released: false });
    expect(topLevel(workspace, APPLIED)).toHaveLength(1);
    expect(topLevel(workspace, APPLIED)[0]?.metadata, UNWIRED).toBeDefined();
    expect(slotOf(running, APPLIED, '2026-11-30')?.status).toBe('failed');

    // A minute later the app finds its post by the metadata instead of posting again.
    clock.now = new Date('2026-11-30T09:31:00Z');
    await running.lp.dailyPrompts.runDue();
    const applied = expectOnePromptPosted(running, workspace, APPLIED, '2026-11-30');
    expect(e2e.api.callsTo('chat.postMessage').filter((c) => c.args.channel === APPLIED)).toHaveLength(1);
    const read = e2e.api.callsTo('conversations.history').find((c) => c.args.channel === APPLIED);
    expect(read?.args).toMatchObject({ include_all_metadata: 'true' });
    expect(await answerInThread(running, workspace, APPLIED, applied.message.ts)).toBe(applied.prompt.id);

    // 10:30: HTTP 500 and Slack did not post.
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: false });
    clock.now = new Date('2026-11-30T10:30:00Z');
    expect((await running.lp.dailyPrompts.runDue()).find((o) => o.channelId === NOT_APPLIED)).toMatchObject({ status: 'failed', released: false });
    expect(topLevel(workspace, NOT_APPLIED)).toHaveLength(0);

    // Not found in the channel: posted again, once.
    clock.now = new Date('2026-11-30T10:31:00Z');
    await running.lp.dailyPrompts.runDue();
    const notApplied = expectOnePromptPosted(running, workspace, NOT_APPLIED, '2026-11-30');
    expect(await answerInThread(running, workspace, NOT_APPLIED, notApplied.message.ts)).toBe(notApplied.prompt.id);

    // Later ticks change nothing: still one prompt in each channel.
    clock.now = new Date('2026-11-30T12:00:00Z');
    await running.lp.dailyPrompts.runDue();
    expect(topLevel(workspace, APPLIED)).toHaveLength(1);
    expect(topLevel(workspace, NOT_APPLIED)).toHaveLength(1);
    expect(e2e.api.blockKitRejections).toEqual([]);
  });

  it('a crash after Slack posted (claim left without ts): at start-up the app finds the post and posts nothing new', async () => {
    const clock = { now: new Date('2026-11-30T09:33:00Z') };
    let claimed: PromptRecord | undefined;
    let posted: StoredMessage | undefined;
    const { workspace, setup: e2e, app: running } = await start(clock, [CRASHED], (databasePath, ws) => {
      // What the crashed process left: the channel's schedule, today's claim ('reserved', no ts), and in Slack the
      // prompt it had posted, with its metadata.
      const db = openDatabase(databasePath);
      try {
        schedule(db, CRASHED, '09:30', new Date('2026-11-30T08:00:00Z'));
        claimed = new PromptStore(db).reserveSlot({
          channelId: CRASHED,
          localDate: '2026-11-30',
          principleId: 'ownership',
          questionId: 'ownership-1',
          source: 'scheduled',
          at: new Date('2026-11-30T09:30:00Z'),
        })!;
      } finally {
        db.close();
      }
      clock.now = new Date('2026-11-30T09:30:01Z');
      posted = ws.postMessage({
        channel: CRASHED,
        user: ws.bot.userId,
        bot_id: ws.bot.botId,
        app_id: ws.bot.appId,
        text: 'Today’s question',
        metadata: { event_type: 'lp_coach_prompt', event_payload: { prompt_id: claimed.id } },
      });
      clock.now = new Date('2026-11-30T09:33:00Z');
    });

    // The start-up run reconciles the claim.
    await waitFor(() => e2e.api.callsTo('conversations.history').length > 0, UNWIRED);
    await waitFor(() => slotOf(running, CRASHED, '2026-11-30')?.status === 'posted', 'the claim reconciled at start-up');
    expect(slotOf(running, CRASHED, '2026-11-30')).toMatchObject({ id: claimed!.id, messageTs: posted!.ts });
    expect(e2e.api.callsTo('chat.postMessage')).toHaveLength(0);
    expect(topLevel(workspace, CRASHED)).toHaveLength(1);

    // Later ticks post nothing, and the thread takes answers.
    clock.now = new Date('2026-11-30T09:40:00Z');
    await running.lp.dailyPrompts.runDue();
    expect(e2e.api.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await answerInThread(running, workspace, CRASHED, posted!.ts)).toBe(claimed!.id);
  });
});
