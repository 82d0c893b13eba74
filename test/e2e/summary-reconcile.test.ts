import { afterEach, describe, expect, it } from 'vitest';
import { eventCallbackBody, JSON_CONTENT_TYPE, sendSignedRequest, Workspace, type StoredMessage } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { ChannelStore } from '../../src/store/channels.js';
import { PromptStore } from '../../src/store/prompts.js';
import { SummaryStore } from '../../src/store/summaries.js';
import { CRISP_SPECIFIC } from '../unit/rubric/answers.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/**
 * Wrap-ups and weekly digests whose post has an unknown outcome (an HTTP 500 after or before Slack posted it) or
 * whose reservation a crash left behind end, through the real app and the Slack stand-in, with exactly one wrap-up
 * in the prompt's thread and one digest in the channel, each recorded as posted with that message's ts.
 */

const BOT_TOKEN = 'xoxb-summary-reconcile';
const SIGNING_SECRET = 'summary-reconcile-signing-secret-0123';
const [APPLIED, NOT_APPLIED, CRASHED] = ['C0SAPPLIED', 'C0SNOTAPPL', 'C0SCRASHED'] as const;
const CHANNELS = [APPLIED, NOT_APPLIED, CRASHED] as const;
const ANA = 'U0ANA0002';
const MONDAY = '2026-11-30';

let setup: E2eSetup | undefined;
let app: RunningLpCoach | undefined;
afterEach(async () => {
  await app?.stop();
  await setup?.close();
  app = undefined;
  setup = undefined;
});

const at = (iso: string) => new Date(iso);
const wrapUpsIn = (workspace: Workspace, channel: string, threadTs: string) =>
  (workspace.messages.get(channel) ?? []).filter((m) => m.thread_ts === threadTs && m.metadata?.event_type === 'lp_coach_wrap_up');
const digestsIn = (workspace: Workspace, channel: string) =>
  (workspace.messages.get(channel) ?? []).filter((m) => m.thread_ts === undefined && m.metadata?.event_type === 'lp_coach_digest');
const wrapUpRow = (running: RunningLpCoach, promptId: number) =>
  running.db.prepare('SELECT status, message_ts AS messageTs, attempts FROM wrap_ups WHERE prompt_id = ?').get(promptId) as
    | { status: string; messageTs: string | null; attempts: number }
    | undefined;
const digestRow = (running: RunningLpCoach, channel: string) =>
  running.db.prepare('SELECT status, message_ts AS messageTs, attempts FROM digests WHERE channel_id = ? AND week_start = ?').get(channel, MONDAY) as
    | { status: string; messageTs: string | null; attempts: number }
    | undefined;

/** Ana answers in the prompt's thread through a signed event; resolves once the app owes nothing more for it. */
async function answerInThread(running: RunningLpCoach, workspace: Workspace, channel: string, promptTs: string): Promise<void> {
  const reply: StoredMessage = workspace.postMessage({ channel, thread_ts: promptTs, user: ANA, text: CRISP_SPECIFIC });
  const body = eventCallbackBody({
    team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event: { type: 'message', channel, user: ANA, text: reply.text, ts: reply.ts, thread_ts: promptTs, event_ts: reply.ts, channel_type: 'channel' },
    event_id: `Ev0SUMMARY${reply.ts.replace('.', '')}`,
    event_time: Math.floor(Number(reply.ts)),
    bot_user_id: workspace.bot.userId,
  });
  const result = await sendSignedRequest(`http://127.0.0.1:${running.port}/slack/events`, { body, contentType: JSON_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
  expect(result.status).toBe(200);
  await waitFor(() => running.db.prepare('SELECT 1 FROM answers WHERE channel_id = ? AND message_ts = ?').get(channel, reply.ts) !== undefined, `the answer in ${channel}`);
  // The feedback, :memo: and follow-up go out through the outbox: let them finish before Slack is made to fail.
  await waitFor(() => (running.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n === 0, `the outbox empty after ${channel}`);
}

describe('wrap-ups and digests of unknown outcome are reconciled, end to end', () => {
  it('HTTP 500 after or before Slack posted, and a crash after the reservation: one wrap-up and one digest each', async () => {
    const clock = { now: at('2026-11-30T08:00:00Z') };
    const workspace = new Workspace({ now: () => clock.now.getTime() });
    workspace.addUser({ id: ANA, name: 'Ana' });
    for (const id of CHANNELS) workspace.addChannel({ id, name: id.toLowerCase(), members: [ANA], botIsMember: true });
    setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
    const e2e = setup;
    app = await setup.start();
    const running = app;

    // Each channel: a weekday prompt at 09:30 UTC, its own close time (the wrap-up) and Friday digest time.
    const channels = new ChannelStore(running.db, () => clock.now);
    const times = { [APPLIED]: '17:00', [NOT_APPLIED]: '17:10', [CRASHED]: '17:20' } as const;
    for (const id of CHANNELS) {
      channels.upsertSchedule({ channelId: id, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
      channels.updateThreadSetting(id, { setting: 'close', value: times[id] });
      channels.updateThreadSetting(id, { setting: 'digest', value: { day: 'fri', time: times[id].replace('17', '16') } });
    }

    // Monday 09:30: the three prompts, each with an answer.
    clock.now = at('2026-11-30T09:30:00Z');
    await running.lp.minuteTick.runDue();
    const prompts = new PromptStore(running.db);
    const prompt = Object.fromEntries(CHANNELS.map((id) => [id, prompts.findSlot(id, MONDAY)!])) as Record<(typeof CHANNELS)[number], NonNullable<ReturnType<PromptStore['findSlot']>>>;
    for (const id of CHANNELS) {
      expect(prompt[id]).toMatchObject({ status: 'posted' });
      await answerInThread(running, workspace, id, prompt[id].messageTs!);
    }

    // --- Wrap-ups ---
    // 17:00: Slack posts APPLIED's wrap-up but its answer is lost (HTTP 500).
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    clock.now = at('2026-11-30T17:00:10Z');
    await running.lp.minuteTick.runDue();
    expect(wrapUpsIn(workspace, APPLIED, prompt[APPLIED].messageTs!)).toHaveLength(1);
    expect(wrapUpRow(running, prompt[APPLIED].id)?.status).toBe('failed');

    // 17:01: found in the thread by its metadata (conversations.replies), recorded, not posted again.
    clock.now = at('2026-11-30T17:01:10Z');
    await running.lp.minuteTick.runDue();
    const appliedWrapUps = wrapUpsIn(workspace, APPLIED, prompt[APPLIED].messageTs!);
    expect(appliedWrapUps).toHaveLength(1);
    expect(appliedWrapUps[0]?.metadata).toEqual({ event_type: 'lp_coach_wrap_up', event_payload: { prompt_id: prompt[APPLIED].id } });
    expect(wrapUpRow(running, prompt[APPLIED].id)).toMatchObject({ status: 'posted', messageTs: appliedWrapUps[0]?.ts, attempts: 1 });
    expect(e2e.api.callsTo('conversations.replies').find((c) => c.args.channel === APPLIED)?.args).toMatchObject({ ts: prompt[APPLIED].messageTs, include_all_metadata: 'true' });

    // 17:10: HTTP 500 and Slack did not post NOT_APPLIED's wrap-up; a minute later it is not found and posted again.
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: false });
    clock.now = at('2026-11-30T17:10:10Z');
    await running.lp.minuteTick.runDue();
    expect(wrapUpsIn(workspace, NOT_APPLIED, prompt[NOT_APPLIED].messageTs!)).toHaveLength(0);
    clock.now = at('2026-11-30T17:11:10Z');
    await running.lp.minuteTick.runDue();
    const notAppliedWrapUps = wrapUpsIn(workspace, NOT_APPLIED, prompt[NOT_APPLIED].messageTs!);
    expect(notAppliedWrapUps).toHaveLength(1);
    expect(wrapUpRow(running, prompt[NOT_APPLIED].id)).toMatchObject({ status: 'posted', messageTs: notAppliedWrapUps[0]?.ts, attempts: 2 });

    // A crash right after CRASHED's wrap-up was reserved (17:19, before its close time): nothing in Slack. The close
    // time finds it taken; once the reservation is 2 minutes old it is looked for, not found, and posted.
    new SummaryStore(running.db).reserveWrapUp(prompt[CRASHED].id, CRASHED, 'close-time', at('2026-11-30T17:19:00Z'));
    clock.now = at('2026-11-30T17:20:10Z');
    await running.lp.minuteTick.runDue();
    expect(wrapUpsIn(workspace, CRASHED, prompt[CRASHED].messageTs!)).toHaveLength(0);
    clock.now = at('2026-11-30T17:21:10Z');
    await running.lp.minuteTick.runDue();
    const crashedWrapUps = wrapUpsIn(workspace, CRASHED, prompt[CRASHED].messageTs!);
    expect(crashedWrapUps).toHaveLength(1);
    expect(wrapUpRow(running, prompt[CRASHED].id)).toMatchObject({ status: 'posted', messageTs: crashedWrapUps[0]?.ts });

    // --- Digests (Friday) ---
    // 16:00: APPLIED's digest is posted, its answer lost; 16:01 finds it in the channel.
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    clock.now = at('2026-12-04T16:00:10Z');
    await running.lp.minuteTick.runDue();
    expect(digestsIn(workspace, APPLIED)).toHaveLength(1);
    expect(digestRow(running, APPLIED)?.status).toBe('failed');
    clock.now = at('2026-12-04T16:01:10Z');
    await running.lp.minuteTick.runDue();
    expect(digestsIn(workspace, APPLIED)).toHaveLength(1);
    expect(digestsIn(workspace, APPLIED)[0]?.metadata).toEqual({ event_type: 'lp_coach_digest', event_payload: { channel_id: APPLIED, week_start: MONDAY } });
    expect(digestRow(running, APPLIED)).toMatchObject({ status: 'posted', messageTs: digestsIn(workspace, APPLIED)[0]?.ts, attempts: 1 });
    expect(e2e.api.callsTo('conversations.history').find((c) => c.args.channel === APPLIED)?.args).toMatchObject({ include_all_metadata: 'true' });

    // 16:10: NOT_APPLIED's digest is not posted (HTTP 500); 16:11 posts it again.
    e2e.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: false });
    clock.now = at('2026-12-04T16:10:10Z');
    await running.lp.minuteTick.runDue();
    expect(digestsIn(workspace, NOT_APPLIED)).toHaveLength(0);
    clock.now = at('2026-12-04T16:11:10Z');
    await running.lp.minuteTick.runDue();
    expect(digestsIn(workspace, NOT_APPLIED)).toHaveLength(1);
    expect(digestRow(running, NOT_APPLIED)).toMatchObject({ status: 'posted', messageTs: digestsIn(workspace, NOT_APPLIED)[0]?.ts, attempts: 2 });

    // A crash after Slack posted CRASHED's digest: the reservation and, in Slack, the digest with its metadata.
    new SummaryStore(running.db).reserveDigest(CRASHED, MONDAY, at('2026-12-04T16:19:00Z'));
    clock.now = at('2026-12-04T16:19:01Z');
    const crashedDigest = workspace.postMessage({
      channel: CRASHED,
      user: workspace.bot.userId,
      bot_id: workspace.bot.botId,
      app_id: workspace.bot.appId,
      text: 'Weekly LP digest',
      metadata: { event_type: 'lp_coach_digest', event_payload: { channel_id: CRASHED, week_start: MONDAY } },
    });
    const postsBefore = e2e.api.callsTo('chat.postMessage').length;
    clock.now = at('2026-12-04T16:20:10Z');
    await running.lp.minuteTick.runDue();
    clock.now = at('2026-12-04T16:21:10Z');
    await running.lp.minuteTick.runDue();
    expect(digestsIn(workspace, CRASHED)).toHaveLength(1);
    expect(digestRow(running, CRASHED)).toMatchObject({ status: 'posted', messageTs: crashedDigest.ts });
    expect(e2e.api.callsTo('chat.postMessage')).toHaveLength(postsBefore);

    // Later ticks change nothing: one wrap-up and one digest in each channel.
    clock.now = at('2026-12-04T18:00:00Z');
    await running.lp.minuteTick.runDue();
    for (const id of CHANNELS) {
      expect(wrapUpsIn(workspace, id, prompt[id].messageTs!)).toHaveLength(1);
      expect(digestsIn(workspace, id)).toHaveLength(1);
    }
    expect(e2e.api.blockKitRejections).toEqual([]);
  });
});
