import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, NO_BROWSER_REASON, openPlayground, type PlaygroundFixture } from './harness.js';

/**
 * The team programme in the playground, in headless Chromium, the way a visitor tries it: a role track, the team's
 * own questions imported from CSV (all or nothing), an interview plan, a reminder DM that the clock control brings,
 * and a holiday that moves the next prompt.
 */

const ALEX = 'U0PLAYALEX';
const PRIYA = 'U0PLAYPRIYA';
const SAM = 'U0PLAYSAM';

// Wednesday 2 Dec 2026, 12:00 UTC: after the 09:30 prompt time, so the start-up catch-up posts today's prompt (at
// 12:00, after a 10:00 reminder: none today), and the next prompt is Thursday's.
const START = new Date('2026-12-02T12:00:00Z');

const HEADER = 'principle,question,probes,track';
const ROW_1 = 'dive-deep,Tell me about a time a dashboard hid a problem from your team.,How did you find out? | What did you change?,pm';
const ROW_2_BAD = 'dive-depp,Tell me about a time you found a root cause nobody else was looking for.,,';
const ROW_2 = 'Dive Deep,Tell me about a time you found a root cause nobody else was looking for.,,';
const ROW_3 = '"Customer Obsession","Describe a launch you delayed for a customer, and why.",,';

let fixture: PlaygroundFixture;

describe.skipIf(NO_BROWSER_REASON !== undefined)(`playground: the team programme${NO_BROWSER_REASON ? ` (skipped: ${NO_BROWSER_REASON})` : ''}`, () => {
  beforeAll(async () => {
    fixture = await openPlayground('playground-programme', START);
  }, 120_000);

  afterAll(async () => {
    await fixture?.close();
  });

  const channel = () => fixture.page.locator('#content');
  const modal = () => fixture.page.locator('#modal-layer .modal');

  async function type(text: string): Promise<void> {
    await fixture.page.fill('#composer-text', text);
    await fixture.page.press('#composer-text', 'Enter');
  }

  /** The newest private reply holding `text`, once it is there. */
  async function privateReply(text: string): Promise<string> {
    const reply = channel().locator('article.ephemeral', { hasText: text }).last();
    await reply.waitFor();
    const content = (await reply.textContent()) ?? '';
    expect(content).toContain('Only visible to you');
    return content;
  }

  const clockNext = () => fixture.page.locator('#clock-next').textContent();

  it('opens with today’s prompt and lists the programme to try', async () => {
    const { page, playground } = fixture;
    await page.goto(playground.url);
    await channel().locator('article.message.from-app .bk-header').first().waitFor();
    await actAs(page, ALEX);
    await page.locator('#try summary').click();
    await page.locator('#try-list [data-try="/lp config track pm"]').click();
    expect(await page.locator('#composer-text').inputValue()).toBe('/lp config track pm');
    await expect.poll(clockNext).toContain('Thu 3 Dec, 09:30 UTC: daily prompt');
  });

  it('as Alex, /lp config track pm puts the channel on the PM track', async () => {
    await type('/lp config track pm');
    const reply = await privateReply('track');
    expect(reply).toContain('Product / program manager');
    await type('/lp help metrics');
    expect(await privateReply('retention')).toContain('Adoption');
  });

  it('/lp questions import is all or nothing: a bad row is named by its line, the fixed paste imports 3', async () => {
    const { page } = fixture;
    await type('/lp questions import');
    await modal().waitFor();
    expect(await modal().locator('.modal-header h2').textContent()).toBe('Import questions');
    const box = modal().locator('textarea[data-input]');
    await box.fill([HEADER, ROW_1, ROW_2_BAD, ROW_3].join('\n'));
    await modal().locator('[data-modal-submit]').click();
    await expect.poll(async () => (await modal().textContent()) ?? '').toContain('Nothing was imported');
    const failed = (await modal().textContent()) ?? '';
    expect(failed).toContain('line 3');
    expect(failed).toContain('dive-depp');
    expect(failed).not.toContain('line 2:');
    // The paste stays in the box to fix.
    expect(await modal().locator('textarea[data-input]').inputValue()).toContain('dive-depp');

    // Nothing was imported: the channel's questions are still empty.
    await modal().locator('.modal-header [data-modal-close]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
    await type('/lp questions');
    await modal().waitFor();
    expect(await modal().locator('.modal-header h2').textContent()).toBe('Team questions');
    expect(await modal().textContent()).toContain('No team questions yet');
    await modal().locator('.modal-header [data-modal-close]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);

    await type('/lp questions import');
    await modal().waitFor();
    await modal().locator('textarea[data-input]').fill([HEADER, ROW_1, ROW_2_BAD, ROW_3].join('\n'));
    await modal().locator('[data-modal-submit]').click();
    await expect.poll(async () => (await modal().textContent()) ?? '').toContain('line 3');
    await modal().locator('textarea[data-input]').fill([HEADER, ROW_1, ROW_2, ROW_3].join('\n'));
    await modal().locator('[data-modal-submit]').click();
    await expect.poll(async () => (await modal().textContent()) ?? '').toContain('Imported 3 questions');
    await modal().locator('[data-modal-close]').first().click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);

    // The questions modal lists them, with Edit and Retire (which asks first).
    await type('/lp questions');
    await modal().waitFor();
    const listed = (await modal().textContent()) ?? '';
    expect(listed).toContain('a dashboard hid a problem');
    expect(listed).toContain('a root cause nobody else was looking for');
    expect(listed).toContain('delayed for a customer');
    expect(await modal().locator('.bk-button', { hasText: 'Retire' }).count()).toBe(3);
    await modal().locator('.modal-header [data-modal-close]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
  });

  it('/lp questions: Add a question (select, multi-line text, a field error) and Retire, which asks first', async () => {
    const { page } = fixture;
    await type('/lp questions');
    await modal().waitFor();
    await modal().locator('.bk-button', { hasText: 'Add a question' }).click();
    await expect.poll(() => modal().locator('.modal-header h2').textContent()).toBe('Add a question');
    expect(await modal().locator('.modal-depth').textContent()).toBe('2');
    await modal().locator('select[data-block-id="lpq_principle"]').selectOption('ownership');
    const question = modal().locator('textarea[data-block-id="lpq_question"]');
    // Too short: the app's error shows under the field, the modal stays.
    await question.fill('Too short.');
    await modal().locator('[data-modal-submit]').click();
    await modal().locator('[data-block-id="lpq_question"] .bk-error:not(.client)').waitFor();
    await question.fill('Tell me about a time you took over\na project nobody owned.');
    await modal().locator('input[data-block-id="lpq_probe_1"]').fill('What made it yours?');
    await modal().locator('select[data-block-id="lpq_track"]').selectOption('pm');
    await modal().locator('[data-modal-submit]').click();
    await expect.poll(() => modal().locator('.modal-header h2').textContent()).toBe('Team questions');
    await expect.poll(async () => (await modal().textContent()) ?? '').toContain('Added team-4');
    expect(await modal().textContent()).toContain('a project nobody owned');

    await modal().locator('[data-block-id="lpq_a_team-4"] .bk-button', { hasText: 'Retire' }).click();
    const confirm = page.locator('#confirm-layer .modal');
    expect(await confirm.locator('h2').textContent()).toBe('Retire this question?');
    await confirm.locator('[data-answer="yes"]').click();
    await expect.poll(async () => (await modal().textContent()) ?? '').toContain('Retired team-4');
    expect(await modal().locator('.bk-button', { hasText: 'Retire' }).count()).toBe(3);
    await modal().locator('.modal-header [data-modal-close]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
  });

  it('as Priya, /lp interview in 30 days gives a private plan with this week’s share', async () => {
    const { page, playground } = fixture;
    await actAs(page, PRIYA);
    const today = playground.clock.now();
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30)).toISOString().slice(0, 10);
    await type(`/lp interview ${date}`);
    const plan = await privateReply('To be ready');
    expect(plan).toContain('Due this week');
    // The App Home shows the same plan.
    await page.click('#nav-app');
    const home = page.locator('#content .home');
    await expect.poll(async () => (await home.textContent()) ?? '').toContain('To be ready');
    await page.click('#nav-channel');
    await page.waitForSelector('body[data-screen="channel"]');
    await actAs(page, SAM);
    expect(await channel().locator('article.ephemeral', { hasText: 'To be ready' }).count()).toBe(0);
  });

  it('/lp remind 10:00: the clock stops at the reminder, and one DM arrives under Apps → LP Coach', async () => {
    const { page } = fixture;
    await actAs(page, PRIYA);
    await type('/lp remind 10:00');
    await privateReply('10:00');
    // Today's prompt came at 12:00, after 10:00: no reminder today, so next is tomorrow's prompt.
    await expect.poll(clockNext).toContain('Thu 3 Dec, 09:30 UTC: daily prompt');
    await page.click('#advance');
    await expect.poll(() => page.locator('#clock-now').textContent()).toContain('Thu 3 Dec, 09:30 UTC');
    await expect.poll(() => channel().locator('article.message.from-app', { hasText: 'Daily Leadership Principle prompt' }).count()).toBe(2);
    // Priya has not answered Thursday's prompt: her reminder is the next stop, named as hers.
    await expect.poll(clockNext).toContain('Thu 3 Dec, 10:00 UTC: reminder DM to you');
    await actAs(page, SAM);
    await expect.poll(clockNext).toContain('Thu 3 Dec, 10:00 UTC: reminder DM to Priya Natarajan');
    await actAs(page, PRIYA);
    await page.click('#advance');
    await expect.poll(() => page.locator('#clock-now').textContent()).toContain('Thu 3 Dec, 10:00 UTC');
    await expect.poll(clockNext).toContain('Fri 4 Dec, 09:30 UTC: daily prompt');

    await page.click('#nav-app');
    await page.locator('#tabs [data-tab="messages"]').click();
    await page.waitForSelector('body[data-screen="messages"]');
    const dms = channel().locator('article.message.from-app');
    await expect.poll(() => dms.count()).toBe(1);
    const dm = (await dms.first().textContent()) ?? '';
    expect(dm).toContain('You have not answered today’s prompt');
    // Its button opens the practice modal for today's question.
    await dms.first().locator('.bk-button', { hasText: 'Answer privately' }).click();
    await modal().waitFor();
    expect(await modal().locator('.modal-header h2').textContent()).toBe('Practice');
    await modal().locator('.modal-header [data-modal-close]').click();
    await expect.poll(() => page.locator('#modal-layer .modal').count()).toBe(0);
    await page.click('#nav-channel');
    await page.waitForSelector('body[data-screen="channel"]');
  });

  it('as Alex, /lp holidays add <next prompt date> moves the next prompt past it; that day shows as a holiday', async () => {
    const { page } = fixture;
    await actAs(page, ALEX);
    await expect.poll(clockNext).toContain('Fri 4 Dec, 09:30 UTC: daily prompt');
    expect(await page.locator('#clock-holiday').isVisible()).toBe(false);
    await type('/lp holidays add 2026-12-04');
    const added = await privateReply('no prompt on that day');
    expect(added).toContain('Next prompt:');
    // Friday's digest still comes; the prompt moves to Monday.
    await expect.poll(clockNext).toContain('Fri 4 Dec, 16:00 UTC: weekly digest');
    await expect.poll(() => page.locator('#clock-prompt').textContent()).toBe('Next prompt: Mon 7 Dec, 09:30 UTC');
    await page.click('#advance');
    await expect.poll(() => page.locator('#clock-now').textContent()).toContain('Fri 4 Dec, 16:00 UTC');
    await expect.poll(() => page.locator('#clock-holiday').textContent()).toBe('Holiday: no prompt today');
    expect(await page.locator('#clock-holiday').isVisible()).toBe(true);
    await expect.poll(clockNext).toContain('Mon 7 Dec, 09:30 UTC: daily prompt');
    expect(await page.locator('#clock-prompt').isVisible()).toBe(false);
    // No prompt on Friday: still Wednesday's and Thursday's.
    expect(await channel().locator('article.message.from-app', { hasText: 'Daily Leadership Principle prompt' }).count()).toBe(2);

    // No reminder on a holiday: Priya still has the one DM.
    await actAs(page, PRIYA);
    await page.click('#nav-app');
    await page.locator('#tabs [data-tab="messages"]').click();
    await page.waitForSelector('body[data-screen="messages"]');
    await expect.poll(() => channel().locator('article.message.from-app').count()).toBe(1);
  });
});
