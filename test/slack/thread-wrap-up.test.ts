import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../src/local-slack/index.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { CRISP_SPECIFIC, STRONG_UNLABELLED, VAGUE_PADDED } from '../unit/rubric/answers.js';
import { deliver, reactionEvent, userReply } from './thread-events.js';

let h: Harness;
const EXTRA = 'U0EXTRA01';

async function prompt(): Promise<string> {
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error('prompt not posted');
  return outcome.ts;
}

async function story(threadTs: string, user: string, text = STRONG_UNLABELLED): Promise<StoredMessage> {
  const { message, event } = userReply(h, TEAM_CHANNEL, threadTs, user, text);
  await deliver(h, event);
  return message;
}

async function vote(user: string, message: StoredMessage): Promise<void> {
  await deliver(h, reactionEvent(h, 'reaction_added', user, message));
}

const wrapUpsIn = (threadTs: string) =>
  h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs && String(c.args.blocks).includes('lp_wrapup'));
const wrapUpText = (threadTs: string) => JSON.parse(String(wrapUpsIn(threadTs)[0]?.args.blocks))[0].text.text as string;

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  h.workspace.addUser({ id: EXTRA, name: 'eve' });
  h.workspace.joinChannel(TEAM_CHANNEL, EXTRA);
  h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
});

afterEach(async () => {
  await h.close();
});

describe('wrap-up when the next prompt is posted', () => {
  it("names the most-voted story's author, counts stories and voters, shows team averages and nobody's score", async () => {
    const first = await prompt();
    const mia = await story(first, MEMBER);
    const olu = await story(first, OWNER, CRISP_SPECIFIC);
    await story(first, EXTRA, VAGUE_PADDED);
    await vote(ADMIN, mia);
    await vote(OWNER, mia);
    await vote(ADMIN, olu);
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    await prompt();
    expect(wrapUpsIn(first)).toHaveLength(1);
    const text = wrapUpText(first);
    expect(text).toContain('3 stories from 3 people, 2 voters.');
    expect(text).toMatch(new RegExp(`:star: Most votes: <https://[^|]+\\|[^>]+> by <@${MEMBER}> \\(2 votes\\)\\.`));
    expect(text).toMatch(/The team did best on .+ \(avg \d\.\d\/4\)\./);
    expect(text).toMatch(/To practise together: .+ \(avg \d\.\d\/4\)\./);
    expect(text).not.toMatch(/\/100/);
    expect(text).not.toContain(EXTRA);
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('breaks a tie on votes by the higher rubric score', async () => {
    const first = await prompt();
    const vague = await story(first, EXTRA, VAGUE_PADDED);
    const strong = await story(first, OWNER, STRONG_UNLABELLED);
    await vote(ADMIN, vague);
    await vote(ADMIN, strong);
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    await prompt();
    expect(wrapUpText(first)).toContain(`by <@${OWNER}> (1 vote)`);
  });

  it('keeps an author who opted out unnamed', async () => {
    const first = await prompt();
    const mia = await story(first, MEMBER);
    await vote(ADMIN, mia);
    new UserSettingsStore(h.db).update(MEMBER, { leaderboardOptout: true }, h.clock.now);
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    await prompt();
    expect(wrapUpText(first)).toContain('by a teammate (1 vote)');
    expect(wrapUpText(first)).not.toContain(MEMBER);
  });

  it('posts once per prompt, and nothing for a thread without stories', async () => {
    const first = await prompt();
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    const second = await prompt();
    expect(wrapUpsIn(first)).toHaveLength(0);
    await story(second, MEMBER);
    h.clock.now = new Date('2026-12-02T09:31:00Z');
    await prompt();
    await h.lp.summaries.afterPromptPosted(h.lp.dailyPrompts.todayPrompt(TEAM_CHANNEL) as never);
    expect(wrapUpsIn(second)).toHaveLength(1);
    expect(wrapUpText(second)).toContain('No votes this time.');
  });

  it('at the close time, once, and not again when the next prompt comes', async () => {
    expect((await h.runLp('config close 17:00')).text).toContain('close: *17:00*');
    const first = await prompt();
    await story(first, MEMBER);
    h.clock.now = new Date('2026-11-30T16:59:00Z');
    await h.lp.minuteTick.runDue();
    expect(wrapUpsIn(first)).toHaveLength(0);
    h.clock.now = new Date('2026-11-30T17:00:30Z');
    await h.lp.minuteTick.runDue();
    await h.lp.minuteTick.runDue();
    expect(wrapUpsIn(first)).toHaveLength(1);
    h.clock.now = new Date('2026-12-01T09:30:10Z');
    await h.lp.minuteTick.runDue();
    expect(wrapUpsIn(first)).toHaveLength(1);
  });
});

describe('weekly digest', () => {
  const digests = () => h.api.callsTo('chat.postMessage').filter((c) => String(c.args.blocks).includes('lp_digest_header'));

  it('goes out on Friday at 16:00 channel time, once, with top stories, coverage, streaks and what to practise next', async () => {
    for (const [day, voters] of [['2026-11-30', [ADMIN, OWNER]], ['2026-12-01', [ADMIN]], ['2026-12-02', []]] as const) {
      h.clock.now = new Date(`${day}T09:31:00Z`);
      const ts = await prompt();
      const mia = await story(ts, MEMBER);
      for (const voter of voters) await vote(voter, mia);
    }
    h.clock.now = new Date('2026-12-04T15:59:00Z');
    await h.lp.minuteTick.runDue();
    expect(digests()).toHaveLength(0);
    h.clock.now = new Date('2026-12-04T16:00:30Z');
    await h.lp.minuteTick.runDue();
    await h.lp.minuteTick.runDue();
    expect(digests()).toHaveLength(1);
    const [digest] = digests();
    expect(digest?.args.thread_ts).toBeUndefined();
    const blocks = JSON.parse(String(digest?.args.blocks)) as { block_id: string; text: { text: string } }[];
    const byId = (id: string) => blocks.find((b) => b.block_id === id)?.text.text ?? '';
    expect(byId('lp_digest_header')).toBe('Weekly LP digest · week of Mon 30 Nov');
    expect(byId('lp_digest_top').split('\n')).toEqual([
      '*Top stories this week*',
      expect.stringMatching(new RegExp(`^1\\. <https://[^|]+\\|[^>]+> \\([^)]+\\) by <@${MEMBER}> · 2 votes$`)),
      expect.stringMatching(new RegExp(`^2\\. <https://[^|]+\\|[^>]+> \\([^)]+\\) by <@${MEMBER}> · 1 vote$`)),
    ]);
    expect(byId('lp_digest_coverage').split('\n')).toHaveLength(17);
    expect(byId('lp_digest_coverage')).not.toContain('<@');
    expect(byId('lp_digest_participation')).toContain('3 stories from 1 person, 2 voters.');
    expect(byId('lp_digest_participation')).toContain(`<@${MEMBER}> 3`);
    expect(byId('lp_digest_next')).toMatch(/^:dart: \*Practise next: .+\*, nobody has a story at the bar for it yet\.$/);
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('follows the channel setting, and off means off', async () => {
    await prompt();
    await h.runLp('config digest mon 12:00');
    h.clock.now = new Date('2026-11-30T12:01:00Z');
    await h.lp.minuteTick.runDue();
    expect(digests()).toHaveLength(1);
    await h.runLp('config digest off');
    h.clock.now = new Date('2026-12-07T12:01:00Z');
    await prompt();
    await h.lp.minuteTick.runDue();
    expect(digests()).toHaveLength(1);
  });
});

describe('/lp leaderboard, /lp optout leaderboard, /lp me', () => {
  it('ranks stories and contributors by votes and leaves out people who opted out', async () => {
    const first = await prompt();
    const mia = await story(first, MEMBER);
    const olu = await story(first, OWNER, CRISP_SPECIFIC);
    await vote(ADMIN, mia);
    await vote(OWNER, mia);
    await vote(ADMIN, olu);
    const board = (await h.runLp('leaderboard', { user: EXTRA })).text;
    expect(board).toMatch(new RegExp(`^\\*Leaderboard · this week\\* in <#${TEAM_CHANNEL}>\\n\\*Top stories\\*\\n1\\. <https://[^>]+> \\([^)]+\\) by <@${MEMBER}> · 2 votes\\n2\\. <https://[^>]+> \\([^)]+\\) by <@${OWNER}> · 1 vote\\n`));
    expect(board).toContain(`*Top contributors* (votes received)\n1. <@${MEMBER}> · 2 votes on 1 story\n2. <@${OWNER}> · 1 vote on 1 story`);
    expect((await h.runLp('optout leaderboard', { user: MEMBER })).text).toMatch(/^Done: your name stays off/);
    const hidden = (await h.runLp('leaderboard all', { user: EXTRA })).text;
    expect(hidden).not.toContain(MEMBER);
    expect(hidden).toContain('by a teammate · 2 votes');
    await h.runLp('optin leaderboard', { user: MEMBER });
    expect((await h.runLp('leaderboard month', { user: EXTRA })).text).toContain(`<@${MEMBER}> · 2 votes on 1 story`);
    expect((await h.runLp('leaderboard year', { user: EXTRA })).text).toBe('Use `/lp leaderboard week`, `/lp leaderboard month` or `/lp leaderboard all`.');
  });

  it('/lp me shows stories, average score, streak over prompt days and votes received', async () => {
    const monday = await prompt();
    await vote(ADMIN, await story(monday, MEMBER));
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    await story(await prompt(), MEMBER);
    const me = (await h.runLp('me', { user: MEMBER })).text;
    expect(me).toMatch(/^\*Your practice\*\nStories: 2 · average score \d+\/100 · votes received: 1\n/);
    expect(me).toContain(`Streak in <#${TEAM_CHANNEL}>: 2 prompt days in a row (longest 2).`);
    expect((await h.runLp('me', { user: EXTRA })).text).toContain('Stories: 0 · no score yet · votes received: 0');
  });
});
