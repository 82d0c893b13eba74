import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBlockKitProblems } from '../../src/local-slack/index.js';
import { ADMIN, MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { SHORT_STORY, STRONG_STORY, WEAK_STORY } from './story-fixtures.js';
import { openFeedback } from '../../src/store/people.js';

let h: Harness;
let ui: Interactions;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  ui = interactions(h);
});
afterEach(async () => {
  await h.close();
});

type Json = Record<string, any>;
const blocksOf = (view: Json): Json[] => view.blocks as Json[];
const textOf = (view: Json): string => JSON.stringify(view.blocks);
const answers = () => h.db.prepare('SELECT * FROM answers ORDER BY id').all() as Json[];
// As the app reads them: the JSON opened with its author's key.
const feedbackRows = (answerId: number) =>
  h.db.prepare(`SELECT f.*, ${openFeedback('f')} AS feedback_json FROM feedback f WHERE f.answer_id = ? ORDER BY f.id`).all(answerId) as Json[];

async function openPractice(args = 'dive deep', user = MEMBER): Promise<string> {
  const result = await h.runLp(`practice ${args}`, { user });
  expect(result.responses).toEqual([]);
  return ui.topModal(user).id;
}

function expectValidModal(view: unknown): void {
  expect(findBlockKitProblems('modal', view)).toEqual([]);
}

describe('/lp practice opens the answer modal', () => {
  it('names the principle and a question, gives the STAR-L hint and one box of at most 3000 characters', async () => {
    const result = await h.runLp('practice DIVE-deep', { user: MEMBER });
    expect(result.ackCount).toBe(1);
    const [open] = h.api.callsTo('views.open');
    expect(open?.response).toMatchObject({ ok: true });
    const view = JSON.parse(open?.args.view as string) as Json;
    expectValidModal(view);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.private_metadata.length).toBeLessThan(3000);
    expect(textOf(view)).toContain('*Dive Deep*');
    expect(textOf(view)).toContain('STAR-L');
    const input = blocksOf(view).find((b) => b.type === 'input');
    expect(input?.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000 });
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('without a name, asks about a principle the person has not covered', async () => {
    await openPractice('');
    const view = ui.view(ui.topModal(MEMBER).id) as Json;
    const metadata = JSON.parse(view.private_metadata as string) as Json;
    expect(typeof metadata.p).toBe('string');
    expect(metadata.a).toBeNull();
  });

  it('an unknown principle gets the list of valid ones and no modal', async () => {
    const result = await h.runLp('practice telepathy', { user: MEMBER });
    expect(result.text).toContain("I don't know the principle `telepathy`");
    expect(result.text).toContain('Dive Deep');
    expect(result.text).not.toContain('`dive-deep`');
    expect(h.api.callsTo('views.open')).toEqual([]);
  });

  it('an expired trigger gets a private note instead of silence', async () => {
    h.api.failNext('views.open', 'expired_trigger_id');
    const result = await h.runLp('practice ownership', { user: MEMBER });
    expect(result.text).toContain('run `/lp practice` again');
  });
});

describe('submitting an answer', () => {
  it('an empty answer and a too-short one get field errors and store nothing', async () => {
    const viewId = await openPractice();
    expect(await ui.submit(MEMBER, viewId, { lp_answer: '' })).toEqual({
      response_action: 'errors',
      errors: { lp_answer: 'Write your story here first.' },
    });
    const short = (await ui.submit(MEMBER, viewId, { lp_answer: SHORT_STORY })) as Json;
    expect(short.response_action).toBe('errors');
    expect(short.errors.lp_answer).toMatch(/^That is 8 words\./);
    expect(answers()).toEqual([]);
  });

  it('a story is stored privately with its feedback, and the modal updates in place to the feedback', async () => {
    const viewId = await openPractice();
    const acked = (await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY })) as Json;
    expect(acked.response_action).toBe('update');
    expectValidModal(acked.view);
    const [answer] = answers();
    expect(answer).toMatchObject({ user_id: MEMBER, kind: 'practice', principle_id: 'dive-deep', channel_id: null, prompt_id: null, text: STRONG_STORY });
    const [row] = feedbackRows(answer?.id);
    expect(row).toBeDefined();
    const header = blocksOf(acked.view).find((b) => b.type === 'header');
    expect(header?.text.text).toBe(`${row?.level} · ${row?.score}/100`);
    const text = textOf(acked.view);
    for (const label of ['Structure (STAR-L)', 'Measured result', 'Tips', 'Follow-ups a bar raiser may ask']) expect(text).toContain(label);
    const buttons = blocksOf(acked.view).find((b) => b.type === 'actions')?.elements.map((e: Json) => e.text.text);
    expect(buttons).toEqual(['Try again', 'Another question', 'Answer a follow-up', 'Share to channel']);
    // The next steps come before the long feedback: the nine criteria, the tips and the follow-ups.
    const order = blocksOf(acked.view).map((b) => b.block_id);
    expect(order.indexOf('lp_next')).toBeGreaterThan(0);
    for (const later of ['lp_criterion_structure', 'lp_tips', 'lp_followups']) expect(order.indexOf('lp_next')).toBeLessThan(order.indexOf(later));
    const share = blocksOf(acked.view).find((b) => b.type === 'actions')?.elements[3];
    expect(share.confirm.confirm.text).toBe('Share');
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
    // The App Home follows: it is published again with the new score.
    const home = h.api.callsTo('views.publish').at(-1);
    expect(home?.args.user_id).toBe(MEMBER);
    expect(home?.args.view as string).toContain(`Dive Deep · ${row?.score}/100`);
  });

  it('five STAR boxes are joined into one labelled story', async () => {
    const viewId = await openPractice();
    await ui.clickInView(MEMBER, viewId, 'lp_practice_toggle_star', 'star', { lp_answer: 'Situation: a half-typed start' });
    const star = ui.view(viewId) as Json;
    expectValidModal(star);
    const inputs = blocksOf(star).filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.label.text)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Learning']);
    expect(inputs[0]?.element.initial_value).toBe('a half-typed start');
    const parts = STRONG_STORY.split('\n');
    const acked = (await ui.submit(MEMBER, viewId, {
      lp_star_situation: parts[0]!.replace('Situation: ', ''),
      lp_star_task: parts[1]!.replace('Task: ', ''),
      lp_star_action: parts.slice(2, 6).join(' ').replace('Action: ', ''),
      lp_star_result: parts.slice(6, 8).join(' ').replace('Result: ', ''),
      lp_star_learning: parts[8]!.replace('Learning: ', ''),
    })) as Json;
    expect(acked.response_action).toBe('update');
    expect(answers()[0]?.text).toMatch(/^Situation: In March[^\n]*\nTask: As the on-call lead[^\n]*\nAction: I dug into the logs/);
  });

  it('STAR boxes left empty get the error on the Action box', async () => {
    const viewId = await openPractice();
    await ui.clickInView(MEMBER, viewId, 'lp_practice_toggle_star', 'star');
    expect(await ui.submit(MEMBER, viewId, {})).toEqual({ response_action: 'errors', errors: { lp_star_action: 'Write your story here first.' } });
  });
});

describe('the feedback buttons', () => {
  async function practised(story = WEAK_STORY): Promise<{ viewId: string; answerId: number }> {
    const viewId = await openPractice();
    await ui.submit(MEMBER, viewId, { lp_answer: story });
    return { viewId, answerId: answers()[0]?.id as number };
  }

  it('Try again pre-fills the same question and shows the change per criterion; it stays one story', async () => {
    const { viewId, answerId } = await practised();
    const before = ui.view(viewId) as Json;
    await ui.clickInView(MEMBER, viewId, 'lp_practice_retry', String(answerId));
    const retry = ui.view(viewId) as Json;
    expectValidModal(retry);
    expect(retry.title.text).toBe('Try again');
    expect(blocksOf(retry).find((b) => b.type === 'input')?.element.initial_value).toBe(WEAK_STORY);
    expect(JSON.parse(retry.private_metadata as string)).toMatchObject({ a: answerId, p: 'dive-deep' });
    expect(textOf(retry)).toContain(JSON.stringify(before.blocks[1].elements[0].text).split(': ')[1]!.slice(0, 40));

    const acked = (await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY })) as Json;
    expectValidModal(acked.view);
    expect(answers()).toHaveLength(1);
    expect(answers()[0]?.text).toBe(STRONG_STORY);
    const rows = feedbackRows(answerId);
    expect(rows).toHaveLength(2);
    const text = textOf(acked.view);
    expect(text).toContain(`*Change since last time:* ${rows[0]?.score} → ${rows[1]?.score} (+${rows[1]!.score - rows[0]!.score})`);
    expect(text).toMatch(/\(was \d ▲\)/);
  });

  it('Another question keeps the principle and asks something else', async () => {
    const { viewId, answerId } = await practised();
    const firstQuestion = JSON.parse((ui.view(viewId) as Json).private_metadata as string);
    const before = answers()[0]?.question_id;
    await ui.clickInView(MEMBER, viewId, 'lp_practice_another', String(answerId));
    const next = ui.view(viewId) as Json;
    expectValidModal(next);
    const metadata = JSON.parse(next.private_metadata as string) as Json;
    expect(firstQuestion.step).toBe('feedback');
    expect(metadata).toMatchObject({ step: 'answer', p: 'dive-deep', a: null });
    expect(metadata.q).not.toBe(before);
    expect(blocksOf(next).find((b) => b.type === 'input')?.element.initial_value).toBeUndefined();
  });

  it('Answer a follow-up pushes a modal with the question; the answer is scored as part of the story', async () => {
    const { viewId, answerId } = await practised(STRONG_STORY);
    const followUps = JSON.parse(feedbackRows(answerId)[0]?.feedback_json).followUps as string[];
    await ui.clickInView(MEMBER, viewId, 'lp_practice_followup', String(answerId));
    const [push] = h.api.callsTo('views.push');
    expect(push?.response).toMatchObject({ ok: true });
    const pushed = ui.topModal(MEMBER);
    expect(pushed.id).not.toBe(viewId);
    const view = ui.view(pushed.id) as Json;
    expectValidModal(view);
    expect(textOf(view)).toContain(followUps[0]!.slice(0, 30));
    expect(await ui.submit(MEMBER, pushed.id, { lp_followup: 'no' })).toMatchObject({ response_action: 'errors' });
    const acked = (await ui.submit(MEMBER, pushed.id, {
      lp_followup: 'I looked at the pool metrics first; the open connections climbed 5% an hour and never fell back after deploys.',
    })) as Json;
    expect(acked.response_action).toBe('update');
    expectValidModal(acked.view);
    const rows = answers();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ parent_answer_id: answerId, user_id: MEMBER, kind: 'practice' });
    expect(feedbackRows(answerId)).toHaveLength(2);
    expect(textOf(acked.view)).toContain('Change since last time');
  });

  it("someone else's story id opens nothing of theirs", async () => {
    const { viewId, answerId } = await practised();
    await ui.clickInView(ADMIN, viewId, 'lp_practice_retry', String(answerId));
    expect(textOf(ui.view(viewId) as Json)).toContain('no longer stored');
    expect(textOf(ui.view(viewId) as Json)).not.toContain(WEAK_STORY.slice(0, 20));
  });
});

describe('Share to channel and Answer privately', () => {
  async function postPrompt(): Promise<{ ts: string; questionId: string; promptId: number }> {
    await h.runLp('setup 09:30 UTC mon-fri');
    await h.runLp('post dive deep');
    const prompt = h.db.prepare(`SELECT id, message_ts, question_id FROM prompts WHERE status = 'posted'`).get() as Json;
    return { ts: prompt.message_ts, questionId: prompt.question_id, promptId: prompt.id };
  }

  it('posts the story in the prompt thread as the bot, naming the author, text escaped; it becomes their thread answer', async () => {
    const prompt = await postPrompt();
    const viewId = await openPractice();
    const story = `${STRONG_STORY}\n<!channel> thanks <@U0ADMIN01> & team`;
    await ui.submit(MEMBER, viewId, { lp_answer: story });
    const answerId = answers()[0]?.id as number;
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
    const post = h.api.callsTo('chat.postMessage').at(-1);
    expect(post?.args).toMatchObject({ channel: TEAM_CHANNEL, thread_ts: prompt.ts });
    const text = post?.args.text as string;
    expect(text).toContain(`<@${MEMBER}> shared a practice story for *Dive Deep*`);
    expect(text).toContain('&lt;!channel&gt; thanks &lt;@U0ADMIN01&gt; &amp; team');
    expect(text).not.toContain('<!channel>');
    const ts = (post?.response as Json).ts;
    expect(answers()[0]).toMatchObject({ kind: 'thread', user_id: MEMBER, prompt_id: prompt.promptId, channel_id: TEAM_CHANNEL, message_ts: ts, thread_ts: prompt.ts });
    const view = ui.view(viewId) as Json;
    expect(textOf(view)).toContain("Shared in the prompt's thread");
    expect(blocksOf(view).find((b) => b.type === 'actions')?.elements.map((e: Json) => e.action_id)).not.toContain('lp_practice_share');
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
    expect(h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === prompt.ts)).toHaveLength(1);

    // A teammate's vote on the bot's post counts for the author (the vote feature reads answers.user_id).
    await h.lp.app.processEvent({
      body: {
        type: 'event_callback',
        team_id: h.workspace.team.id,
        api_app_id: h.workspace.bot.appId,
        event_id: 'Ev0SHAREDVOTE',
        event_time: 1764500000,
        event: { type: 'reaction_added', user: ADMIN, reaction: 'star', item_user: h.workspace.bot.userId, item: { type: 'message', channel: TEAM_CHANNEL, ts }, event_ts: '1764500001.000100' },
      },
      ack: async () => {},
    });
    expect(h.db.prepare('SELECT v.answer_id, p.user_id AS voter_id FROM votes v JOIN people p ON p.id = v.voter_person_id').all()).toEqual([{ answer_id: answerId, voter_id: ADMIN }]);

    // Try again on the shared story: the post in the thread follows the new wording, like an edit by its author.
    await ui.clickInView(MEMBER, viewId, 'lp_practice_retry', String(answerId));
    await ui.submit(MEMBER, viewId, { lp_answer: `${STRONG_STORY}\nReworded <!here>.` });
    const update = h.api.callsTo('chat.update').at(-1);
    expect(update?.args).toMatchObject({ channel: TEAM_CHANNEL, ts });
    expect(update?.args.text).toContain('Reworded &lt;!here&gt;.');
    expect(h.workspace.findMessage(TEAM_CHANNEL, ts)?.text).toContain('Reworded &lt;!here&gt;.');
    expect(answers()[0]).toMatchObject({ kind: 'thread', message_ts: ts, text: `${STRONG_STORY}\nReworded <!here>.` });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 1 });
  });

  it('a double click posts once; a post Slack refuses leaves the story private, to share again later', async () => {
    const prompt = await postPrompt();
    const viewId = await openPractice();
    await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
    const answerId = String(answers()[0]?.id);
    const sharedPosts = () => h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === prompt.ts);

    h.api.failNext('chat.postMessage', 'not_in_channel');
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', answerId);
    expect(textOf(ui.view(viewId) as Json)).toContain("I'm not in <#C0TEAM001> any more");
    expect(answers()[0]).toMatchObject({ kind: 'practice', channel_id: null, prompt_id: null, message_ts: null });

    await Promise.all([ui.clickInView(MEMBER, viewId, 'lp_practice_share', answerId), ui.clickInView(MEMBER, viewId, 'lp_practice_share', answerId)]);
    expect(sharedPosts().filter((c) => c.response.ok === true)).toHaveLength(1);
    expect(answers()[0]).toMatchObject({ kind: 'thread', message_ts: (sharedPosts().at(-1)?.response as Json).ts });
  });

  it('a post Slack never confirms (HTTP error) keeps the story shared: no second post, Try again and votes cope without a ts', async () => {
    const prompt = await postPrompt();
    const viewId = await openPractice();
    await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
    const answerId = answers()[0]?.id as number;
    const threadPosts = () => (h.workspace.messages.get(TEAM_CHANNEL) ?? []).filter((m) => m.thread_ts === prompt.ts);

    // Slack posted, but its answer was lost: web-api throws an HTTP error, not an ok:false refusal.
    h.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
    expect(threadPosts()).toHaveLength(1);
    const view = ui.view(viewId) as Json;
    expectValidModal(view);
    expect(textOf(view)).toContain("Slack didn't confirm the post in time, so your story may already be in the prompt's thread in <#C0TEAM001>");
    expect(textOf(view)).toContain('votes on it there are not counted');
    expect(textOf(view)).not.toContain('Try sharing again');
    expect(blocksOf(view).find((b) => b.type === 'actions')?.elements.map((e: Json) => e.action_id)).not.toContain('lp_practice_share');
    expect(answers()[0]).toMatchObject({ kind: 'thread', prompt_id: prompt.promptId, channel_id: TEAM_CHANNEL, thread_ts: prompt.ts, message_ts: null });

    // A stale Share button (another open modal) posts nothing more.
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answerId));
    expect(textOf(ui.view(viewId) as Json)).toContain('This story is already in the channel.');
    expect(h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === prompt.ts)).toHaveLength(1);
    expect(threadPosts()).toHaveLength(1);

    // A vote on the post that may be there matches no stored story, and nothing breaks.
    const postTs = threadPosts()[0]?.ts as string;
    await h.lp.app.processEvent({
      body: {
        type: 'event_callback',
        team_id: h.workspace.team.id,
        api_app_id: h.workspace.bot.appId,
        event_id: 'Ev0UNCONFIRMEDVOTE',
        event_time: 1764500000,
        event: { type: 'reaction_added', user: ADMIN, reaction: 'star', item_user: h.workspace.bot.userId, item: { type: 'message', channel: TEAM_CHANNEL, ts: postTs }, event_ts: '1764500001.000100' },
      },
      ack: async () => {},
    });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });

    // Try again rewords the stored story; with no ts to edit, the bot's post is left alone.
    await ui.clickInView(MEMBER, viewId, 'lp_practice_retry', String(answerId));
    await ui.submit(MEMBER, viewId, { lp_answer: `${STRONG_STORY}\nReworded.` });
    expect(h.api.callsTo('chat.update')).toEqual([]);
    expect(answers()[0]).toMatchObject({ kind: 'thread', message_ts: null, text: `${STRONG_STORY}\nReworded.` });
    expect(textOf(ui.view(viewId) as Json)).toContain('votes on it there are not counted');
  });

  it('with no prompt posted yet, says so and keeps the story private', async () => {
    const viewId = await openPractice();
    await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answers()[0]?.id));
    expect(textOf(ui.view(viewId) as Json)).toContain('no daily prompt to share into yet');
    expect(answers()[0]?.kind).toBe('practice');
  });

  it("the prompt's Answer privately button opens the modal for that prompt's question", async () => {
    const prompt = await postPrompt();
    const message = h.workspace.findMessage(TEAM_CHANNEL, prompt.ts) as Json;
    const button = (message.blocks as Json[]).flatMap((b) => b.elements ?? []).find((e: Json) => e.action_id === 'lp_answer_privately');
    expect(button?.text.text).toBe('Answer privately');
    await ui.clickInMessage(MEMBER, TEAM_CHANNEL, prompt.ts, 'lp_answer_privately', button.value);
    const viewId = ui.topModal(MEMBER).id;
    const view = ui.view(viewId) as Json;
    expectValidModal(view);
    expect(JSON.parse(view.private_metadata as string)).toMatchObject({ q: prompt.questionId, r: prompt.promptId });
    await ui.submit(MEMBER, viewId, { lp_answer: STRONG_STORY });
    expect(answers()[0]).toMatchObject({ kind: 'practice', prompt_id: null, channel_id: null });
    expect(h.db.prepare('SELECT prompt_id FROM practice_rounds').all()).toEqual([{ prompt_id: prompt.promptId }]);
    // Shared from here, it goes to the same prompt's thread.
    await ui.clickInView(MEMBER, viewId, 'lp_practice_share', String(answers()[0]?.id));
    expect(h.api.callsTo('chat.postMessage').at(-1)?.args.thread_ts).toBe(prompt.ts);
  });
});
