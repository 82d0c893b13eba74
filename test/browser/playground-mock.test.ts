import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHANNEL, DEMO_PEOPLE } from '../../src/playground/demo-team.js';
import { actAs, NO_BROWSER_REASON, openPlayground, type PlaygroundFixture } from './harness.js';

/**
 * Issue 13: mock loops in the playground, in headless Chromium, as the five demo people would try them. Each joins
 * the pool by typing `/lp mock join …` in the channel; "Move clock to next" stops at the Monday pairing (five people:
 * a pair and a trio); each group's DM shows in its members' sidebars (and nobody else's); the packet, both scorecard
 * modals (a radio rating and a checkbox) and the candidate's debrief in their LP Coach DM all work through the page.
 * Who is grouped with whom is random, so the checks work out Alex's candidate from the group (round the circle).
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

  it('both scorecards: a rating is required, then a radio rating and a checkbox are sent, and the candidate gets the debrief in their DM', async () => {
    const { page, playground } = fixture;
    const group = groupDms().find((g) => g.members.includes(ALEX));
    const partner = candidateOf(group?.members ?? [], ALEX);
    await actAs(page, ALEX);
    await page.locator(`#nav-groups [data-group="${group?.id}"]`).click();
    const packet = content().locator('article.ephemeral', { hasText: 'Your interviewer packet for' });
    await packet.waitFor();
    const buttons = packet.locator('button.bk-button', { hasText: /^Scorecard: / });
    const principles = (await buttons.allTextContents()).map((text) => text.replace(/^Scorecard: /, ''));
    expect(principles).toHaveLength(2);
    const scorecards = () => playground.app.db.prepare('SELECT principle_id, rating, strong FROM mock_scorecards WHERE interviewer_id = ?').all(ALEX) as { rating: string; strong: string }[];

    for (const [index, principle] of principles.entries()) {
      await packet.locator('button.bk-button', { hasText: `Scorecard: ${principle}` }).click();
      const modal = page.locator('#modal-layer .modal');
      await modal.waitFor();
      expect(await modal.locator('h2').textContent()).toBe('Mock-loop scorecard');
      expect(await modal.textContent()).toContain(`${principle} for @${nameOf(partner)}`);
      if (index === 0) {
        // No rating: refused on the page, as Slack's client refuses an empty required input.
        await modal.locator('[data-modal-submit]').click();
        await modal.locator('[data-block-id="rating"] .bk-error').waitFor();
        expect(await modal.locator('[data-block-id="rating"] .bk-error').textContent()).toBe('Please complete this required field.');
        expect(scorecards()).toHaveLength(0);
      }
      await modal.locator(`[data-block-id="rating"] input[type="radio"][value="${index === 0 ? 'inclined' : 'not-inclined'}"]`).check();
      await modal.locator(`[data-block-id="strong"] input[type="checkbox"][value="metrics"]`).check();
      if (index === 0) {
        await modal.locator('[data-block-id="missing"] input[type="checkbox"][value="tradeoffs"]').check();
        await modal.locator('[data-block-id="note"] textarea').fill('Latency 1.8s to 280ms; named no risk until asked.');
        await fixture.shot('scorecard-modal');
      }
      await modal.locator('[data-modal-submit]').click();
      await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
      await expect.poll(() => scorecards().length).toBe(index + 1);
    }
    expect(scorecards().map((card) => card.rating).sort()).toEqual(['inclined', 'not-inclined']);
    expect(scorecards().every((card) => card.strong.includes('metrics'))).toBe(true);

    // The candidate's debrief: in their LP Coach DM (the Messages tab), and nowhere for Alex.
    await actAs(page, partner);
    await page.locator('#nav-app').click();
    await page.locator('[data-tab="messages"]').click();
    const debrief = content().locator('article.message', { hasText: 'Your mock-loop debrief' });
    await debrief.waitFor();
    const text = (await debrief.textContent()) ?? '';
    expect(text).toContain(`@${nameOf(ALEX)}`);
    expect(text).toContain('Inclined');
    expect(text).toContain('Not inclined');
    expect(text).toContain('Strong: Measured result');
    expect(text).toContain('Missing: Trade-offs');
    for (const principle of principles) expect(text).toContain(principle);
    await fixture.shot('debrief');

    // Rated Inclined on the first principle: on the candidate's App Home that one story counts "verified out loud".
    await page.locator('[data-tab="home"]').click();
    await page.waitForSelector('body[data-screen="home"]');
    await expect.poll(async () => ((await content().textContent()) ?? '').match(/verified out loud/g)?.length ?? 0).toBe(1);
    const home = (await content().textContent()) ?? '';
    expect(home.slice(home.indexOf(principles[0] as string), home.indexOf('verified out loud'))).toContain('1/2');
    await fixture.shot('verified-out-loud');

    await actAs(page, ALEX);
    await page.locator('[data-tab="messages"]').click();
    await page.waitForSelector('body[data-screen="messages"]');
    expect(await content().locator('article.message', { hasText: 'Your mock-loop debrief' }).count()).toBe(0);
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
});
