import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions } from './interactions.js';
import { CRISP_SPECIFIC } from '../unit/rubric/answers.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, reactionEvent, userReply } from './thread-events.js';

/**
 * Issue 11 part 2: each story has a short title drawn from its situation, shown (escaped once) in `/lp stories`, the
 * leaderboard, wrap-ups, digests and the App Home, and renameable with `/lp stories rename <n> <title>`.
 */
let h: Harness;
let promptTs: string;

// Told in Slack: "R&D" arrives as Slack's "R&amp;D".
const CHECKOUT = STRONG_STORY.replace('our checkout service', 'our R&amp;D checkout service');

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  await h.runLp('post dive deep');
  promptTs = (h.db.prepare(`SELECT message_ts FROM prompts WHERE status = 'posted'`).get() as { message_ts: string }).message_ts;
  h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'followups', value: 'off' });
  // Two stories of the same principle by the same person, each with a vote.
  const checkout = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CHECKOUT);
  await deliver(h, checkout.event);
  const invoices = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CRISP_SPECIFIC);
  await deliver(h, invoices.event);
  await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, checkout.message));
  await deliver(h, reactionEvent(h, 'reaction_added', OWNER, checkout.message));
  await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, invoices.message));
});
afterEach(async () => {
  await h.close();
});

const storyLines = async () => {
  const result = await h.runLp('stories', { user: MEMBER });
  const blocks = result.reply?.blocks as { block_id: string; text?: { text: string } }[];
  return blocks.filter((b) => b.block_id.startsWith('lp_story_')).map((b) => b.text?.text.split('\n')[0]);
};

describe('story titles', () => {
  it('name the situation, so two stories of one principle by one person read differently everywhere', async () => {
    expect(await storyLines()).toEqual(['1. *Nightly invoice job failed twice a week*', '2. *R&amp;D checkout service failed 4% of payments*']);

    const board = (await h.runLp('leaderboard')).text;
    expect(board).toMatch(/1\. <https:[^|]+\|R&amp;D checkout service failed 4% of payments> \(Dive Deep\) by <@U0MEMBER1> · 2 votes/);
    expect(board).toMatch(/2\. <https:[^|]+\|Nightly invoice job failed twice a week> \(Dive Deep\) by <@U0MEMBER1> · 1 vote/);
    expect(board).not.toContain('&amp;amp;');

    // The wrap-up names the top story by its title.
    h.clock.now = new Date('2026-12-01T10:00:00Z');
    await h.runLp('post ownership');
    const wrapUp = h.api.callsTo('chat.postMessage').find((c) => c.args.thread_ts === promptTs && String(c.args.blocks).includes('lp_wrapup'));
    expect(JSON.parse(String(wrapUp?.args.blocks))[0].text.text).toMatch(/Most votes: <https:[^|]+\|R&amp;D checkout service failed 4% of payments> by <@U0MEMBER1>/);

    // The weekly digest lists both, titled.
    h.clock.now = new Date('2026-12-04T16:00:30Z');
    await h.lp.minuteTick.runDue();
    const digest = h.api.callsTo('chat.postMessage').find((c) => String(c.args.blocks).includes('lp_digest_top'));
    const top = (JSON.parse(String(digest?.args.blocks)) as { block_id: string; text: { text: string } }[]).find((b) => b.block_id === 'lp_digest_top')?.text.text;
    expect(top).toContain('|R&amp;D checkout service failed 4% of payments> (Dive Deep)');
    expect(top).toContain('|Nightly invoice job failed twice a week> (Dive Deep)');
  });

  it('can be renamed with /lp stories rename <n> <title>, stored, escaped once when shown, and reset', async () => {
    // Slack sends the command's text with & < > escaped; a typed mention must not ping anyone when shown.
    const renamed = await h.runLp('stories rename 2 Checkout for screen-reader users &amp; <!channel>', { user: MEMBER });
    expect(renamed.text).toBe('Story 2 is now called *Checkout for screen-reader users &amp; &lt;!channel&gt;*.');
    expect(await storyLines()).toEqual(['1. *Nightly invoice job failed twice a week*', '2. *Checkout for screen-reader users &amp; &lt;!channel&gt;*']);
    expect((await h.runLp('leaderboard')).text).toContain('|Checkout for screen-reader users &amp; &lt;!channel&gt;> (Dive Deep)');
    // Stored in SQLite (migration 010), for that story only.
    expect(h.db.prepare('SELECT title FROM answers WHERE title IS NOT NULL').all()).toEqual([{ title: 'Checkout for screen-reader users & <!channel>' }]);
    // Numbers are the whole bank's, also in a filtered list.
    const filtered = await h.runLp('stories dive deep', { user: MEMBER });
    expect(JSON.stringify(filtered.reply?.blocks)).toContain('2. *Checkout for screen-reader users');

    // Someone else's number 2 is their own (they have none).
    expect((await h.runLp('stories rename 2 Mine now', { user: OWNER })).text).toBe('You have no story number 2. `/lp stories` shows the numbers.');
    expect((await h.runLp('stories rename', { user: MEMBER })).text).toContain('/lp stories rename <number> <title>');

    // The App Home's latest feedback shows the title of the latest scored story.
    const ui = interactions(h);
    await h.runLp('stories rename 1 Invoices at the logistics company', { user: MEMBER });
    await ui.openHome(MEMBER);
    expect(JSON.stringify(h.api.callsTo('views.publish').at(-1)?.args)).toContain('_Invoices at the logistics company_');

    // Without a title it goes back to the one drawn from its situation.
    expect((await h.runLp('stories rename 2', { user: MEMBER })).text).toBe('Story 2 is titled from its situation again.');
    expect((await storyLines())[1]).toBe('2. *R&amp;D checkout service failed 4% of payments*');
  });
});
