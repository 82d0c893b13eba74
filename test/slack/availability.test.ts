import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, userReply } from './thread-events.js';

/**
 * Snooze and holidays over the real app and the Slack stand-in: what people type, what they are told, which prompts
 * reach the channel, and the streak the App Home and `/lp me` show.
 */
let h: Harness;
let ui: Interactions;

/** Prompts the app posted at the top level of the team channel, oldest first. */
const promptsPosted = () =>
  h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === TEAM_CHANNEL && c.args.thread_ts === undefined && c.response.ok === true);
const promptDates = () => (h.db.prepare(`SELECT local_date FROM prompts WHERE status = 'posted' ORDER BY local_date`).all() as { local_date: string }[]).map((r) => r.local_date);

/** Moves the clock to `iso` and runs the scheduler's minute tick; returns the prompt posted by it, if any. */
async function tick(iso: string): Promise<string | undefined> {
  const before = promptsPosted().length;
  h.clock.now = new Date(iso);
  await h.lp.minuteTick.runDue();
  const after = promptsPosted();
  return after.length > before ? String(after.at(-1)?.response.ts) : undefined;
}

async function answer(user: string, promptTs: string): Promise<void> {
  await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, user, STRONG_STORY).event);
}

const homeText = (user: string) => {
  const call = h.api.callsTo('views.publish').filter((c) => c.args.user_id === user).at(-1);
  expect(call?.response).toMatchObject({ ok: true });
  return JSON.stringify((JSON.parse(call?.args.view as string) as { blocks: unknown[] }).blocks);
};

beforeEach(async () => {
  // Monday 30 Nov 2026, 07:00 UTC.
  h = await startHarness(new Date('2026-11-30T07:00:00Z'));
  ui = interactions(h);
  await h.runLp('setup 09:30 UTC mon-fri');
});

afterEach(async () => {
  await h.close();
});

describe('/lp holidays', () => {
  it('an admin adds a range: no prompt on those days, none caught up after, and the next working day has its prompt', async () => {
    const added = await h.runLp('holidays add 2026-12-01..2026-12-02');
    expect(added.text).toContain('Added Tue 1 Dec 2026 to Wed 2 Dec 2026: no prompt on those days.');
    expect(added.text).toContain('• Tue 1 Dec 2026 to Wed 2 Dec 2026');

    expect(await tick('2026-11-30T09:31:00Z')).toBeDefined();
    // Tuesday and Wednesday: nothing, at the prompt time or later in the day.
    expect(await tick('2026-12-01T09:31:00Z')).toBeUndefined();
    expect((await h.runLp('schedule', { user: MEMBER })).text).toContain('Next prompt: Thu 3 Dec, 09:30 UTC');
    // Everyone can look.
    const list = await h.runLp('holidays', { user: MEMBER });
    expect(list.text).toContain('*Holidays in <#C0TEAM001>*');
    expect(list.text).toContain('• Tue 1 Dec 2026 to Wed 2 Dec 2026');
    expect(list.text).toContain('Next prompt: Thu 3 Dec, 09:30 UTC');
    expect(await tick('2026-12-01T15:00:00Z')).toBeUndefined();
    expect(await tick('2026-12-02T09:31:00Z')).toBeUndefined();
    // Thursday: the prompt comes, once, and Wednesday's is not caught up.
    expect(await tick('2026-12-03T09:31:00Z')).toBeDefined();
    expect(await tick('2026-12-03T09:35:00Z')).toBeUndefined();
    expect(promptDates()).toEqual(['2026-11-30', '2026-12-03']);
    // Past ranges drop out of the list.
    expect((await h.runLp('holidays', { user: MEMBER })).text).toContain('• No dates added.');
  });

  it('a non-admin is refused clearly and nothing changes', async () => {
    const refused = await h.runLp('holidays add 2026-12-01', { user: MEMBER });
    expect(refused.text).toContain('Only LP Coach admins can do that');
    expect((await h.runLp('holidays country DE', { user: MEMBER })).text).toContain('Only LP Coach admins can do that');
    expect(await tick('2026-12-01T09:31:00Z')).toBeDefined();
  });

  it('bad input gets a reply naming what to type', async () => {
    const badDate = await h.runLp('holidays add 2026-12-32');
    expect(badDate.text).toContain('"2026-12-32" is not a date: write it as YYYY-MM-DD');
    expect(badDate.text).toContain('`/lp holidays add 2026-12-24..2027-01-01`');
    expect((await h.runLp('holidays add 2027-01-01..2026-12-24')).text).toContain('put the earlier date first');
    const country = await h.runLp('holidays country Narnia');
    expect(country.text).toContain('"Narnia" is not a country code I know');
    expect(country.text).toContain('`/lp holidays country DE`');
    expect((await h.runLp('holidays add 2026-11-01')).text).toContain('is already over');
    expect((await h.runLp('holidays', { channel: 'D0MEMBER1' })).text).toContain('Holidays belong to a team channel');
    expect(await tick('2026-11-30T09:31:00Z')).toBeDefined();
  });

  it("a country's public holidays have no prompt (US Thanksgiving), and removing the country brings it back", async () => {
    const set = await h.runLp('holidays country us');
    expect(set.text).toContain('now has no prompt on the public holidays of United States of America (US)');
    expect(set.text).toContain('• Fri 25 Dec 2026: Christmas Day');
    h.clock.now = new Date('2026-11-25T10:00:00Z');
    expect((await h.runLp('schedule')).text).toContain('Fri 27 Nov, 09:30 UTC');
    expect(await tick('2026-11-26T09:31:00Z')).toBeUndefined();
    expect(await tick('2026-11-27T09:31:00Z')).toBeDefined();
    expect((await h.runLp('holidays country off')).text).toContain('Public holidays are off');
  });
});

describe('/lp snooze', () => {
  it('a person snoozed across prompt days keeps their streak; someone who missed them without a snooze does not', async () => {
    const monday = await tick('2026-11-30T09:31:00Z');
    if (monday === undefined) throw new Error('no Monday prompt');
    await answer(MEMBER, monday);
    await answer(OWNER, monday);

    h.clock.now = new Date('2026-11-30T18:00:00Z');
    expect((await h.runLp('snooze', { user: MEMBER })).text).toContain("You're not snoozed.");
    const snoozed = await h.runLp('snooze 2027-12-30', { user: MEMBER });
    expect(snoozed.text).toContain('A snooze lasts at most 366 days');
    expect(snoozed.text).toContain('`/lp snooze 2w`');
    expect((await h.runLp('snooze soon', { user: MEMBER })).text).toContain('Type `/lp snooze 2w`');

    h.clock.now = new Date('2026-12-01T07:00:00Z');
    const ok = await h.runLp('snooze 2d', { user: MEMBER });
    expect(ok.text).toContain('Snoozed until *Wed 2 Dec 2026* (inclusive, dates in UTC)');
    await ui.openHome(MEMBER);
    expect(homeText(MEMBER)).toContain('Snoozed until Wed 2 Dec 2026 (inclusive)');
    expect(homeText(MEMBER)).toContain('Streaks count prompt days only: weekends, holidays and days you snoozed never break one.');

    // Tuesday and Wednesday: prompts for the team; neither person answers.
    expect(await tick('2026-12-01T09:31:00Z')).toBeDefined();
    expect(await tick('2026-12-02T09:31:00Z')).toBeDefined();
    const thursday = await tick('2026-12-03T09:31:00Z');
    if (thursday === undefined) throw new Error('no Thursday prompt');
    await answer(MEMBER, thursday);
    await answer(OWNER, thursday);

    expect((await h.runLp('me', { user: MEMBER })).text).toContain('2 prompt days in a row');
    expect((await h.runLp('me', { user: OWNER })).text).toContain('1 prompt day in a row');
    await ui.openHome(MEMBER);
    const home = homeText(MEMBER);
    expect(home).toContain('Streak: *2* prompt days');
    expect(home).not.toContain('Snoozed until');
    await ui.openHome(OWNER);
    expect(homeText(OWNER)).toContain('Streak: *1* prompt day');
  });

  it('off ends it early, and the state is shown', async () => {
    h.clock.now = new Date('2026-12-01T07:00:00Z');
    await h.runLp('snooze until 2026-12-24', { user: MEMBER });
    expect((await h.runLp('snooze', { user: MEMBER })).text).toContain("You're snoozed until *Thu 24 Dec 2026*");
    expect((await h.runLp('snooze off', { user: MEMBER })).text).toContain('Welcome back');
    expect((await h.runLp('snooze', { user: MEMBER })).text).toContain("You're not snoozed.");
    expect((await h.runLp('snooze off', { user: MEMBER })).text).toContain("You weren't snoozed");
  });

  it('forget-me deletes the snooze', async () => {
    h.clock.now = new Date('2026-12-01T07:00:00Z');
    await h.runLp('snooze 1w', { user: MEMBER });
    await h.runLp('holidays add 2026-12-24', { user: ADMIN });
    const { PrivacyStore } = await import('../../src/store/privacy.js');
    const privacy = new PrivacyStore(h.db);
    expect(privacy.export(MEMBER).snooze).toEqual({
      current: { until_date: '2026-12-07', created_at: '2026-12-01T07:00:00.000Z' },
      periods: [{ from_date: '2026-12-01', to_date: '2026-12-07' }],
    });
    privacy.forget(MEMBER);
    privacy.forget(ADMIN);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM user_snoozes').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM user_snooze_periods').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT from_date, created_by FROM channel_holidays').all()).toEqual([{ from_date: '2026-12-24', created_by: null }]);
  });

  it('a person snoozed on the pairing day sits the weekly mock loop out; the others are paired', async () => {
    for (const user of [ADMIN, OWNER, MEMBER]) await h.runLp('mock join', { user });
    await h.runLp('snooze 1w', { user: OWNER });
    h.clock.now = new Date('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    const groupDms = [...h.workspace.channels.values()].filter((c) => c.is_mpim).map((c) => [...c.members].filter((m) => m !== h.workspace.bot.userId).sort());
    expect(groupDms).toEqual([[ADMIN, MEMBER].sort()]);
  });
});
