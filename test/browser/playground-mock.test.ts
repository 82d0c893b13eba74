import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_LABELS, type Rating } from '../../src/core/mock/packet.js';
import type { CriterionId } from '../../src/core/rubric/criteria/types.js';
import { CRITERION_LABELS } from '../../src/core/rubric/labels.js';
import { DEMO_CHANNEL, DEMO_PEOPLE } from '../../src/playground/demo-team.js';
import { actAs, NO_BROWSER_REASON, openPlayground, type PlaygroundFixture } from './harness.js';

/**
 * Issue 13: a week of mock loops in the playground, in headless Chromium, as the five demo people would run it. Each
 * joins the pool by typing `/lp mock join …` in the channel; "Move clock to next" stops at the Monday pairing (five
 * people: a pair and a trio); each group's DM shows in its members' sidebars (and nobody else's); every interviewer
 * opens their packet and sends a scorecard modal (a radio rating, checkboxes) per principle; every candidate gets
 * their debrief in their LP Coach DM and sees the stories rated Inclined or better "verified out loud" on the App Home.
 * Then the written bar-raiser mock (`/lp mock solo`) in a person's DM with LP Coach.
 * Who is grouped with whom is random, so the checks work out each candidate from the group (round the circle).
 */

const ALEX = 'U0PLAYALEX';

// Monday 30 Nov 2026, 08:00 UTC: the channel's mock day (10:00 by default), before the 09:30 prompt.
const START = new Date('2026-11-30T08:00:00Z');

const JOINS: Record<string, string> = {
  U0PLAYALEX: '/lp mock join Tue/Thu after 4pm 2027-01-20',
  U0PLAYPRIYA: '/lp mock join mornings 2027-02-03',
  U0PLAYSAM: '/lp mock join',
  U0PLAYMEI: '/lp mock join Wed lunch',
  U0PLAYJORDAN: '/lp mock join evenings',
};

/** One scorecard as the interviewer fills it in. */
interface Card {
  rating: Rating;
  strong?: CriterionId[];
  missing?: CriterionId[];
  note?: string;
}

/**
 * The week's scorecards, one line per interviewer in the order they score (two principles each): every candidate gets
 * at least one Inclined or better, and each rating of the scale is used.
 */
const WEEK_PLAN: readonly (readonly [Card, Card])[] = [
  [
    { rating: 'inclined', strong: ['metrics'], missing: ['tradeoffs'], note: 'Latency 1.8s to 280ms; named no risk until asked.' },
    { rating: 'not-inclined', strong: ['metrics'] },
  ],
  [{ rating: 'strongly-inclined', strong: ['ownership', 'specificity'], note: 'Owned the rollback end to end.' }, { rating: 'inclined' }],
  [{ rating: 'inclined', strong: ['structure'] }, { rating: 'strongly-not-inclined', missing: ['learning', 'alignment'], note: 'A team story: no "I" in it.' }],
  [{ rating: 'strongly-inclined' }, { rating: 'not-inclined', missing: ['metrics'] }],
  [{ rating: 'not-inclined', missing: ['ownership'] }, { rating: 'inclined', strong: ['tradeoffs'] }],
];
const passes = (rating: Rating) => rating === 'inclined' || rating === 'strongly-inclined';

/** The bar-raiser mock's story (about 120 words): no trade-off and no lesson, so the rubric has follow-ups to ask. */
const SOLO_STORY =
  'Last spring our nightly billing export failed three nights in a row and nobody owned it, because the team that built ' +
  'it had moved on. I was on the payments team, so it was not my service, but finance could not close the month without ' +
  'it. I read the job logs, found that a schema change upstream had renamed a column, and fixed the mapping that night. ' +
  'Then I added a check that fails the build when the upstream schema changes, wrote a one-page runbook, and asked my ' +
  'manager to make the job ours so it had an owner. I ran the export by hand for two days while the fix was reviewed. ' +
  'Since then it has not failed once, and month-end close went from five days to three.';

const nameOf = (id: string) => DEMO_PEOPLE.find((p) => p.id === id)?.real_name ?? id;
/** Whom `member` interviews in the group: the next one round the circle of its members in order (as the app does). */
const candidateOf = (members: readonly string[], member: string) => {
  const sorted = [...members].sort();
  return sorted[(sorted.indexOf(member) + 1) % sorted.length] as string;
};
/** The group as a member's sidebar names it: the others, in the conversation's order. */
const othersOf = (members: readonly string[], member: string) => members.filter((m) => m !== member).map(nameOf).join(', ');

let fixture: PlaygroundFixture;

describe.skipIf(NO_BROWSER_REASON !== undefined)(`playground mock loops in Chromium${NO_BROWSER_REASON ? ` (skipped: ${NO_BROWSER_REASON})` : ''}`, () => {
  beforeAll(async () => {
    fixture = await openPlayground('playground-mock', START);
    await fixture.page.goto(fixture.playground.url);
    await fixture.page.locator('#content article.message.from-app').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await fixture?.close();
  });

  const content = () => fixture.page.locator('#content');
  /** The person's LP Coach DM (the Messages tab of the app). */
  const openMessages = async (userId: string) => {
    await actAs(fixture.page, userId);
    await fixture.page.locator('#nav-app').click();
    await fixture.page.locator('[data-tab="messages"]').click();
    await fixture.page.waitForSelector(`body[data-screen="messages"][data-me="${userId}"]`);
  };
  const openHome = async (userId: string) => {
    await actAs(fixture.page, userId);
    await fixture.page.locator('#nav-app').click();
    await fixture.page.locator('[data-tab="home"]').click();
    await fixture.page.waitForSelector(`body[data-screen="home"][data-me="${userId}"]`);
  };
  /** As `interviewer`, opens the group DM and presses "My interviewer packet": the packet (the newest one shown). */
  const openPacket = async (groupId: string, interviewer: string, candidate: string) => {
    const { page } = fixture;
    await actAs(page, interviewer);
    await page.locator(`#nav-groups [data-group="${groupId}"]`).click();
    await page.waitForSelector(`body[data-screen="group"][data-group="${groupId}"]`);
    const pairMessage = content().locator('article.message:not(.ephemeral)', { hasText: 'Mock loop this week' });
    await pairMessage.waitFor();
    const packets = content().locator('article.ephemeral', { hasText: 'Your interviewer packet for' });
    const before = await packets.count();
    await pairMessage.locator('button.bk-button', { hasText: 'My interviewer packet' }).click();
    await expect.poll(() => packets.count()).toBe(before + 1);
    const packet = packets.last();
    expect(await packet.textContent()).toContain(`Your interviewer packet for @${nameOf(candidate)}`);
    expect(await packet.locator('button.bk-button', { hasText: /^Scorecard: / }).count()).toBe(2);
    return packet;
  };
  /** Fills and sends the scorecard modal of one principle of the packet. `checkRequired`: first tries it with no rating. */
  const sendScorecard = async (packet: Locator, principle: string, candidate: string, card: Card, options: { checkRequired?: boolean; shot?: boolean } = {}) => {
    const { page } = fixture;
    await packet.locator('button.bk-button', { hasText: `Scorecard: ${principle}` }).click();
    const modal = page.locator('#modal-layer .modal');
    await modal.waitFor();
    expect(await modal.locator('h2').textContent()).toBe('Mock-loop scorecard');
    expect(await modal.textContent()).toContain(`${principle} for @${nameOf(candidate)}`);
    if (options.checkRequired === true) {
      // No rating: refused on the page, as Slack's client refuses an empty required input.
      const before = fixture.playground.app.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get();
      await modal.locator('[data-modal-submit]').click();
      await modal.locator('[data-block-id="rating"] .bk-error').waitFor();
      expect(await modal.locator('[data-block-id="rating"] .bk-error').textContent()).toBe('Please complete this required field.');
      expect(fixture.playground.app.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get()).toBe(before);
    }
    await modal.locator(`[data-block-id="rating"] input[type="radio"][value="${card.rating}"]`).check();
    for (const id of card.strong ?? []) await modal.locator(`[data-block-id="strong"] input[type="checkbox"][value="${id}"]`).check();
    for (const id of card.missing ?? []) await modal.locator(`[data-block-id="missing"] input[type="checkbox"][value="${id}"]`).check();
    if (card.note !== undefined) await modal.locator('[data-block-id="note"] textarea').fill(card.note);
    if (options.shot === true) await fixture.shot('scorecard-modal');
    await modal.locator('[data-modal-submit]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
  };
  /** The interviewer's scorecards in the database, in the order sent. */
  const scorecardsBy = (interviewer: string) =>
    fixture.playground.app.db.prepare('SELECT rating FROM mock_scorecards WHERE interviewer_id = ? ORDER BY rowid').all(interviewer) as { rating: Rating }[];
  /** Debriefs posted in the person's DM with LP Coach, as the stand-in workspace holds them. */
  const debriefsOf = (userId: string) => {
    const { workspace } = fixture.playground;
    const dm = [...workspace.channels.values()].find((c) => c.is_im && c.user === userId);
    return (workspace.messages.get(dm?.id ?? '') ?? []).filter((m) => m.text.startsWith('Your mock-loop debrief')).length;
  };
  /** The group DMs in the stand-in: id and people (the bot left out). */
  const groupDms = () =>
    [...fixture.playground.workspace.channels.values()]
      .filter((c) => c.is_mpim)
      .map((c) => ({ id: c.id, members: [...c.members].filter((m) => m !== fixture.playground.workspace.bot.userId) }));

  it('the five demo people join the pool from the channel composer; the clock control then stops at the pairing', async () => {
    const { page } = fixture;
    expect(await page.locator('#clock-next').textContent()).not.toContain('mock-loop pairing');
    for (const [index, person] of DEMO_PEOPLE.entries()) {
      await actAs(page, person.id);
      await page.fill('#composer-text', JOINS[person.id] ?? '/lp mock join');
      await page.press('#composer-text', 'Enter');
      const joined = content().locator('article.ephemeral', { hasText: "You're in: the mock-loop pool" });
      await joined.waitFor();
      expect(await joined.textContent()).toContain('#lp-practice');
      // One person is no pool: the pairing is offered once two are in it.
      if (index === 0) expect(await page.locator('#clock-next').textContent()).not.toContain('mock-loop pairing');
      else await expect.poll(() => page.locator('#clock-next').textContent()).toBe('Next: Mon 30 Nov, 10:00 UTC: mock-loop pairing');
      if (index === 0) await fixture.shot('mock-join');
    }
    expect(fixture.playground.app.db.prepare('SELECT COUNT(*) FROM mock_pool WHERE channel_id = ?').pluck().get(DEMO_CHANNEL.id)).toBe(5);
    expect(groupDms()).toEqual([]);
    expect(await page.locator('#nav-groups [data-nav="group"]').count()).toBe(0);
    await fixture.shot('pairing-next');

    await page.locator('#advance').click();
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Moved the clock to Mon 30 Nov, 10:00 UTC: mock-loop pairing.');
    await expect.poll(() => groupDms().length).toBe(2);
    expect(groupDms().flatMap((g) => g.members).sort()).toEqual(DEMO_PEOPLE.map((p) => p.id).sort());
    expect(groupDms().map((g) => g.members.length).sort()).toEqual([2, 3]);
    // Paired: the week is done, so the next stop is no longer this pairing.
    await expect.poll(() => page.locator('#clock-next').textContent()).not.toContain('Mon 30 Nov, 10:00 UTC: mock-loop pairing');
  });

  it("each person sees only their own group's DM in the sidebar, named by the others in it", async () => {
    const { page } = fixture;
    for (const group of groupDms()) {
      for (const member of group.members) {
        await actAs(page, member);
        const nav = page.locator('#nav-groups [data-nav="group"]');
        await expect.poll(() => nav.count()).toBe(1);
        expect(await nav.getAttribute('data-group')).toBe(group.id);
        expect(await nav.textContent()).toBe(othersOf(group.members, member));
      }
    }
  });

  it('the group DM opens with the pair message and its buttons; "My interviewer packet" answers privately in it', async () => {
    const { page } = fixture;
    const group = groupDms().find((g) => g.members.includes(ALEX));
    const members = group?.members ?? [];
    const partner = candidateOf(members, ALEX);
    await actAs(page, ALEX);
    await page.locator(`#nav-groups [data-group="${group?.id}"]`).click();
    await page.waitForSelector(`body[data-screen="group"][data-group="${group?.id}"]`);
    expect(await page.locator('#title').textContent()).toBe(othersOf(members, ALEX));
    expect(await page.locator('#nav-groups .nav-item.active').textContent()).toBe(othersOf(members, ALEX));
    const pairMessage = content().locator('article.message:not(.ephemeral)', { hasText: 'Mock loop this week' });
    await pairMessage.waitFor();
    for (const member of members) expect(await pairMessage.textContent()).toContain(`@${nameOf(member)}`);
    expect(await pairMessage.locator('button.bk-button').allTextContents()).toEqual(['My interviewer packet', 'We met', 'Skip this week']);
    expect(await pairMessage.textContent()).toContain('free Tue/Thu after 4pm; interview on 2027-01-20');
    await fixture.shot('group-dm');

    await pairMessage.locator('button.bk-button', { hasText: 'My interviewer packet' }).click();
    const packet = content().locator('article.ephemeral', { hasText: 'Your interviewer packet for' });
    await packet.waitFor();
    expect(await packet.textContent()).toContain(`Your interviewer packet for @${nameOf(partner)}`);
    expect(await packet.textContent()).toContain('Only visible to you');
    expect(await packet.textContent()).toContain('A strong answer shows');
    expect(await packet.locator('button.bk-button', { hasText: /^Scorecard: / }).count()).toBe(2);
    // The pair message and the top of the packet on screen, for the README.
    await pairMessage.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await fixture.shot('packet', 'mock-loop-packet');

    // The partner is in the same group DM but does not see Alex's packet.
    await actAs(page, partner);
    await page.locator(`#nav-groups [data-group="${group?.id}"]`).click();
    await content().locator('article.message', { hasText: 'Mock loop this week' }).waitFor();
    expect(await content().locator('article.ephemeral', { hasText: 'Your interviewer packet' }).count()).toBe(0);
  });

  it('the whole week: every interviewer of every group opens their packet and scores each principle; every candidate gets a private debrief', async () => {
    const { page } = fixture;
    // Alex's group first, Alex first in it: the first scorecard is the one that checks the refused empty rating.
    const groups = groupDms().sort((a, b) => Number(b.members.includes(ALEX)) - Number(a.members.includes(ALEX)));
    const turns = groups.flatMap((group) =>
      [...group.members].sort((a, b) => Number(b === ALEX) - Number(a === ALEX)).map((interviewer) => ({ group, interviewer, candidate: candidateOf(group.members, interviewer) })),
    );
    expect(turns.map((turn) => turn.interviewer).sort()).toEqual(DEMO_PEOPLE.map((p) => p.id).sort());
    expect(turns.map((turn) => turn.candidate).sort()).toEqual(DEMO_PEOPLE.map((p) => p.id).sort());

    const sent: Record<string, { interviewer: string; principles: string[]; cards: readonly [Card, Card] }> = {};
    for (const [index, { group, interviewer, candidate }] of turns.entries()) {
      const cards = WEEK_PLAN[index] as readonly [Card, Card];
      const packet = await openPacket(group.id, interviewer, candidate);
      const principles = (await packet.locator('button.bk-button', { hasText: /^Scorecard: / }).allTextContents()).map((text) => text.replace(/^Scorecard: /, ''));
      expect(principles).toHaveLength(2);
      for (const [n, principle] of principles.entries()) {
        await sendScorecard(packet, principle, candidate, cards[n] as Card, { checkRequired: index === 0 && n === 0, shot: index === 0 && n === 0 });
        await expect.poll(() => scorecardsBy(interviewer).length).toBe(n + 1);
        // The candidate's debrief waits for both of their scorecards.
        if (n === 0) expect(debriefsOf(candidate)).toBe(0);
      }
      expect(scorecardsBy(interviewer).map((card) => card.rating)).toEqual(cards.map((card) => card.rating));
      sent[candidate] = { interviewer, principles, cards };
    }
    expect(fixture.playground.app.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get()).toBe(10);

    // Each candidate's debrief: in their own LP Coach DM only, from their interviewer, with both principles rated.
    for (const [index, person] of DEMO_PEOPLE.entries()) {
      const { interviewer, principles, cards } = sent[person.id] ?? expect.unreachable(`no interviewer for ${person.id}`);
      await openMessages(person.id);
      const debrief = content().locator('article.message', { hasText: 'Your mock-loop debrief' });
      await debrief.first().waitFor();
      expect(await debrief.count()).toBe(1);
      const text = (await debrief.textContent()) ?? '';
      expect(text).toContain(`@${nameOf(interviewer)}`);
      for (const [n, principle] of principles.entries()) expect(text).toContain(`${principle}: ${RATING_LABELS[(cards[n] as Card).rating]}`);
      const labels = (ids: readonly CriterionId[]) => ids.map((id) => CRITERION_LABELS[id]).join(', ');
      for (const card of cards) {
        if (card.strong !== undefined) expect(text).toContain(`Strong: ${labels(card.strong)}`);
        if (card.missing !== undefined) expect(text).toContain(`Missing: ${labels(card.missing)}`);
        if (card.note !== undefined) expect(text).toContain(card.note);
      }
      // Only the stories rated Inclined or better offer "Which written story?".
      expect(await debrief.locator('button.bk-button', { hasText: 'Which written story?' }).count()).toBe(cards.filter((card) => passes(card.rating)).length);
      if (index === 0) await fixture.shot('debrief');
    }

    // On every candidate's App Home, each principle rated Inclined or better counts "verified out loud", and no other.
    for (const person of DEMO_PEOPLE) {
      const { principles, cards } = sent[person.id] ?? expect.unreachable(`no interviewer for ${person.id}`);
      await openHome(person.id);
      const passed = principles.filter((_, n) => passes((cards[n] as Card).rating));
      await expect.poll(async () => ((await content().textContent()) ?? '').match(/verified out loud/g)?.length ?? 0).toBe(passed.length);
      // On the coverage grid: in the cells of those principles, and not in the cells of the others scored.
      const cells = await content().locator('.bk-field').allTextContents();
      for (const principle of principles) {
        const cell = cells.find((text) => text.startsWith(principle)) ?? '';
        if (passed.includes(principle)) expect(cell).toMatch(/1\/2 · .*1 verified out loud/);
        else expect(cell).not.toContain('verified out loud');
      }
      if (person.id === ALEX) await fixture.shot('verified-out-loud');
    }
  });

  it('a non-member does not see the group DM; the other pair marks theirs "We met" and both of them see it', async () => {
    const { page, playground } = fixture;
    const alexGroup = groupDms().find((g) => g.members.includes(ALEX));
    const other = groupDms().find((g) => !g.members.includes(ALEX));
    const [first = '', second = ''] = other?.members ?? [];
    // Alex's group DM open, then switching to someone outside it: the page goes back to the channel.
    await actAs(page, ALEX);
    await page.locator(`#nav-groups [data-group="${alexGroup?.id}"]`).click();
    await page.waitForSelector('body[data-screen="group"]');
    await actAs(page, first);
    await page.waitForSelector('body[data-screen="channel"]');
    expect(await page.locator(`#nav-groups [data-group="${alexGroup?.id}"]`).count()).toBe(0);
    expect(await content().textContent()).not.toContain('Your interviewer packet');
    // Not in what the server sends this person either, and a click in it made up by hand is refused.
    const state = (await page.evaluate(async (user) => (await fetch(`/api/state?user=${user}`)).json(), first)) as { groupDirectMessages: { id: string }[] };
    expect(state.groupDirectMessages.map((g) => g.id)).toEqual([other?.id]);
    const alexPair = playground.workspace.messages.get(alexGroup?.id ?? '')?.[0];
    const pairId = JSON.stringify(alexPair?.blocks).match(/"value":"(\d+)"/)?.[1];
    const refused = await page.evaluate(
      async (body) => (await fetch('/api/action', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json(),
      { user: first, source: { kind: 'message', channel: alexGroup?.id, ts: alexPair?.ts }, blockId: `mock_pair_${pairId}`, actionId: 'mock_packet' },
    );
    expect(refused).toEqual({ ok: false, notice: 'That message or view is gone.' });
    await fixture.shot('non-member');

    await page.locator(`#nav-groups [data-group="${other?.id}"]`).click();
    const found = content().locator('article.message:not(.ephemeral)', { hasText: 'Mock loop this week' });
    await found.waitFor();
    // The same message, whatever its text becomes.
    const pairMessage = content().locator(`article.message[data-ts="${await found.getAttribute('data-ts')}"]`);
    await pairMessage.locator('button.bk-button', { hasText: 'We met' }).click();
    await expect.poll(() => pairMessage.textContent()).toContain(`met this week (marked by @${nameOf(first)})`);
    // The outcome replaces "We met" / "Skip this week"; the packet button stays for the scorecards.
    expect(await pairMessage.locator('button.bk-button').allTextContents()).toEqual(['My interviewer packet']);
    await actAs(page, second);
    await expect.poll(() => pairMessage.textContent()).toContain(`met this week (marked by @${nameOf(first)})`);
    expect(playground.app.db.prepare('SELECT COUNT(*) FROM mock_pairs WHERE status = ?').pluck().get('met')).toBe(1);
    await fixture.shot('we-met');
  });
  it('the written bar-raiser mock: `/lp mock solo ownership` in the channel, then the question, two follow-ups and the scorecard in the DM', async () => {
    const { page } = fixture;
    const PRIYA = 'U0PLAYPRIYA';
    await actAs(page, PRIYA);
    await page.locator('#nav-channel').click();
    await page.waitForSelector('body[data-screen="channel"]');
    await page.fill('#composer-text', '/lp mock solo ownership');
    await page.press('#composer-text', 'Enter');
    const waiting = content().locator('article.ephemeral', { hasText: 'Your bar-raiser mock on' });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Ownership');
    expect(await waiting.textContent()).toContain('Only you see it');

    await openMessages(PRIYA);
    const dm = content().locator('article.message');
    /** Sends one message from the DM composer and waits for LP Coach's next message that contains `reply`. */
    const say = async (text: string, reply: string) => {
      const before = await dm.count();
      await page.fill('#composer-text', text);
      await page.press('#composer-text', 'Enter');
      await expect.poll(() => dm.count()).toBeGreaterThanOrEqual(before + 2);
      const answer = content().locator('article.message.from-app', { hasText: reply });
      await answer.last().waitFor();
      expect(await dm.last().textContent()).toContain(reply);
      return answer.last();
    };
    const question = content().locator('article.message.from-app', { hasText: 'Bar-raiser mock · Ownership' });
    await question.waitFor();
    expect(await question.textContent()).toContain('Reply here with your answer');
    expect(SOLO_STORY.split(/\s+/).length).toBeGreaterThanOrEqual(110);
    await say(SOLO_STORY, 'Follow-up 1 of 2');
    await fixture.shot('solo-follow-up-1');
    await say('I weighed fixing it quietly against waiting for the old team; I chose to fix it that night and told them the next morning.', 'Follow-up 2 of 2');
    const scorecard = await say('I learned to ask who owns a job before it breaks; now every scheduled job we run has a named owner in its README.', 'Bar-raiser scorecard');
    const text = (await scorecard.textContent()) ?? '';
    expect(text).toContain('Bar-raiser scorecard · Ownership');
    expect(text).toMatch(/Strongly inclined|Inclined|Not inclined|Strongly not inclined/);
    await fixture.shot('solo-scorecard');
    // All of it in Priya's DM only: nothing in the channel.
    expect(await content().locator('article.message', { hasText: 'Follow-up 1 of 2' }).count()).toBe(1);
    await page.locator('#nav-channel').click();
    await page.waitForSelector('body[data-screen="channel"]');
    expect(await content().textContent()).not.toContain('Bar-raiser scorecard');
  });
});
