import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { PrincipleId } from '../../src/core/principles.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findBlockKitProblems } from '../../src/local-slack/index.js';
import { AnswerStore } from '../../src/store/answers.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { StoryStore } from '../../src/store/stories.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { STRONG_STORY, WEAK_STORY } from './story-fixtures.js';
import { VoteStore } from '../../src/store/votes.js';

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
const content = loadContent();
let threadTs = 0;

/** A thread answer with feedback, as the thread feature stores one. */
function threadAnswer(user: string, principleId: PrincipleId, text: string, at = '2026-11-27T09:00:00Z'): number {
  threadTs += 1;
  const id = new AnswerStore(h.db).insert({
    userId: user,
    principleId,
    text,
    kind: 'thread',
    channelId: TEAM_CHANNEL,
    messageTs: `1764500000.${String(threadTs).padStart(6, '0')}`,
    threadTs: '1764400000.000100',
    at: new Date(at),
  });
  new FeedbackStore(h.db).insert(id, scoreAnswer(text, { principle: principleId, content }), new Date(at));
  return id;
}

async function practise(user: string, principle: string, story: string): Promise<number> {
  await h.runLp(`practice ${principle}`, { user });
  await ui.submit(user, ui.topModal(user).id, { lp_answer: story });
  return (h.db.prepare('SELECT MAX(id) AS id FROM answers').get() as { id: number }).id;
}

const dmsTo = (user: string) =>
  h.api.callsTo('chat.postMessage').filter((c) => typeof c.args.channel === 'string' && (c.args.channel as string).startsWith('D') && c.response.ok === true && h.workspace.channels.get(c.args.channel as string)?.user === user);

describe('/lp help', () => {
  it('lists the private-side commands', async () => {
    const help = await h.runLp('help', { user: MEMBER });
    for (const line of ['`/lp practice [principle]`', '`/lp coverage [@user]`', '`/lp stories [principle]`', '`/lp export`', '`/lp forget-me`']) {
      expect(help.text).toContain(line);
    }
  });
});

describe('/lp coverage', () => {
  it('counts thread and practice stories that reach the bar, two per principle, and names the next three', async () => {
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY);
    await practise(MEMBER, 'dive deep', STRONG_STORY.replace('March', 'April'));
    threadAnswer(MEMBER, 'ownership', WEAK_STORY);
    const result = await h.runLp('coverage', { user: MEMBER });
    const blocks = result.reply?.blocks as Json[];
    expect(findBlockKitProblems('message', { blocks })).toEqual([]);
    const fields = blocks.flatMap((b) => (b.fields ?? []).map((f: Json) => f.text as string));
    expect(fields).toHaveLength(16);
    expect(fields.find((f) => f.startsWith('*Dive Deep*'))).toMatch(/^\*Dive Deep\*\n●● 2\/2 · best \d+/);
    expect(fields.find((f) => f.startsWith('*Ownership*'))).toMatch(/^\*Ownership\*\n○○ 0\/2 · best \d+/);
    expect(fields.find((f) => f.startsWith('*Think Big*'))).toBe('*Think Big*\n○○ 0/2 · no score yet');
    expect(result.text).toBe('Your coverage: 1 of 16 principles have 2 stories at the bar.');
    const next = blocks.find((b) => b.block_id === 'lp_coverage_next')?.text.text as string;
    expect(next.split('\n')).toHaveLength(4);
    expect(next).not.toContain('Dive Deep');
  });

  it("shows a teammate's coverage unless they opted out", async () => {
    threadAnswer(OWNER, 'dive-deep', STRONG_STORY);
    const shown = await h.runLp(`coverage <@${OWNER}|olu>`, { user: MEMBER });
    expect(shown.text).toBe(`Coverage of <@${OWNER}>: 0 of 16 principles have 2 stories at the bar.`);
    new UserSettingsStore(h.db).update(OWNER, { leaderboardOptout: true }, h.clock.now);
    const hidden = await h.runLp(`coverage <@${OWNER}>`, { user: MEMBER });
    expect(hidden.text).toBe(`<@${OWNER}> keeps their coverage private.`);
    expect(hidden.text).not.toContain('Dive Deep');
    expect((await h.runLp('coverage', { user: OWNER })).text).toContain('Your coverage');
    expect((await h.runLp('coverage bob', { user: MEMBER })).text).toContain('/lp coverage @name');
  });
});

describe('team coverage for the daily prompt', () => {
  it('counts people with a thread story at the bar; private practice counts once shared', async () => {
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY);
    threadAnswer(ADMIN, 'dive-deep', STRONG_STORY);
    threadAnswer(OWNER, 'ownership', WEAK_STORY);
    // The story is about a payment failure traced through logs: it fits Dive Deep (asked as Frugality it would not count).
    const practised = await practise(OWNER, 'dive-deep', STRONG_STORY);
    const stories = new StoryStore(h.db);
    expect(Object.fromEntries(stories.teamCoverage(TEAM_CHANNEL))).toEqual({ 'dive-deep': 2 });
    await h.runLp('setup 09:30 UTC mon-fri');
    await h.runLp('post dive deep');
    await ui.clickInView(OWNER, ui.topModal(OWNER).id, 'lp_practice_share', String(practised));
    expect(Object.fromEntries(stories.teamCoverage(TEAM_CHANNEL))).toEqual({ 'dive-deep': 3 });
  });

  it('does not count a story for a principle it does not show, and says why on the card', async () => {
    threadAnswer(MEMBER, 'frugality', STRONG_STORY);
    const stories = new StoryStore(h.db);
    expect(Object.fromEntries(stories.teamCoverage(TEAM_CHANNEL))).toEqual({});
    const card = await h.runLp('feedback', { user: MEMBER });
    expect(JSON.stringify(card.reply)).toMatch(/Below the bar until this is fixed:.*does not show Frugality/);
  });
});

describe('/lp stories', () => {
  it('lists stories newest first with title, principle, score, votes and date, ten a page', async () => {
    for (let i = 0; i < 12; i += 1) {
      threadAnswer(MEMBER, i % 2 === 0 ? 'dive-deep' : 'ownership', `Story number ${i}. ${STRONG_STORY}`, `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`);
    }
    const newest = (h.db.prepare('SELECT MAX(id) AS id FROM answers').get() as { id: number }).id;
    new VoteStore(h.db).cast({ answerId: newest, voterId: ADMIN, promptId: null, cap: 3, at: new Date('2026-11-28T00:00:00Z') });
    const first = await h.runLp('stories', { user: MEMBER });
    const blocks = first.reply?.blocks as Json[];
    expect(findBlockKitProblems('message', { blocks })).toEqual([]);
    expect(first.text).toBe('Your stories: 1-10 of 12, newest first.');
    const stories = blocks.filter((b) => String(b.block_id).startsWith('lp_story_'));
    expect(stories).toHaveLength(10);
    expect(stories[0]?.text.text).toMatch(/^1\. \*Story number 11\*\nOwnership · \d+\/100 [A-Za-z ]+ · 1 vote · 21 Nov 2026 · thread$/);
    const older = blocks.find((b) => b.type === 'actions')?.elements[0];
    expect(older.text.text).toBe('Older');
    const responseId = await ui.clickInEphemeral(MEMBER, TEAM_CHANNEL, older.action_id, older.value);
    const page2 = h.api.responses.find((r) => r.id === responseId);
    expect(page2).toMatchObject({ replace_original: true, text: 'Your stories: 11-12 of 12, newest first.' });
    expect((page2?.blocks as Json[]).find((b) => b.type === 'actions')?.elements.map((e: Json) => e.text.text)).toEqual(['Newer']);

    const filtered = await h.runLp('stories DIVE deep', { user: MEMBER });
    expect(filtered.text).toBe('Your *Dive Deep* stories: 1-6 of 6, newest first.');
    expect((await h.runLp('stories nope', { user: MEMBER })).text).toContain("I don't know the principle `nope`");
    expect((await h.runLp('stories', { user: OWNER })).text).toContain('none yet');
  });
});

/** The file LP Coach shared into the person's DM: the completeUploadExternal call, the message and the bytes. */
function sharedFiles(user: string) {
  return h.api.callsTo('files.completeUploadExternal').flatMap((call) => {
    const channel = h.workspace.channels.get(call.args.channel_id as string);
    if (call.response.ok !== true || channel?.user !== user) return [];
    const fileId = (call.response.files as { id: string }[])[0]?.id ?? '';
    const message = h.workspace.messages.get(channel.id)?.find((m) => m.files?.includes(fileId));
    const file = h.workspace.files.get(fileId);
    return file === undefined ? [] : [{ call, message, file, text: file.content?.toString('utf8') ?? '' }];
  });
}

describe('/lp export', () => {
  it('sends the Markdown cheat sheet as one file in the DM: best two stories per principle in STAR-L, follow-ups, uncovered at the end', async () => {
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY);
    await practise(MEMBER, 'dive deep', STRONG_STORY.replace('In March', 'In March <!channel> & <@U0ADMIN01>'));
    const result = await h.runLp('export', { user: MEMBER });
    expect(result.text).toBe('Sent your cheat sheet to our direct messages as `lp-coach-stories-2026-11-30.md`.');
    expect(h.api.callsTo('conversations.open')[0]?.args.users).toBe(MEMBER);
    // One file with a short message, not a wall of code blocks.
    expect(dmsTo(MEMBER)).toEqual([]);
    const methods = h.api.calls.map((c) => c.method).filter((m) => m.startsWith('files.') || m === 'upload');
    expect(methods).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const [shared, ...more] = sharedFiles(MEMBER);
    expect(more).toEqual([]);
    expect(shared?.call.args.initial_comment).toMatch(/cheat sheet/);
    expect(shared?.file).toMatchObject({ name: 'lp-coach-stories-2026-11-30.md', mimetype: 'text/markdown', completed: true });
    const text = shared?.text ?? '';
    expect(text).toContain('# LP Coach cheat sheet (2026-11-30)');
    expect(text).toContain('## Dive Deep');
    expect(text).toMatch(/### 1\. .* \(\d+\/100, (Meets|Raises) the bar\)/);
    expect(text).toContain('- **Situation:** In March our checkout service');
    expect(text).toContain('Follow-ups to prepare for:');
    expect(text).toContain('## Still uncovered');
    expect(text).toContain('- Think Big');
    // A file is not mrkdwn: the story reads as typed, with no &amp; codes (and a file pings nobody).
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('&lt;');
  });

  it("dates the cheat sheet and its file name in the person's zone (the channel they answer in), UTC until they answer a prompt", async () => {
    await h.runLp('setup 09:30 Pacific/Auckland mon-fri');
    await h.runLp('post dive deep');
    const prompt = h.db.prepare(`SELECT message_ts FROM prompts WHERE status = 'posted'`).get() as Json;
    h.clock.now = new Date('2026-11-30T11:30:00Z'); // 00:30 on 1 December in Auckland (UTC+13)
    await h.runLp('export', { user: MEMBER });
    expect(sharedFiles(MEMBER).at(-1)?.file.name).toBe('lp-coach-stories-2026-11-30.md');
    expect(sharedFiles(MEMBER).at(-1)?.text).toContain('# LP Coach cheat sheet (2026-11-30)');
    await ui.clickInMessage(MEMBER, TEAM_CHANNEL, prompt.message_ts, 'lp_answer_privately', 'x');
    await ui.submit(MEMBER, ui.topModal(MEMBER).id, { lp_answer: STRONG_STORY });
    await h.runLp('export', { user: MEMBER });
    expect(sharedFiles(MEMBER).at(-1)?.file.name).toBe('lp-coach-stories-2026-12-01.md');
    expect(sharedFiles(MEMBER).at(-1)?.text).toContain('# LP Coach cheat sheet (2026-12-01)');
  });

  it('--all sends every stored row about the person as one JSON file in the DM', async () => {
    for (let i = 0; i < 6; i += 1) threadAnswer(MEMBER, 'ownership', `${i} ${STRONG_STORY} R&D <!channel>`);
    await practise(MEMBER, 'frugality', STRONG_STORY);
    new UserSettingsStore(h.db).update(MEMBER, { interviewDate: '2026-12-10' }, h.clock.now);
    const result = await h.runLp('export --all', { user: MEMBER });
    expect(result.text).toBe('Sent your data to our direct messages as `lp-coach-data-2026-11-30.json`.');
    expect(dmsTo(MEMBER)).toEqual([]);
    const shared = sharedFiles(MEMBER);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.file).toMatchObject({ name: 'lp-coach-data-2026-11-30.json', mimetype: 'application/json' });
    expect(shared[0]?.message?.text).toMatch(/JSON/);
    // Parses as it is: no code fences, no mrkdwn escaping.
    const data = JSON.parse(shared[0]?.text ?? '') as Json;
    expect(data.userId).toBe(MEMBER);
    expect(data.answers).toHaveLength(7);
    expect(data.answers[0].feedback[0].feedback.level).toBeDefined();
    expect(data.settings.interview_date).toBe('2026-12-10');
    expect(data.practiceRounds).toHaveLength(1);
  });

  it('when Slack refuses the upload, logs the method and code and tells the person kindly', async () => {
    await h.close();
    const errors: string[] = [];
    h = await startHarness(new Date('2026-11-30T10:00:00Z'), { logger: { debug() {}, info() {}, warn() {}, error: (line: string) => errors.push(line) } });
    ui = interactions(h);
    h.api.failNext('files.getUploadURLExternal', 'missing_scope');
    const sheet = await h.runLp('export', { user: MEMBER });
    expect(sheet.text).toBe("Sorry, I couldn't send you the file just now. Please try `/lp export` again in a minute.");
    expect(errors.at(-1)).toBe('Sending a cheat sheet failed: files.uploadV2 answered missing_scope');
    h.api.failNext('files.completeUploadExternal', 'not_in_channel');
    const data = await h.runLp('export --all', { user: MEMBER });
    expect(data.text).toBe("Sorry, I couldn't send you the file just now. Please try `/lp export --all` again in a minute.");
    expect(errors.at(-1)).toBe('Sending a data export failed: files.uploadV2 answered not_in_channel');
    h.api.failNext('conversations.open', 'user_not_found');
    await h.runLp('export', { user: MEMBER });
    expect(errors.at(-1)).toBe('Sending a cheat sheet failed: conversations.open answered user_not_found');
    expect(sharedFiles(MEMBER)).toEqual([]);
  });
});

describe('/lp forget-me', () => {
  it('asks first, then deletes every row about the person in every table, and reports the counts', async () => {
    const mine = threadAnswer(MEMBER, 'dive-deep', STRONG_STORY);
    await practise(MEMBER, 'ownership', STRONG_STORY);
    await h.runLp('practice frugality', { user: MEMBER });
    const viewId = ui.topModal(MEMBER).id;
    await ui.submit(MEMBER, viewId, { lp_answer: WEAK_STORY });
    await ui.clickInView(MEMBER, viewId, 'lp_practice_followup', String((h.db.prepare('SELECT MAX(id) AS id FROM answers').get() as Json).id));
    await ui.submit(MEMBER, ui.topModal(MEMBER).id, { lp_followup: 'I measured the error rate every hour for a week and it stayed flat.' });
    const theirs = threadAnswer(ADMIN, 'dive-deep', STRONG_STORY);
    const votes = new VoteStore(h.db);
    votes.cast({ answerId: mine, voterId: ADMIN, promptId: null, cap: 3, at: new Date('2026-11-28T00:00:00Z') });
    votes.cast({ answerId: theirs, voterId: MEMBER, promptId: null, cap: 3, at: new Date('2026-11-28T00:00:00Z') });
    new UserSettingsStore(h.db).update(MEMBER, { leaderboardOptout: true, weeklySummary: true, interviewDate: '2026-12-10' }, h.clock.now);
    await h.lp.minuteTick.runDue();
    expect(h.db.prepare('SELECT user_id FROM personal_summaries').all()).toEqual([{ user_id: MEMBER }]);
    // A principle kept out of mock-loop packets, and a written mock waiting in the DM.
    await h.runLp('mock skip frugality', { user: MEMBER });
    await h.runLp('mock solo ownership', { user: MEMBER });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM mock_solo WHERE user_id = ?').get(MEMBER)).toEqual({ n: 1 });

    const ask = await h.runLp('forget-me', { user: MEMBER });
    expect(ask.text).toBe(
      'This deletes everything LP Coach stores about you: 4 stories and follow-up answers, 4 feedback records, 1 vote you gave, 1 vote on your stories, 2 practice rounds, your settings. It cannot be undone.',
    );
    const confirm = (ask.reply?.blocks as Json[]).find((b) => b.type === 'actions')?.elements[0];
    expect(confirm).toMatchObject({ action_id: 'lp_forget_me_confirm', style: 'danger' });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM answers WHERE user_id = ?').get(MEMBER)).toEqual({ n: 4 });

    const responseId = await ui.clickInEphemeral(MEMBER, TEAM_CHANNEL, confirm.action_id, confirm.value);
    const done = h.api.responses.find((r) => r.id === responseId);
    expect(done).toMatchObject({ replace_original: true });
    const emptyHome = h.api.callsTo('views.publish').filter((c) => c.args.user_id === MEMBER).at(-1)?.args.view as string;
    expect(emptyHome).toContain('*Coverage:* 0 of 16 principles');
    expect(emptyHome).toContain('*Latest feedback:* none yet');
    expect(done?.text).toMatch(/^Done\. Deleted 4 stories and follow-up answers, 4 feedback records, 1 vote you gave, 1 vote on your stories, 2 practice rounds, your settings\./);

    // Every table and view, every column: nothing mentions the person, and nothing hangs off their answers.
    const tables = (h.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['answers', 'answer_rows', 'people', 'feedback', 'votes', 'user_settings', 'practice_rounds', 'personal_summaries']));
    for (const table of tables) {
      const rows = h.db.prepare(`SELECT * FROM "${table}"`).all() as Json[];
      for (const row of rows) expect(JSON.stringify(row), `${table} still mentions the user`).not.toContain(MEMBER);
    }
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE answer_id NOT IN (SELECT id FROM answers)').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM practice_rounds').get()).toEqual({ n: 0 });
    // Someone else's story stays, with its feedback.
    expect(h.db.prepare('SELECT user_id FROM answers').all()).toEqual([{ user_id: ADMIN }]);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE answer_id = ?').get(theirs)).toEqual({ n: 1 });
    expect((await h.runLp('forget-me', { user: MEMBER })).text).toBe('I have nothing stored about you.');
  });

  it('Cancel deletes nothing', async () => {
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY);
    const responseId = await ui.clickInEphemeral(MEMBER, TEAM_CHANNEL, 'lp_forget_me_cancel', 'cancel');
    expect(h.api.responses.find((r) => r.id === responseId)?.text).toBe('Nothing was deleted.');
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 1 });
  });
});

describe('App Home', () => {
  const home = (user: string) => {
    const call = h.api.callsTo('views.publish').filter((c) => c.args.user_id === user).at(-1);
    expect(call?.response).toMatchObject({ ok: true });
    return JSON.parse(call?.args.view as string) as Json;
  };
  const textOf = (view: Json) => JSON.stringify(view.blocks);

  it('app_home_opened publishes a valid dashboard: coverage, streak, trend, next principle, latest feedback, settings', async () => {
    threadAnswer(MEMBER, 'dive-deep', WEAK_STORY, '2026-11-20T09:00:00Z');
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY, '2026-11-21T09:00:00Z');
    await ui.openHome(MEMBER);
    const view = home(MEMBER);
    expect(findBlockKitProblems('home', view)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = textOf(view);
    expect(text).toContain('*Coverage:* 0 of 16 principles');
    expect(text).toMatch(/\*Score trend\* \(last 2 scored\): `[▁▂▃▄▅▆▇█]{2} \d+ → \d+ \(\+\d+\)`/);
    expect(text).toContain('*Latest feedback:* Dive Deep');
    expect(text).toContain('Pick your interview date below');
    expect(text).toContain('*Weekly personal summary by DM:* off');
    const practiceButton = view.blocks.find((b: Json) => b.block_id === 'lp_home_next').accessory;
    expect(practiceButton.action_id).toBe('lp_home_practice');
    expect(practiceButton.value).not.toBe('dive-deep');

    await ui.clickOnHome(MEMBER, 'lp_home_practice', practiceButton.value);
    const modal = ui.view(ui.topModal(MEMBER).id) as Json;
    expect(JSON.parse(modal.private_metadata as string).p).toBe(practiceButton.value);
  });

  it('the Messages tab publishes nothing', async () => {
    await h.lp.app.processEvent({
      body: {
        type: 'event_callback',
        team_id: h.workspace.team.id,
        api_app_id: h.workspace.bot.appId,
        event_id: 'Ev0MESSAGESTAB',
        event_time: 1764500000,
        event: { type: 'app_home_opened', user: MEMBER, channel: 'D0X', tab: 'messages', event_ts: '1764500000.000100' },
      },
      ack: async () => {},
    });
    expect(h.api.callsTo('views.publish')).toEqual([]);
  });

  it('settings change on the Home and it is published again: interview date with a daily plan, opt-out, weekly summary', async () => {
    await ui.openHome(MEMBER);
    await ui.clickOnHome(MEMBER, 'lp_home_interview_date', undefined, { type: 'datepicker', selected_date: '2026-12-04' });
    const settings = new UserSettingsStore(h.db);
    expect(settings.get(MEMBER).interviewDate).toBe('2026-12-04');
    let text = textOf(home(MEMBER));
    expect(text).toContain('Your interview is on *Fri 4 Dec*: 4 days to go.');
    expect(text).toMatch(/• Mon 30 Nov: [A-Z][^\\]+\\n• Tue 1 Dec: [A-Z][^\\]+\\n• Wed 2 Dec: [A-Z][^\\]+\\n• Thu 3 Dec: review your cheat sheet/);
    expect(findBlockKitProblems('home', home(MEMBER))).toEqual([]);

    await ui.clickOnHome(MEMBER, 'lp_home_toggle_optout', 'hide');
    await ui.clickOnHome(MEMBER, 'lp_home_toggle_weekly', 'on');
    expect(settings.get(MEMBER)).toMatchObject({ leaderboardOptout: true, weeklySummary: true, interviewDate: '2026-12-04' });
    text = textOf(home(MEMBER));
    expect(text).toContain('your name is hidden');
    expect(text).toContain('*Weekly personal summary by DM:* on');
    expect((await h.runLp(`coverage <@${MEMBER}>`, { user: ADMIN })).text).toContain('keeps their coverage private');

    await ui.clickOnHome(MEMBER, 'lp_home_clear_interview_date', 'clear');
    expect(settings.get(MEMBER).interviewDate).toBeNull();
  });

  it('the streak counts prompt days answered, in a thread or privately', async () => {
    await h.runLp('setup 09:30 UTC mon-fri');
    await h.runLp('post dive deep');
    const prompt = h.db.prepare(`SELECT id, message_ts FROM prompts WHERE status = 'posted'`).get() as Json;
    await ui.clickInMessage(MEMBER, TEAM_CHANNEL, prompt.message_ts, 'lp_answer_privately', 'x');
    await ui.submit(MEMBER, ui.topModal(MEMBER).id, { lp_answer: STRONG_STORY });
    await ui.openHome(MEMBER);
    expect(textOf(home(MEMBER))).toContain('Streak: *1* prompt day (best 1).');
  });
});

describe('weekly personal summary by DM', () => {
  it('goes once a week, from Monday 09:00, to those who turned it on on the App Home', async () => {
    threadAnswer(MEMBER, 'dive-deep', STRONG_STORY, '2026-11-25T09:00:00Z');
    threadAnswer(MEMBER, 'dive-deep', WEAK_STORY, '2026-11-26T09:00:00Z');
    threadAnswer(MEMBER, 'ownership', STRONG_STORY, '2026-11-10T09:00:00Z');
    threadAnswer(OWNER, 'ownership', STRONG_STORY, '2026-11-25T09:00:00Z');
    h.clock.now = new Date('2026-11-30T08:59:00Z');
    await ui.openHome(MEMBER);
    await ui.clickOnHome(MEMBER, 'lp_home_toggle_weekly', 'on');
    await h.lp.minuteTick.runDue();
    expect(dmsTo(MEMBER)).toEqual([]);

    h.clock.now = new Date('2026-11-30T09:00:00Z');
    h.api.failNext('chat.postMessage', 'ratelimited');
    await h.lp.minuteTick.runDue();
    expect(dmsTo(MEMBER)).toEqual([]);
    await h.lp.minuteTick.runDue();
    await h.lp.minuteTick.runDue();
    const sent = dmsTo(MEMBER);
    expect(sent).toHaveLength(1);
    const text = sent[0]?.args.text as string;
    expect(text).toMatch(/^\*Your LP Coach week\* \(the 7 days before 2026-11-30\)\n• 2 stories told, average score \d+ \(best \d+\)\.\n• Coverage: 0 of 16 principles/);
    expect(text).toContain('• Next up: ');
    expect(dmsTo(OWNER)).toEqual([]);
    expect(h.db.prepare('SELECT user_id, week_start, status FROM personal_summaries').all()).toEqual([
      { user_id: MEMBER, week_start: '2026-11-30', status: 'sent' },
    ]);
    // Next week, once more.
    h.clock.now = new Date('2026-12-07T12:00:00Z');
    await h.lp.minuteTick.runDue();
    expect(dmsTo(MEMBER)).toHaveLength(2);
    expect(dmsTo(MEMBER)[1]?.args.text).toContain('No stories last week');
  });
});
