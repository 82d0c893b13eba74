import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  eventCallbackBody,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  slashCommandBody,
  viewSubmissionBody,
  Workspace,
  type LocalSlackApi,
  type StoredMessage,
} from '../../src/local-slack/index.js';
import { renderView } from '../../src/local-slack/methods/views.js';
import { PROMPT_VALUE_PREFIX } from '../../src/features/reminders/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';

/**
 * The team programme end to end over signed HTTP, against the local Slack Web API stand-in: a channel on the PM
 * track with the team's own imported questions, an interview plan that follows a story at the bar, reminders that a
 * snooze silences, and a holiday that skips a prompt without breaking a streak. Each test runs its own app and
 * workspace; the app's clock is injected and the minute tick is run by hand after moving it.
 */

const BOT_TOKEN = 'xoxb-programme-e2e';
const SIGNING_SECRET = 'programme-e2e-signing-secret-0123456789';
const CHANNEL = 'C0PROGRAM1';
const ADMIN = 'U0ADMIN001';
const [ANA, BEN] = ['U0ANA0001', 'U0BEN0001'] as const;
/** Generous: the machine running the tests is shared. */
const WAIT_MS = 20_000;

type Json = Record<string, any>;

const readData = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
/** data/tracks.json's PM track: its question ids, and the wording it gives some of them. */
const PM = (readData('tracks.json') as { id: string; questions: string[]; wordings: Record<string, string> }[]).find((t) => t.id === 'pm')!;
const PM_QUESTION_IDS: readonly string[] = PM.questions;
/** data/questions.json: the built-in text of each question id. */
const BUILT_IN = new Map((readData('questions.json') as { id: string; text: string }[]).map((q) => [q.id, q.text]));

/** Monday 7 December 2026, UTC (the channel's zone). */
const MONDAY = '2026-12-07';
const WEEK = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'] as const;
const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`);

/** One app over HTTP with its own workspace, database and clock. */
class Team {
  readonly clock = { now: at(MONDAY, '08:00') };
  workspace!: Workspace;
  setup!: E2eSetup;
  api!: LocalSlackApi;
  app!: RunningLpCoach;
  private seq = 0;

  static async start(): Promise<Team> {
    const team = new Team();
    const workspace = new Workspace({ now: () => team.clock.now.getTime() });
    workspace.addUser({ id: ADMIN, name: 'Ada' });
    workspace.addUser({ id: ANA, name: 'Ana' });
    workspace.addUser({ id: BEN, name: 'Ben' });
    workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [ADMIN, ANA, BEN], botIsMember: true });
    team.workspace = workspace;
    team.setup = await setUpE2e({
      workspace,
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      clock: team.clock,
      env: { LP_CHANNEL: CHANNEL, LP_ADMINS: ADMIN, LP_PROMPT_TIME: '09:30', LP_TIMEZONE: 'UTC' },
    });
    team.api = team.setup.api;
    team.app = await team.setup.start();
    // The start-up catch-up run: at 08:00 nothing is due yet.
    await team.app.scheduler.runNow();
    return team;
  }

  async stop(): Promise<void> {
    await this.app?.stop();
    await this.setup?.close();
  }

  private get url(): string {
    return this.setup.eventsUrl(this.app);
  }

  /**
   * Moves the clock and runs the minute tick. Then `runNow` either joins a real node-cron tick still in flight (so
   * whatever it posts is done) or runs the tick once more (harmless: posts and reminders are claimed once a day).
   */
  async tickAt(date: string, time: string): Promise<void> {
    this.clock.now = at(date, time);
    await this.app.lp.minuteTick.runDue();
    await this.app.scheduler.runNow();
  }

  /** `/lp <text>` typed by `user` in the channel: what they see (the ack's message, else the response_url's). */
  async lp(user: string, text: string): Promise<{ text: string; triggerId: string; inAck: boolean; responseId: string }> {
    this.seq += 1;
    const responseId = `programme-${this.seq}`;
    const triggerId = this.workspace.issueTriggerId(user);
    const result = await sendSignedRequest(this.url, {
      body: slashCommandBody({
        command: '/lp',
        text,
        user_id: user,
        channel_id: CHANNEL,
        team_id: this.workspace.team.id,
        trigger_id: triggerId,
        response_url: this.api.responseUrl(responseId, { channel: CHANNEL, user }),
        api_app_id: this.workspace.bot.appId,
      }),
      contentType: FORM_CONTENT_TYPE,
      signingSecret: SIGNING_SECRET,
    });
    expect(result.status).toBe(200);
    if (result.body !== '') return { text: seen(JSON.parse(result.body) as Json), triggerId, inAck: true, responseId };
    return { text: '', triggerId, inAck: false, responseId };
  }

  /** Like `lp`, but waits for the reply when it comes through the response_url. */
  async say(user: string, text: string): Promise<string> {
    const sent = await this.lp(user, text);
    if (sent.inAck) return sent.text;
    const response = await waitFor(() => this.api.responses.find((r) => r.id === sent.responseId), `the reply to /lp ${text}`, WAIT_MS);
    return seen(response as unknown as Json);
  }

  async send(event: Record<string, unknown>): Promise<void> {
    this.seq += 1;
    const body = eventCallbackBody({
      team_id: this.workspace.team.id,
      api_app_id: this.workspace.bot.appId,
      event,
      event_id: `Ev0PROGRAMME${this.seq}`,
      event_time: Math.floor(this.clock.now.getTime() / 1000),
      bot_user_id: this.workspace.bot.userId,
    });
    const result = await sendSignedRequest(this.url, { body, contentType: JSON_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
    expect(result.status).toBe(200);
  }

  /** The daily prompts people see in the channel: the bot's top-level messages carrying the prompt's metadata. */
  prompts(): StoredMessage[] {
    return (this.workspace.messages.get(CHANNEL) ?? []).filter(
      (m) => m.thread_ts === undefined && m.user === this.workspace.bot.userId && (m as Json).metadata?.event_type === 'lp_coach_prompt',
    );
  }

  promptRow(ts: string): { id: number; local_date: string; question_id: string; principle_id: string } {
    return this.app.db.prepare('SELECT id, local_date, question_id, principle_id FROM prompts WHERE channel_id = ? AND message_ts = ?').get(CHANNEL, ts) as never;
  }

  /** `user` answers the prompt in its thread, and waits until the answer is scored (their private feedback). */
  async answer(user: string, prompt: StoredMessage, text: string): Promise<void> {
    const feedbacks = this.feedbacksTo(user);
    const message = this.workspace.postMessage({ channel: CHANNEL, thread_ts: prompt.ts, user, text });
    await this.send({ type: 'message', channel: CHANNEL, user, text, ts: message.ts, thread_ts: prompt.ts, event_ts: message.ts, channel_type: 'channel' });
    await waitFor(() => this.feedbacksTo(user) > feedbacks, `${user}'s feedback`, WAIT_MS);
    await waitFor(
      () => (this.app.db.prepare('SELECT COUNT(*) AS n FROM answers WHERE user_id = ? AND message_ts = ?').get(user, message.ts) as { n: number }).n === 1,
      `${user}'s stored answer`,
      WAIT_MS,
    );
  }

  feedbacksTo(user: string): number {
    return this.workspace.ephemerals.filter((e) => e.channel === CHANNEL && e.user === user).length;
  }

  /** The bot's messages in its direct message with `user`. */
  dmsTo(user: string): StoredMessage[] {
    const dm = [...this.workspace.channels.values()].find((c) => c.is_im && c.user === user);
    return dm === undefined ? [] : (this.workspace.messages.get(dm.id) ?? []).filter((m) => m.user === this.workspace.bot.userId);
  }

  /** The modal on top of `user`'s stack, as Slack would send it in a view submission. */
  modal(user: string): Json {
    const top = this.workspace.modalStackByUser.get(user)?.at(-1);
    const stored = top === undefined ? undefined : this.workspace.views.get(top);
    if (stored === undefined) throw new Error(`${user} has no modal open`);
    return renderView(this.workspace, stored) as Json;
  }

  /** Submits `user`'s modal with `value` in its text input block; applies `response_action: update` as Slack does. */
  async submit(user: string, blockId: string, value: string): Promise<Json> {
    const view: Json = { ...this.modal(user), state: { values: { [blockId]: { value: { type: 'plain_text_input', value } } } } };
    const result = await sendSignedRequest(this.url, {
      body: viewSubmissionBody({
        team: { id: this.workspace.team.id, domain: 'local' },
        user: { id: user, username: user, name: user, team_id: this.workspace.team.id },
        api_app_id: this.workspace.bot.appId,
        token: 'x',
        trigger_id: this.workspace.issueTriggerId(user),
        view,
        response_urls: [],
      }),
      contentType: FORM_CONTENT_TYPE,
      signingSecret: SIGNING_SECRET,
    });
    expect(result.status).toBe(200);
    const body = result.body === '' ? {} : (JSON.parse(result.body) as Json);
    if (body.response_action === 'update') this.workspace.replaceView(this.workspace.views.get(view.id as string)!, body.view as Record<string, unknown>);
    return body;
  }
}

/** The text of a message and of its blocks, as one string to look in. */
function seen(message: Json): string {
  const texts: string[] = [String(message.text ?? '')];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else walk(inner);
      }
    }
  };
  walk(message.blocks);
  return texts.join('\n');
}

/** 20 CSV rows (lines 2-21 under the header); `broken` puts an unknown principle on line 5 and a 10-character question on line 13. */
function questionsCsv(broken: boolean): string {
  const principles = ['customer-obsession', 'ownership', 'dive-deep', 'deliver-results', 'earn-trust', 'bias-for-action', 'think-big', 'frugality'];
  const lines = ['principle,question,probes,track'];
  for (let row = 1; row <= 20; row += 1) {
    const line = row + 1;
    // Lines 2-8 (but 5) on Earn Trust: more team questions there than the PM track's own three.
    const principle = line === 5 ? (broken ? 'dive-depp' : 'dive-deep') : line <= 8 ? 'earn-trust' : (principles[row % principles.length] as string);
    const question = broken && line === 13 ? 'Why did it' : `Tell me about the time our squad faced product situation number ${row} and what you did.`;
    const probes = row % 4 === 0 ? 'What did the data say? | What would you change next time?' : '';
    const track = row % 2 === 0 ? 'pm' : '';
    lines.push(`${principle},${question},${probes},${track}`);
  }
  return lines.join('\n');
}

const teamQuestions = (team: Team) => (team.app.db.prepare('SELECT COUNT(*) AS n FROM team_questions WHERE channel_id = ?').get(CHANNEL) as { n: number }).n;

let team: Team | undefined;
afterEach(async () => {
  await team?.stop();
  team = undefined;
});

describe('the team programme over signed HTTP', () => {
  it('an admin puts the channel on the PM track and imports 20 questions (2 bad rows reported first); prompts then ask the track or the team', async () => {
    team = await Team.start();
    const t = team;

    expect(await t.say(ADMIN, 'config track pm')).toContain('Product / program manager');

    // The import modal opens through views.open with the command's trigger id.
    const importSent = await t.lp(ADMIN, 'questions import');
    const opened = await waitFor(() => t.api.callsTo('views.open').find((c) => c.args.trigger_id === importSent.triggerId), 'views.open for the import', WAIT_MS);
    expect(opened.response).toMatchObject({ ok: true });
    const input = (t.modal(ADMIN).blocks as Json[]).find((b) => b.type === 'input')!;

    // Two bad rows: nothing imported, both lines named, the paste kept in the box.
    const refused = await t.submit(ADMIN, input.block_id as string, questionsCsv(true));
    expect(refused.response_action).toBe('update');
    const problems = seen(refused.view as Json);
    expect(problems).toContain('Nothing was imported');
    expect(problems).toContain('2 problems');
    expect(problems).toMatch(/line 5: principle "dive-depp" is not one of the 16: did you mean `dive-deep`/);
    expect(problems).toMatch(/line 13: question is 10 characters/);
    expect(teamQuestions(t)).toBe(0);
    const retryInput = (t.modal(ADMIN).blocks as Json[]).find((b) => b.type === 'input')!;
    expect(retryInput.block_id).not.toBe(input.block_id);
    expect(retryInput.element.initial_value).toBe(questionsCsv(true));

    // Fixed: all 20 stored.
    const imported = await t.submit(ADMIN, retryInput.block_id as string, questionsCsv(false));
    expect(imported.response_action).toBe('update');
    expect(seen(imported.view as Json)).toMatch(/Imported \*20\* questions/);
    expect(teamQuestions(t)).toBe(20);
    const stored = new Map(
      (t.app.db.prepare('SELECT id, text FROM team_questions WHERE channel_id = ?').all(CHANNEL) as { id: string; text: string }[]).map((q) => [q.id, q.text]),
    );

    // The next prompts ask a PM-track question or one of the team's.
    for (const [index, date] of WEEK.slice(0, 3).entries()) {
      await t.tickAt(date, '09:30');
      const prompts = await waitFor(() => (t.prompts().length === index + 1 ? t.prompts() : undefined), `the prompt of ${date}`, WAIT_MS);
      const prompt = prompts[index]!;
      const row = t.promptRow(prompt.ts);
      expect(row.local_date).toBe(date);
      expect(PM_QUESTION_IDS.includes(row.question_id) || row.question_id.startsWith('team-')).toBe(true);
      if (row.question_id.startsWith('team-')) expect(prompt.text).toContain(stored.get(row.question_id));
      else expect(prompt.text).toContain(PM.wordings[row.question_id] ?? BUILT_IN.get(row.question_id));
    }

    // A prompt posted now on Earn Trust, where the team has six questions of its own, asks one of them.
    t.clock.now = at(WEEK[3], '09:00');
    expect(await t.say(ADMIN, 'post earn trust')).toContain(`Posted a *Earn Trust* prompt in <#${CHANNEL}>.`);
    const posted = await waitFor(() => t.prompts()[3], 'the Earn Trust prompt', WAIT_MS);
    const row = t.promptRow(posted.ts);
    expect(row).toMatchObject({ principle_id: 'earn-trust', local_date: WEEK[3] });
    expect(row.question_id).toMatch(/^team-\d+$/);
    expect(posted.text).toContain(stored.get(row.question_id));

    // A member may not manage the questions.
    expect(await t.say(ANA, 'questions')).toContain('Only LP Coach admins can do that');
    expect(t.api.callsTo('views.open').filter((c) => c.args.trigger_id !== importSent.triggerId)).toEqual([]);
    expect(t.api.blockKitRejections).toEqual([]);
  }, 120_000);

  it('a member sets an interview date and sees a plan; a story at the bar lowers the stories needed by one', async () => {
    team = await Team.start();
    const t = team;
    // The admin posts today's prompt on Dive Deep (the principle the fixture story shows) before its 09:30 time.
    t.clock.now = at(MONDAY, '09:00');
    expect(await t.say(ADMIN, 'post dive deep')).toContain('Posted a *Dive Deep* prompt');
    const [prompt] = await waitFor(() => (t.prompts().length === 1 ? t.prompts() : undefined), 'the Dive Deep prompt', WAIT_MS);
    expect(prompt!.text).toContain('Dive Deep');

    const set = await t.lp(ANA, 'interview 2027-01-06');
    expect(set.inAck).toBe(true);
    expect(set.text).toContain('Saved');
    expect(set.text).toContain('30 days to go');
    expect(set.text).toContain('To be ready:');
    expect(set.text).toContain('Due this week:');
    const needed = (text: string) => Number(/To be ready:\* (\d+) more stor/.exec(text)?.[1]);
    const before = needed(set.text);
    expect(before).toBeGreaterThan(1);

    await t.tickAt(MONDAY, '09:30');
    expect(t.prompts()).toHaveLength(1);
    await t.answer(ANA, prompt!, STRONG_UNLABELLED);

    // Scored at the bar for Dive Deep (what her private feedback says).
    const level = t.app.db.prepare('SELECT f.level FROM answers a JOIN feedback f ON f.answer_id = a.id WHERE a.user_id = ? AND a.principle_id = ?').get(ANA, 'dive-deep') as { level: string };
    expect(['Meets the bar', 'Raises the bar']).toContain(level.level);
    const again = await t.lp(ANA, 'interview');
    expect(again.inAck).toBe(true);
    expect(again.text).toContain('Due this week:');
    expect(needed(again.text)).toBe(before - 1);
  }, 120_000);

  it('reminders: a snoozed member gets no DM all week, the other one a day on days without an answer', async () => {
    team = await Team.start();
    const t = team;
    for (const person of [ANA, BEN]) {
      const on = await t.lp(person, 'remind 15:00');
      expect(on.inAck).toBe(true);
      expect(on.text).toContain('Reminders on');
      expect(on.text).toContain('15:00');
    }
    const snoozed = await t.lp(BEN, 'snooze 1w');
    expect(snoozed.text).toContain('Snoozed until');
    expect(snoozed.text).toContain('13');

    const expected = [1, 2, 2, 3, 4];
    for (const [index, date] of WEEK.entries()) {
      await t.tickAt(date, '09:30');
      const prompts = await waitFor(() => (t.prompts().length === index + 1 ? t.prompts() : undefined), `the prompt of ${date}`, WAIT_MS);
      // Ana answers Wednesday's prompt before her reminder time.
      if (date === WEEK[2]) {
        await t.tickAt(date, '11:00');
        await t.answer(ANA, prompts[index]!, STRONG_UNLABELLED);
      }
      await t.tickAt(date, '15:05');
      await t.tickAt(date, '15:30');
      await waitFor(() => t.dmsTo(ANA).length === expected[index], `Ana's reminders by ${date}`, WAIT_MS);
      expect(t.dmsTo(BEN)).toEqual([]);
    }
    // Settle: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reminders = t.dmsTo(ANA);
    expect(reminders).toHaveLength(4);
    const promptIds = t.prompts().map((p) => t.promptRow(p.ts).id);
    reminders.forEach((dm, index) => {
      expect(dm.text).toContain('You have not answered today’s prompt');
      expect(JSON.stringify(dm.blocks)).toContain('Answer privately');
      // Monday's, Tuesday's, Thursday's and Friday's prompt: none for Wednesday's, which she answered.
      expect(JSON.stringify(dm.blocks)).toContain(`${PROMPT_VALUE_PREFIX}${promptIds[[0, 1, 3, 4][index]!]}"`);
    });
    expect(t.dmsTo(BEN)).toEqual([]);
    expect(t.api.callsTo('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'))).toHaveLength(4);
  }, 180_000);

  it('a holiday on Wednesday: no prompt that day nor caught up on Thursday, and the streak runs on to 3', async () => {
    team = await Team.start();
    const t = team;
    const added = await t.say(ADMIN, 'holidays add 2026-12-09');
    expect(added).toContain('no prompt on that day');
    expect(added).toMatch(/9 Dec|Dec 9|2026-12-09/);

    for (const [index, date] of WEEK.slice(0, 2).entries()) {
      await t.tickAt(date, '09:30');
      const prompts = await waitFor(() => (t.prompts().length === index + 1 ? t.prompts() : undefined), `the prompt of ${date}`, WAIT_MS);
      await t.answer(ANA, prompts[index]!, STRONG_UNLABELLED);
    }

    // Wednesday: the prompt time and later, nothing.
    for (const time of ['09:30', '10:00', '12:00', '15:00']) await t.tickAt(WEEK[2], time);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.prompts()).toHaveLength(2);

    // Thursday: its own prompt, once, and Wednesday's is not caught up.
    await t.tickAt(WEEK[3], '09:30');
    await t.tickAt(WEEK[3], '10:00');
    const prompts = await waitFor(() => (t.prompts().length === 3 ? t.prompts() : undefined), "Thursday's prompt", WAIT_MS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.prompts()).toHaveLength(3);
    expect(prompts.map((p) => t.promptRow(p.ts).local_date)).toEqual([WEEK[0], WEEK[1], WEEK[3]]);
    expect((t.app.db.prepare('SELECT COUNT(*) AS n FROM prompts WHERE channel_id = ? AND local_date = ?').get(CHANNEL, WEEK[2]) as { n: number }).n).toBe(0);

    await t.answer(ANA, prompts[2]!, STRONG_UNLABELLED);
    const me = await t.say(ANA, 'me');
    expect(me).toContain(`Streak in <#${CHANNEL}>: 3 prompt days in a row (longest 3).`);
  }, 120_000);
});
