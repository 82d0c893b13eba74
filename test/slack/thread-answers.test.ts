import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/store/feedback.js';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { CRISP_SPECIFIC, NUMBERS_NOT_METRICS, STRONG_UNLABELLED, VAGUE_PADDED } from '../unit/rubric/answers.js';
import { deleteEvent, deliver, editEvent, messageEvent, nextEventId, userReply } from './thread-events.js';
import { waitFor } from '../e2e/e2e-app.js';
import { VoteStore } from '../../src/store/votes.js';

let h: Harness;
let promptTs: string;

const count = (sql: string, ...params: unknown[]) => (h.db.prepare(sql).get(...params) as { n: number }).n;
const answersOf = (user: string) => h.db.prepare('SELECT * FROM answers WHERE user_id = ? ORDER BY id').all(user) as { id: number; text: string; parent_answer_id: number | null; principle_id: string; question_id: string; prompt_id: number }[];
const ephemeralsTo = (user: string) => h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && c.response.ok === true);
const threadPosts = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === promptTs);
const blocksText = (call: { args: Record<string, unknown> }) => String(call.args.blocks);

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error(`prompt not posted: ${JSON.stringify(outcome)}`);
  promptTs = outcome.ts;
});

afterEach(async () => {
  await h.close();
});

describe('answers in a prompt thread', () => {
  it('stores a story with its prompt, scores it and tells only the author, in the thread, with a :memo: on the answer', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);

    const [answer] = answersOf(MEMBER);
    const prompt = h.db.prepare('SELECT * FROM prompts WHERE message_ts = ?').get(promptTs) as { id: number; principle_id: string; question_id: string };
    expect(answer).toMatchObject({ text: STRONG_UNLABELLED, prompt_id: prompt.id, principle_id: prompt.principle_id, question_id: prompt.question_id });
    const [ephemeral] = ephemeralsTo(MEMBER);
    expect(ephemeral?.args).toMatchObject({ channel: TEAM_CHANNEL, thread_ts: promptTs });
    const blocks = JSON.parse(String(ephemeral?.args.blocks)) as { block_id: string; text?: { text: string } }[];
    expect(blocks.find((b) => b.block_id === 'lp_fb_title')?.text?.text).toMatch(/^Your story: \*(Raises the bar|Meets the bar|Almost there|Not yet)\* · \*\d+\*\/100/);
    // The short card: one thing to work on (with the answer's words), one strength, one follow-up; the nine criteria,
    // the other quotes and the tips are behind "Show all criteria" (test/slack/feedback-card.test.ts).
    expect(blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining(['lp_fb_focus', 'lp_fb_followup', 'lp_fb_more']));
    expect(blocks.map((b) => b.block_id)).not.toContain('lp_fb_criteria');
    expect(h.workspace.findMessage(TEAM_CHANNEL, message.ts)?.reactions.get('memo')).toEqual([h.workspace.bot.userId]);
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('asks one follow-up in the thread, mentioning the author', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, NUMBERS_NOT_METRICS + ' ' + CRISP_SPECIFIC).event);
    const posts = threadPosts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.text).toMatch(new RegExp(`^<@${MEMBER}> a follow-up a bar raiser would ask: .+`));
    expect(count('SELECT COUNT(*) AS n FROM followups')).toBe(1);
  });

  it('ignores a comment shorter than LP_MIN_ANSWER_WORDS', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, 'Great question, I will answer after lunch :sweat_smile:').event);
    expect(answersOf(MEMBER)).toEqual([]);
    expect(h.api.callsTo('chat.postEphemeral')).toEqual([]);
    expect(h.api.callsTo('reactions.add')).toEqual([]);
  });

  it('ignores a reply in the thread of a message that is not a prompt', async () => {
    const parent = h.workspace.postMessage({ channel: TEAM_CHANNEL, user: OWNER, text: 'Lunch plans?' });
    await deliver(h, userReply(h, TEAM_CHANNEL, parent.ts, MEMBER, STRONG_UNLABELLED).event);
    expect(answersOf(MEMBER)).toEqual([]);
    expect(h.api.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it("ignores the app's own messages: its replies, and edits of its prompt", async () => {
    const own = h.workspace.postMessage({
      channel: TEAM_CHANNEL,
      thread_ts: promptTs,
      user: h.workspace.bot.userId,
      bot_id: h.workspace.bot.botId,
      text: STRONG_UNLABELLED,
    });
    await deliver(h, messageEvent(own));
    const prompt = h.workspace.findMessage(TEAM_CHANNEL, promptTs);
    if (prompt === undefined) throw new Error('no prompt');
    // Slack sends message_changed for the prompt itself when its reply count changes.
    const changed = editEvent(h, prompt, prompt.text);
    (changed.message as Record<string, unknown>).thread_ts = promptTs;
    (changed.message as Record<string, unknown>).reply_count = 1;
    await deliver(h, changed);
    const otherBot = h.workspace.postMessage({ channel: TEAM_CHANNEL, thread_ts: promptTs, user: 'U0OTHERBOT', bot_id: 'B0OTHER01', text: STRONG_UNLABELLED });
    await deliver(h, messageEvent(otherBot));
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(0);
    expect(h.api.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('escapes what the author typed: <!channel> never reaches Slack as a mention', async () => {
    const text = `<!channel> ${STRONG_UNLABELLED} <!here> & <@U0OWNER01>`;
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, text).event);
    const sent = h.api.calls.filter((c) => c.method.startsWith('chat.')).map((c) => `${String(c.args.text)} ${String(c.args.blocks)}`);
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) {
      expect(body).not.toContain('<!channel>');
      expect(body).not.toContain('<!here>');
    }
    expect(answersOf(MEMBER)[0]?.text).toBe(text);
  });
});

describe('channels and sizes', () => {
  it('works in a private channel', async () => {
    h.workspace.addChannel({ id: 'G0PRIVATE1', name: 'lp-private', is_private: true, members: [MEMBER], botIsMember: true });
    const posted = await h.lp.dailyPrompts.postNow('G0PRIVATE1');
    if (posted.status !== 'posted') throw new Error('no prompt');
    const { event } = userReply(h, 'G0PRIVATE1', posted.ts, MEMBER, STRONG_UNLABELLED);
    await deliver(h, { ...event, channel_type: 'group' });
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    expect(ephemeralsTo(MEMBER)[0]?.args.channel).toBe('G0PRIVATE1');
  });

  it('keeps the feedback on a very long answer within Block Kit limits', async () => {
    const long = Array.from({ length: 30 }, () => STRONG_UNLABELLED).join('\n\n');
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, long).event);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    expect(h.api.blockKitRejections).toEqual([]);
  });
});

describe('retries and duplicates', () => {
  it('a retry with the same event id sends no second feedback or follow-up', async () => {
    const { event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    const eventId = nextEventId();
    await deliver(h, event, { eventId });
    await deliver(h, event, { eventId, retryNum: 1 });
    await deliver(h, event, { eventId, retryNum: 2 });
    expect(answersOf(MEMBER)).toHaveLength(1);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    expect(threadPosts()).toHaveLength(1);
    expect(h.api.callsTo('reactions.add')).toHaveLength(1);
  });

  it('the same message delivered concurrently under different event ids is stored and answered once', async () => {
    const { event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await Promise.all([deliver(h, event), deliver(h, event), deliver(h, { ...event, subtype: 'thread_broadcast' })]);
    expect(answersOf(MEMBER)).toHaveLength(1);
    expect(count('SELECT COUNT(*) AS n FROM feedback')).toBe(1);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    expect(threadPosts()).toHaveLength(1);
  });

  it('tries the feedback again when Slack has a hiccup (internal_error)', async () => {
    h.api.failNext('chat.postEphemeral', 'internal_error');
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED).event);
    // The outbox worker retries after a short backoff.
    await waitFor(() => h.api.callsTo('chat.postEphemeral').length >= 2, 'the second try', 4000);
    expect(h.api.callsTo('chat.postEphemeral').map((c) => c.response.ok)).toEqual([false, true]);
    expect(h.workspace.ephemerals.filter((e) => e.user === MEMBER)).toHaveLength(1);
  });

  it('keeps the answer and its feedback when Slack refuses the ephemeral, and /lp feedback shows it', async () => {
    h.api.failNext('chat.postEphemeral', 'user_not_in_channel');
    h.api.failNext('reactions.add', 'ratelimited');
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED).event);
    expect(answersOf(MEMBER)).toHaveLength(1);
    expect(count('SELECT COUNT(*) AS n FROM feedback')).toBe(1);
    const result = await h.runLp('feedback', { user: MEMBER });
    expect(result.reply?.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ block_id: 'lp_fb_title' }), expect.objectContaining({ block_id: 'lp_fb_more' })]));
  });
});

describe('edits and deletions', () => {
  it('re-scores an edit in place, keeps the history and says what changed', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, VAGUE_PADDED);
    await deliver(h, event);
    const [answer] = answersOf(MEMBER);
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));
    expect(answersOf(MEMBER)).toEqual([expect.objectContaining({ id: answer?.id, text: STRONG_UNLABELLED })]);
    const feedback = new FeedbackStore(h.db);
    const before = feedback.previous(answer?.id ?? 0)?.feedback.score;
    const after = feedback.latest(answer?.id ?? 0)?.feedback.score;
    expect(after).toBeGreaterThan(before ?? 100);
    const last = ephemeralsTo(MEMBER).at(-1);
    expect(blocksText(last ?? { args: {} })).toContain(`score ${before} -&gt; ${after}`);
    expect(blocksText(last ?? { args: {} })).toMatch(/metrics \d -&gt; \d/);
    // One follow-up per story, not per edit.
    expect(threadPosts()).toHaveLength(1);
    const shown = await h.runLp('feedback', { user: MEMBER });
    expect(JSON.stringify(shown.reply?.blocks)).toContain(`score ${before} -&gt; ${after}`);
  });

  it('an unchanged edit (an unfurl) sends nothing', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    expect(count('SELECT COUNT(*) AS n FROM feedback')).toBe(1);
  });

  it('an edit turns a comment into an answer, and an answer back into a comment', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, 'Answering later today.');
    await deliver(h, event);
    expect(answersOf(MEMBER)).toEqual([]);
    await deliver(h, editEvent(h, message, STRONG_UNLABELLED));
    expect(answersOf(MEMBER)).toHaveLength(1);
    expect(ephemeralsTo(MEMBER)).toHaveLength(1);
    await deliver(h, editEvent(h, message, 'Never mind, deleting this.'));
    expect(answersOf(MEMBER)).toEqual([]);
    expect(count('SELECT COUNT(*) AS n FROM feedback')).toBe(0);
    expect(ephemeralsTo(MEMBER).at(-1)?.args.text).toMatch(/counts as a comment/);
    expect(h.workspace.findMessage(TEAM_CHANNEL, message.ts)?.reactions.has('memo')).toBe(false);
  });

  it('a deletion removes the answer, its feedback, follow-up and votes', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED);
    await deliver(h, event);
    const [answer] = answersOf(MEMBER);
    new VoteStore(h.db).cast({ answerId: answer?.id as number, voterId: ADMIN, promptId: answer?.prompt_id as number, cap: 3, at: new Date() });
    await deliver(h, deleteEvent(h, message));
    for (const table of ['answers', 'feedback', 'votes', 'followups']) expect(count(`SELECT COUNT(*) AS n FROM ${table}`)).toBe(0);
  });
});

describe('follow-ups', () => {
  it("links the author's reply to the follow-up to the story and says privately whether it closed the gap", async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, NUMBERS_NOT_METRICS + ' I also wrote the rollback plan and trained two new people on it.').event);
    const [story] = answersOf(MEMBER);
    const reply =
      'Before the upgrade p95 latency was 900ms and we had 30 billing tickets a week; after it p95 went to 300ms (-66%) and ' +
      'tickets fell to 5 a week, which saved support about 10 hours a week.';
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, reply).event);
    const rows = answersOf(MEMBER);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.parent_answer_id).toBe(story?.id);
    const note = ephemeralsTo(MEMBER).at(-1);
    expect(note?.args.text).toMatch(/^(That closes the gap|Not closed yet) \(\w+ \d -> \d\)\.$/);
    // The next long reply is a new story again.
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CRISP_SPECIFIC).event);
    expect(answersOf(MEMBER)[2]?.parent_answer_id).toBeNull();
  });

  it('private follow-ups go to the author only; off sends none', async () => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'followups', value: 'private' });
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED).event);
    expect(threadPosts()).toHaveLength(0);
    expect(ephemeralsTo(MEMBER).map((c) => c.args.text)).toEqual([expect.any(String), expect.stringMatching(/a follow-up a bar raiser would ask/)]);
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'followups', value: 'off' });
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, OWNER, STRONG_UNLABELLED).event);
    expect(ephemeralsTo(OWNER)).toHaveLength(1);
    expect(count('SELECT COUNT(*) AS n FROM followups')).toBe(1);
  });

  it('feedback mode thread posts the feedback as a visible reply', async () => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'feedback', value: 'thread' });
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STRONG_UNLABELLED).event);
    const posts = threadPosts();
    expect(posts).toHaveLength(2);
    expect(blocksText(posts[0] ?? { args: {} })).toContain(`Feedback on <@${MEMBER}>'s story`);
    expect(ephemeralsTo(MEMBER)).toHaveLength(0);
  });
});

describe('/lp feedback', () => {
  it('says how to get feedback when there is none yet', async () => {
    const result = await h.runLp('feedback', { user: OWNER });
    expect(result.text).toMatch(/^No feedback yet\. Reply to a daily prompt in its thread with a STAR-L story of 40\+ words/);
  });
});
