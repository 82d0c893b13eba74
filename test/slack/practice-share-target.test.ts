import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, userReply } from './thread-events.js';

/**
 * Issue 11 part 2: a practice story shared to the channel joins the thread of today's open prompt of the same
 * principle, else it is a message of its own with its own thread, and never counts in an unrelated prompt's wrap-up.
 */
let h: Harness;
let ui: Interactions;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  ui = interactions(h);
  await h.runLp('setup 09:30 UTC mon-fri');
});
afterEach(async () => {
  await h.close();
});

type Json = Record<string, any>;
const answer = (id: number) => h.db.prepare('SELECT * FROM answers WHERE id = ?').get(id) as Json;
const wrapUpsIn = (threadTs: string) => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs && String(c.args.blocks).includes('lp_wrapup'));

async function postPrompt(principle: string): Promise<{ ts: string; id: number }> {
  await h.runLp(`post ${principle}`);
  const prompt = h.db.prepare(`SELECT id, message_ts FROM prompts WHERE status = 'posted' ORDER BY id DESC LIMIT 1`).get() as Json;
  return { ts: prompt.message_ts, id: prompt.id };
}

async function sharePractice(principle: string): Promise<{ answerId: number; post: Json }> {
  await h.runLp(`practice ${principle}`, { user: MEMBER });
  const viewId = ui.topModal(MEMBER).id;
  await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
  const answerId = (h.db.prepare('SELECT MAX(id) AS id FROM answers WHERE user_id = ?').get(MEMBER) as Json).id as number;
  await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
  const post = h.api.callsTo('chat.postMessage').at(-1) as Json;
  return { answerId, post };
}

describe('Share to channel picks its thread', () => {
  it('a story of another principle is its own message with its own thread, and not in the open prompt\'s wrap-up', async () => {
    const diveDeep = await postPrompt('dive deep');
    await deliver(h, userReply(h, TEAM_CHANNEL, diveDeep.ts, OWNER, STRONG_STORY).event);
    const { answerId, post } = await sharePractice('ownership');
    expect(post.args.channel).toBe(TEAM_CHANNEL);
    expect(post.args.thread_ts).toBeUndefined();
    const ts = post.response.ts as string;
    expect(answer(answerId)).toMatchObject({ kind: 'thread', prompt_id: null, channel_id: TEAM_CHANNEL, message_ts: ts, thread_ts: ts });
    // The modal says where it went.
    expect(JSON.stringify(ui.topModal(MEMBER))).toContain('as a message of its own');

    // The next day's prompt wraps Dive Deep up: one story (the thread's own), not two.
    h.clock.now = new Date('2026-12-01T10:00:00Z');
    await postPrompt('bias for action');
    const [wrapUp] = wrapUpsIn(diveDeep.ts);
    expect(JSON.parse(String(wrapUp?.args.blocks))[0].text.text).toContain('1 story from 1 person');
  });

  it("a story of the same principle joins today's open prompt's thread and counts there", async () => {
    const diveDeep = await postPrompt('dive deep');
    const { answerId, post } = await sharePractice('dive deep');
    expect(post.args.thread_ts).toBe(diveDeep.ts);
    expect(answer(answerId)).toMatchObject({ prompt_id: diveDeep.id, thread_ts: diveDeep.ts, message_ts: post.response.ts });
    h.clock.now = new Date('2026-12-01T10:00:00Z');
    await postPrompt('bias for action');
    expect(JSON.parse(String(wrapUpsIn(diveDeep.ts)[0]?.args.blocks))[0].text.text).toContain('1 story from 1 person');
  });

  it("a prompt of the same principle from an earlier day (or wrapped up) is not open: a message of its own", async () => {
    const diveDeep = await postPrompt('dive deep');
    // "Answer privately" on Monday's prompt, shared on Tuesday after Tuesday's prompt (another principle) wrapped it up.
    const message = h.workspace.findMessage(TEAM_CHANNEL, diveDeep.ts) as Json;
    const button = (message.blocks as Json[]).flatMap((b) => b.elements ?? []).find((e: Json) => e.action_id === 'lp_answer_privately');
    await ui.clickInMessage(MEMBER, TEAM_CHANNEL, diveDeep.ts, 'lp_answer_privately', button.value);
    const viewId = ui.topModal(MEMBER).id;
    await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
    const answerId = (h.db.prepare('SELECT MAX(id) AS id FROM answers').get() as Json).id as number;
    h.clock.now = new Date('2026-12-01T10:00:00Z');
    await postPrompt('bias for action');
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
    const post = h.api.callsTo('chat.postMessage').at(-1) as Json;
    expect(post.args.thread_ts).toBeUndefined();
    expect(answer(answerId)).toMatchObject({ kind: 'thread', prompt_id: null, thread_ts: post.response.ts });
    // A vote on it counts (no prompt cap applies to a story outside a prompt's thread).
    await h.lp.app.processEvent({
      body: {
        type: 'event_callback',
        team_id: h.workspace.team.id,
        api_app_id: h.workspace.bot.appId,
        event_id: 'Ev0OWNSHAREVOTE',
        event_time: 1764600000,
        event: { type: 'reaction_added', user: ADMIN, reaction: 'star', item_user: h.workspace.bot.userId, item: { type: 'message', channel: TEAM_CHANNEL, ts: post.response.ts }, event_ts: '1764600001.000100' },
      },
      ack: async () => {},
    });
    expect(h.db.prepare('SELECT answer_id FROM votes').all()).toEqual([{ answer_id: answerId }]);
  });
});
