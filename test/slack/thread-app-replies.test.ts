import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { STRONG_UNLABELLED, VAGUE_PADDED } from '../unit/rubric/answers.js';
import { deleteEvent, deliver, editEvent, userReply } from './thread-events.js';

/** The app's visible replies about a story (its follow-up question, its feedback in `feedback thread`) follow the story. */

let h: Harness;
let promptTs: string;

const count = (sql: string) => (h.db.prepare(sql).get() as { n: number }).n;
const ephemeralsTo = (user: string) => h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && c.response.ok === true);
const threadPosts = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === promptTs && c.response.ok === true);
const followUpPosts = () => threadPosts().filter((c) => /a follow-up a bar raiser would ask/.test(String(c.args.text)));
const feedbackPosts = () => threadPosts().filter((c) => String(c.args.blocks).includes(`Feedback on <@${MEMBER}>'s story`));
const tsOf = (call: { response: Record<string, unknown> } | undefined) => String(call?.response.ts);
const inThread = (ts: string) => h.workspace.findMessage(TEAM_CHANNEL, ts) !== undefined;
const deletedTs = () => h.api.callsTo('chat.delete').filter((c) => c.response.ok === true).map((c) => c.args.ts);

function setMode(setting: 'feedback' | 'followups', value: string): void {
  h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
  h.channels.updateThreadSetting(TEAM_CHANNEL, { setting, value } as Parameters<Harness['channels']['updateThreadSetting']>[1]);
}

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error(`prompt not posted: ${JSON.stringify(outcome)}`);
  promptTs = outcome.ts;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await h.close();
});

describe('the follow-up question leaves with its story', () => {
  it('deleting the story deletes the follow-up LP Coach posted in the thread', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    const followUpTs = tsOf(followUpPosts()[0]);
    expect(inThread(followUpTs)).toBe(true);
    expect(h.db.prepare('SELECT message_ts FROM followups').get()).toEqual({ message_ts: followUpTs });

    await deliver(h, deleteEvent(h, message));
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(deletedTs()).toEqual([followUpTs]);
    expect(inThread(followUpTs)).toBe(false);
    expect(inThread(promptTs)).toBe(true);
  });

  it('an edit that turns the story back into a comment deletes the follow-up too', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    const followUpTs = tsOf(followUpPosts()[0]);
    await deliver(h, editEvent(h, message, 'Never mind, I will answer tomorrow.'));
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(deletedTs()).toEqual([followUpTs]);
    expect(inThread(followUpTs)).toBe(false);
    expect(ephemeralsTo(MEMBER).at(-1)?.args.text).toMatch(/counts as a comment/);
  });

  it('private follow-ups leave nothing visible to delete', async () => {
    setMode('followups', 'private');
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    expect(h.db.prepare('SELECT message_ts FROM followups').get()).toEqual({ message_ts: null });
    await deliver(h, deleteEvent(h, message));
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(h.api.callsTo('chat.delete')).toEqual([]);
  });

  it('a failed chat.delete is logged with method and code, and the story is still deleted', async () => {
    const errors = vi.spyOn(silentLogger, 'error');
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    h.api.failNext('chat.delete', 'cant_delete_message');
    await deliver(h, deleteEvent(h, message));
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(h.api.callsTo('chat.delete').map((c) => c.response.error)).toEqual(['cant_delete_message']);
    expect(errors).toHaveBeenCalledWith('Slack API chat.delete failed: cant_delete_message');
  });

  it('a follow-up someone already removed is not an error', async () => {
    const errors = vi.spyOn(silentLogger, 'error');
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    h.workspace.deleteMessage(TEAM_CHANNEL, tsOf(followUpPosts()[0]));
    await deliver(h, deleteEvent(h, message));
    expect(h.api.callsTo('chat.delete').map((c) => c.response.error)).toEqual(['message_not_found']);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('feedback after an edit in `feedback thread` channels', () => {
  beforeEach(() => setMode('feedback', 'thread'));

  it('updates the visible feedback reply in place, with what changed, and sends nothing private', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, VAGUE_PADDED);
    await deliver(h, event);
    const feedbackTs = tsOf(feedbackPosts()[0]);
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));

    const store = new FeedbackStore(h.db);
    const [answer] = h.db.prepare('SELECT id FROM answers').all() as { id: number }[];
    const before = store.previous(answer?.id ?? 0)?.feedback.score;
    const after = store.latest(answer?.id ?? 0)?.feedback.score;
    const updates = h.api.callsTo('chat.update');
    expect(updates.map((c) => [c.args.ts, c.response.ok])).toEqual([[feedbackTs, true]]);
    expect(String(updates[0]?.args.blocks)).toContain(`After the edit: `);
    expect(String(updates[0]?.args.blocks)).toContain(`score ${before} -&gt; ${after}`);
    expect(String(updates[0]?.args.blocks)).toContain(`Feedback on <@${MEMBER}>'s story`);
    expect(h.workspace.findMessage(TEAM_CHANNEL, feedbackTs)?.text).toBe(updates[0]?.args.text);
    // Still one feedback reply and one follow-up in the thread; nothing private.
    expect(feedbackPosts()).toHaveLength(1);
    expect(followUpPosts()).toHaveLength(1);
    expect(ephemeralsTo(MEMBER)).toEqual([]);
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('posts the visible feedback once when Slack posted it but its answer was lost, and links it to the story', async () => {
    h.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    const { event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    // The outbox looks in the thread before trying again, and finds the post.
    const deadline = Date.now() + 5000;
    while (new FeedbackStore(h.db).visibleReplyTs(1) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const posted = (h.workspace.messages.get(TEAM_CHANNEL) ?? []).filter((m) => m.thread_ts === promptTs && m.text.startsWith('Story: '));
    expect(posted).toHaveLength(1);
    expect(new FeedbackStore(h.db).visibleReplyTs(1)).toBe(posted[0]?.ts);
  });

  it('posts a new visible reply when the earlier one is gone, and updates that one next time', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, VAGUE_PADDED);
    await deliver(h, event);
    h.workspace.deleteMessage(TEAM_CHANNEL, tsOf(feedbackPosts()[0]));
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));
    expect(feedbackPosts()).toHaveLength(2);
    const replacement = tsOf(feedbackPosts()[1]);
    expect(String(feedbackPosts()[1]?.args.blocks)).toMatch(/After the edit: .*score \d+ -&gt; \d+/);

    await deliver(h, editEvent(h, message, `${STRONG_UNLABELLED} I would do it the same way again.`));
    expect(h.api.callsTo('chat.update').filter((c) => c.response.ok === true).map((c) => c.args.ts)).toEqual([replacement]);
    expect(feedbackPosts()).toHaveLength(2);
    expect(ephemeralsTo(MEMBER)).toEqual([]);
  });

  it('posts a visible reply after an edit when the first feedback was private (mode changed since)', async () => {
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'feedback', value: 'private' });
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, VAGUE_PADDED);
    await deliver(h, event);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'feedback', value: 'thread' });
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));
    expect(h.api.callsTo('chat.update')).toEqual([]);
    expect(feedbackPosts()).toHaveLength(1);
    expect(String(feedbackPosts()[0]?.args.blocks)).toMatch(/After the edit: /);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
  });

  it('deleting the story deletes its visible feedback and its follow-up', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    const feedbackTs = tsOf(feedbackPosts()[0]);
    const followUpTs = tsOf(followUpPosts()[0]);
    await deliver(h, deleteEvent(h, message));
    expect(new Set(deletedTs())).toEqual(new Set([feedbackTs, followUpTs]));
    expect(inThread(feedbackTs) || inThread(followUpTs)).toBe(false);
  });
});
