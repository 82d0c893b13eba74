import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, NO_BROWSER_REASON, openPlayground, type PlaygroundFixture } from './harness.js';

/**
 * Answering the daily prompt out loud in the playground, in headless Chromium: "Attach a clip" in the thread panel
 * posts a Slack audio clip (its transcript built from the typed text at the chosen pace), the app waits under
 * :hourglass_flowing_sand: until Slack's transcript is ready, then sends its author private feedback with a Delivery
 * section and marks the clip :memo:. With transcripts off, the author gets a private note instead.
 */

const SAM = 'U0PLAYSAM';
const PRIYA = 'U0PLAYPRIYA';
const MEI = 'U0PLAYMEI';

// Wednesday 2 Dec 2026, 08:00 UTC: a working day, before the default 09:30 prompt (the playground posts one at start).
const START = new Date('2026-12-02T08:00:00Z');

let fixture: PlaygroundFixture;

describe.skipIf(NO_BROWSER_REASON !== undefined)(`playground clips in Chromium${NO_BROWSER_REASON ? ` (skipped: ${NO_BROWSER_REASON})` : ''}`, () => {
  beforeAll(async () => {
    fixture = await openPlayground('playground-clip', START);
    await fixture.page.goto(fixture.playground.url);
    await fixture.page.locator('#content article.message.from-app .bk-header').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await fixture?.close();
  });

  const thread = () => fixture.page.locator('#thread-content');
  /** The thread reply carrying a clip by this person. */
  const clipOf = (author: string) => thread().locator('article.message:not(.from-app)', { hasText: author }).filter({ has: fixture.page.locator('.clip') });

  async function openPromptThread(): Promise<void> {
    const prompt = fixture.page.locator('#content article.message.from-app').first();
    await prompt.hover();
    await prompt.locator('.hover-actions [data-open-thread]').click();
    await fixture.page.locator('#thread:not([hidden])').waitFor();
  }

  it('a clip told at 150 words a minute waits under the hourglass, then gets private feedback with its delivery', async () => {
    const { page, playground } = fixture;
    await actAs(page, SAM);
    await openPromptThread();

    // The form opens from the thread composer, with its defaults.
    expect(await page.locator('#clip-open').getAttribute('aria-expanded')).toBe('false');
    await page.locator('#clip-open').click();
    await page.locator('#clip-form:not([hidden])').waitFor();
    expect(await page.locator('#clip-open').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#clip-wpm').inputValue()).toBe('150');
    expect(await page.locator('#clip-transcript').inputValue()).toBe('3');
    await page.locator('#clip-example').click();
    const example = await page.locator('#clip-text').inputValue();
    expect(example).toContain('Situation:');
    expect(example.match(/\bum\b/g)?.length).toBeGreaterThanOrEqual(2);
    expect(example).toContain('[pause]');
    expect(await page.locator('#clip-estimate').textContent()).toMatch(/words: a clip of about 1:\d\d\./);
    await fixture.shot('clip-form');
    await page.locator('#clip-form button[type="submit"]').click();
    await page.locator('#clip-form[hidden]').waitFor({ state: 'attached' });

    // The clip in the thread: a card, not empty text; the transcript is still being made and the app is waiting.
    const clip = clipOf('Sam Okafor');
    await clip.waitFor();
    const card = clip.locator('.clip');
    expect(await card.getAttribute('aria-label')).toMatch(/^Audio clip, 1:\d\d, transcript processing…$/);
    expect(await card.locator('.clip-status').textContent()).toBe('Transcript: processing…');
    await clip.locator('[data-reaction="hourglass_flowing_sand"]').waitFor({ timeout: 15_000 });
    await fixture.shot('clip-waiting');

    // Three seconds on, Slack's transcript is ready: the app reads it and answers privately, with the delivery.
    const feedback = thread().locator('article.ephemeral', { hasText: 'Delivery' });
    await feedback.waitFor({ timeout: 15_000 });
    const text = (await feedback.textContent()) ?? '';
    expect(text).toContain('Only visible to you');
    expect(text).toContain('Delivery');
    expect(text).toContain('words a minute');
    expect(await feedback.locator('[data-block-id="lp_fb_delivery"]').count()).toBe(1);
    await expect.poll(() => clip.locator('[data-reaction="memo"]').count()).toBe(1);
    await expect.poll(() => clip.locator('[data-reaction="hourglass_flowing_sand"]').count()).toBe(0);
    await expect.poll(() => card.locator('.clip-status').textContent()).toBe('Transcript: ready');
    expect(await card.locator('.clip-transcript').textContent()).toContain('Situation: last spring, um, our mobile checkout');
    // The pause mark is a silence, not words.
    expect(await card.locator('.clip-transcript').textContent()).not.toContain('[pause]');
    const stored = [...playground.workspace.files.values()].filter((f) => f.clip !== undefined && f.user === SAM);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.clip?.transcription.status).toBe('complete');

    // Nobody else sees the feedback.
    await actAs(page, PRIYA);
    await expect.poll(() => thread().locator('article.ephemeral', { hasText: 'Delivery' }).count()).toBe(0);
    await actAs(page, SAM);
    await feedback.waitFor();
    // The clip and the top of its feedback on screen, for the README.
    await clip.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await fixture.shot('clip-feedback', 'clip-feedback');
  });

  it('with transcripts off, the clip gets a private note on what to do instead', async () => {
    const { page } = fixture;
    await actAs(page, PRIYA);
    if (await page.locator('#thread[hidden]').count()) await openPromptThread();
    await page.locator('#clip-open').click();
    await page.locator('#clip-text').fill('Situation: our release train kept slipping. Task: I owned the fix. Action: I split the pipeline. Result: releases went from monthly to weekly.');
    await page.locator('#clip-transcript').selectOption('never');
    await page.locator('#clip-form button[type="submit"]').click();

    const clip = clipOf('Priya Natarajan');
    await clip.waitFor();
    const note = thread().locator('article.ephemeral', { hasText: 'Slack made no transcript of your clip' });
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain('Only visible to you');
    await expect.poll(() => clip.locator('.clip-status').textContent()).toBe('Transcript: off');
    await expect.poll(() => clip.locator('[data-reaction="hourglass_flowing_sand"]').count()).toBe(0);
    expect(await clip.locator('.clip-transcript').count()).toBe(0);
    await fixture.shot('clip-transcripts-off');
  });

  it('what was said is shown as text: no markup from a transcript reaches the page', async () => {
    const { page } = fixture;
    await actAs(page, MEI);
    if (await page.locator('#thread[hidden]').count()) await openPromptThread();
    await page.locator('#clip-open').click();
    await page.locator('#clip-text').fill('I said <b>bold</b> & <img src=x onerror="window.pwned=1"> out loud.');
    await page.locator('#clip-transcript').selectOption('now');
    await page.locator('#clip-form button[type="submit"]').click();
    const clip = clipOf('Mei');
    await clip.waitFor();
    await expect.poll(() => clip.locator('.clip-transcript').textContent()).toBe('I said <b>bold</b> & <img src=x onerror="window.pwned=1"> out loud.');
    expect(await clip.locator('.clip-transcript b, .clip-transcript img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});
