import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { AnswerStore } from '../../src/store/answers.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { ADMIN, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, userReply } from './thread-events.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
});
afterEach(async () => {
  await h.close();
});

const content = loadContent();

describe('/lp interview', () => {
  it('sets the date privately, shows the plan with what is due this week, and adjusts as a story reaches the bar', async () => {
    const set = await h.runLp('interview 2026-12-28');
    expect(set.text).toContain('only you see your interview date');
    expect(set.text).toMatch(/28 days to go/);
    expect(set.text).toMatch(/32 more stories at the bar, across 16 principles/);
    expect(set.text).toMatch(/Due this week:/);
    expect(set.acked).toBeDefined();

    // One story at the bar: one story fewer to find.
    const id = new AnswerStore(h.db).insert({ userId: ADMIN, principleId: 'ownership', text: STRONG_STORY, kind: 'practice', at: new Date('2026-11-30T09:00:00Z') });
    const feedback = scoreAnswer(STRONG_STORY, { principle: 'ownership', content });
    new FeedbackStore(h.db).insert(id, feedback, new Date('2026-11-30T09:00:00Z'));
    const shown = await h.runLp('interview');
    expect(['Meets the bar', 'Raises the bar']).toContain(feedback.level);
    expect(shown.text).toMatch(/31 more stories at the bar/);

    // Someone else sees nothing of it.
    expect((await h.runLp('interview', { user: OWNER })).text).toMatch(/Pick your interview date/);
  });

  it('names what to type for a date it cannot read or one in the past, and clears with off', async () => {
    expect((await h.runLp('interview next tuesday')).text).toMatch(/couldn't read `next tuesday` as a date\. Type your interview date as `\/lp interview 2027-01-20`/);
    expect((await h.runLp('interview 2026-02-30')).text).toMatch(/couldn't read/);
    expect((await h.runLp('interview 2026-11-01')).text).toMatch(/2026-11-01 has passed \(today is 2026-11-30/);
    await h.runLp('interview 2027-01-20');
    expect((await h.runLp('interview off')).text).toBe('Your interview date is cleared.');
    expect((await h.runLp('interview', { channel: TEAM_CHANNEL })).text).toMatch(/Pick your interview date/);
  });

  it("asks a third story for the principles the channel's track asks most", async () => {
    await h.runLp('setup 09:30 UTC mon-fri');
    await h.runLp('config track pm');
    h.clock.now = new Date('2026-11-30T09:30:00Z');
    await h.lp.minuteTick.runDue();
    const promptTs = String(h.api.callsTo('chat.postMessage').find((c) => c.args.channel === TEAM_CHANNEL && c.args.thread_ts === undefined)?.response.ts);
    // Answering the channel's prompt makes it the person's channel, and its track theirs.
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, ADMIN, STRONG_STORY).event);
    const plan = (await h.runLp('interview 2027-01-20')).text;
    expect(plan).toMatch(/3 for Customer Obsession, Are Right, A Lot, Think Big, Earn Trust, Deliver Results, the most asked for Product \/ program manager/);
  });
});
