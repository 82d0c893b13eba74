import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { CRISP_SPECIFIC, NUMBERS_NOT_METRICS } from '../unit/rubric/answers.js';
import { deliver, reactionEvent, userReply } from './thread-events.js';
import { interactions } from './interactions.js';

/**
 * Issue 11 part 2: after a public follow-up, the author's next reply is the follow-up's answer only when it reads like
 * one; a complete new story is a story, and an unsure one can be re-filed with "This is a new story".
 */
let h: Harness;
let promptTs: string;

const STORY = `${NUMBERS_NOT_METRICS} I also wrote the rollback plan and trained two new people on it.`;
// Numbers for the follow-up, long enough to be a story (40+ words) but with no situation and action of its own.
const LONG_FOLLOW_UP =
  'Before the upgrade p95 latency was 900ms and we had 30 billing tickets a week; after it p95 went to 300ms (-66%) and ' +
  'tickets fell to 5 a week, which saved support about 10 hours a week. Finance confirmed those numbers in the quarterly review.';

type Row = { id: number; parent_answer_id: number | null; text: string };
const answersOf = (user: string) => h.db.prepare('SELECT id, parent_answer_id, text FROM answers WHERE user_id = ? ORDER BY id').all(user) as Row[];
const ephemeralsTo = (user: string) => h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && c.response.ok === true);
const latestScore = (answerId: number) =>
  (h.db.prepare('SELECT score FROM feedback WHERE answer_id = ? ORDER BY id DESC LIMIT 1').get(answerId) as { score: number } | undefined)?.score;
const followUpQuestions = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === promptTs && String(c.args.text).includes('a follow-up a bar raiser would ask'));

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error(`prompt not posted: ${JSON.stringify(outcome)}`);
  promptTs = outcome.ts;
  await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY).event);
  expect(followUpQuestions()).toHaveLength(1);
});

afterEach(async () => {
  await h.close();
});

describe('a reply after a public follow-up', () => {
  it('is a new story when it is a complete story with its own situation and action', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CRISP_SPECIFIC).event);
    const [story, second] = answersOf(MEMBER);
    expect(second?.parent_answer_id).toBeNull();
    // Scored and coached like any story: its own feedback and its own follow-up question.
    expect(latestScore(second?.id ?? 0)).toBeGreaterThan(0);
    expect(followUpQuestions()).toHaveLength(2);
    // The first story's follow-up was not answered by it, so it stays open.
    expect(h.db.prepare('SELECT reply_answer_id FROM followups WHERE answer_id = ?').get(story?.id)).toEqual({ reply_answer_id: null });
  });

  it('stays a follow-up reply when unsure, with a private "This is a new story" button that re-files it', async () => {
    const reply = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, LONG_FOLLOW_UP);
    await deliver(h, reply.event);
    const [story, second] = answersOf(MEMBER);
    expect(second?.parent_answer_id).toBe(story?.id);
    const note = ephemeralsTo(MEMBER).at(-1);
    expect(note?.args.text).toMatch(/^(That closes the gap|Not closed yet)/);
    const blocks = JSON.parse(String(note?.args.blocks)) as { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button).toMatchObject({ action_id: 'lp_refile_story', value: String(second?.id), text: { text: 'This is a new story' } });

    // A vote on a follow-up reply does not count...
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, reply.message));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });
    await deliver(h, reactionEvent(h, 'reaction_removed', ADMIN, reply.message));

    // Someone else cannot re-file it.
    const ui = interactions(h);
    await ui.clickInEphemeral(ADMIN, TEAM_CHANNEL, 'lp_refile_story', String(second?.id));
    expect(answersOf(MEMBER)[1]?.parent_answer_id).toBe(story?.id);

    const responseId = await ui.clickInEphemeral(MEMBER, TEAM_CHANNEL, 'lp_refile_story', String(second?.id));
    expect(h.api.responses.find((r) => r.id === responseId)?.text).toMatch(/^Filed as a new story/);
    expect(answersOf(MEMBER)[1]?.parent_answer_id).toBeNull();
    // Scored on its own (the reply alone, not the story with the reply), with feedback, a :memo: and a follow-up.
    const feedbackRows = h.db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE answer_id = ?').get(second?.id) as { n: number };
    expect(feedbackRows.n).toBe(2);
    expect(h.api.callsTo('reactions.add').filter((c) => c.args.timestamp === reply.message.ts)).toHaveLength(1);
    expect(followUpQuestions()).toHaveLength(2);
    // The first story's follow-up is open again.
    expect(h.db.prepare('SELECT reply_answer_id FROM followups WHERE answer_id = ?').get(story?.id)).toEqual({ reply_answer_id: null });
    // Voteable and counted for the team now.
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, reply.message));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM votes WHERE answer_id = ?').get(second?.id)).toEqual({ n: 1 });
    const me = await h.runLp('me', { user: MEMBER });
    expect(me.text).toContain('Stories: 2');
    // A second click changes nothing.
    const again = await ui.clickInEphemeral(MEMBER, TEAM_CHANNEL, 'lp_refile_story', String(second?.id));
    expect(h.api.responses.find((r) => r.id === again)?.text).toMatch(/already a story/);
    expect((h.db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE answer_id = ?').get(second?.id) as { n: number }).n).toBe(2);
  });

  it('/lp feedback and /lp stories show the same current score for the story after a follow-up reply', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, LONG_FOLLOW_UP).event);
    const [story, reply] = answersOf(MEMBER);
    expect(reply?.parent_answer_id).toBe(story?.id);
    const storyScore = latestScore(story?.id ?? 0);
    // The follow-up's own row judges the story with the reply (for the note), and differs here.
    expect(latestScore(reply?.id ?? 0)).not.toBe(storyScore);
    const feedback = await h.runLp('feedback', { user: MEMBER });
    const stories = await h.runLp('stories', { user: MEMBER });
    const shownInFeedback = /\*(\d+)\*\/100/.exec(JSON.stringify(feedback.acked ?? feedback.responses))?.[1];
    const shownInStories = /(\d+)\/100/.exec(JSON.stringify(stories.acked ?? stories.responses))?.[1];
    expect(Number(shownInFeedback)).toBe(storyScore);
    expect(Number(shownInStories)).toBe(storyScore);
  });
});
