import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { StoredMessage } from '../../src/local-slack/index.js';
import { AnswerStore } from '../../src/store/answers.js';
import { MockLoopStore } from '../../src/store/mock-loops.js';
import { MOCK_ATTACH_ACTION, MOCK_MET_ACTION, MOCK_PACKET_ACTION, MOCK_SCORECARD_ACTION, MOCK_SKIP_ACTION } from '../../src/features/mock-loops/views.js';
import { ADMIN, MEMBER, OWNER, startHarness, TEAM_CHANNEL, type Harness } from './harness.js';
import { interactions } from './interactions.js';
import { deliver } from './thread-events.js';

/*
 * Mock loops end to end through Bolt and the Slack stand-in: `/lp mock` in the team channel, the weekly pairing on
 * the minute tick (Monday 10:00 UTC by default), the group DM each pair gets, and its two buttons.
 */

let h: Harness;
const EXTRA = 'U0EXTRA01';
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T07:00:00Z')); // a Monday
  h.workspace.addUser({ id: EXTRA, name: 'Eli' });
  h.workspace.joinChannel(TEAM_CHANNEL, EXTRA);
  await h.runLp('setup 09:30 UTC mon-fri');
});
afterEach(async () => {
  await h.close();
});

/** The group DMs LP Coach started, oldest first, with their messages. */
function groupDms(): { members: string[]; messages: StoredMessage[] }[] {
  return [...h.workspace.channels.values()]
    .filter((channel) => channel.is_mpim)
    .map((channel) => ({ members: [...channel.members].filter((m) => m !== h.workspace.bot.userId).sort(), messages: h.workspace.messages.get(channel.id) ?? [] }));
}

const at = (iso: string) => {
  h.clock.now = new Date(iso);
};

describe('/lp mock and the weekly pairing', () => {
  it('joins, pairs at the mock time once, and each pair gets one group DM naming both with the buttons', async () => {
    const joined = await h.runLp('mock join Tue/Thu after 4pm 2027-01-20', { user: MEMBER });
    expect(joined.text).toContain("You're in: the mock-loop pool");
    expect(joined.text).toContain('free: Tue/Thu after 4pm; interview on 2027-01-20');
    expect(joined.text).toContain('mon at 10:00');
    for (const user of [ADMIN, OWNER, EXTRA]) await h.runLp('mock join', { user });

    at('2026-11-30T09:59:00Z');
    await h.lp.minuteTick.runDue();
    expect(groupDms()).toEqual([]);

    at('2026-11-30T10:00:30Z');
    // Two ticks at once (a slow tick and the next one) and a later one: the week is paired once.
    await Promise.all([h.lp.minuteTick.runDue(), h.lp.minuteTick.runDue()]);
    await h.lp.minuteTick.runDue();
    const dms = groupDms();
    expect(dms).toHaveLength(2);
    expect(dms.flatMap((dm) => dm.members).sort()).toEqual([ADMIN, EXTRA, MEMBER, OWNER].sort());
    for (const dm of dms) {
      expect(dm.messages).toHaveLength(1);
      const [message] = dm.messages as [StoredMessage];
      for (const member of dm.members) expect(message.text).toContain(`<@${member}>`);
      expect(JSON.stringify(message.blocks)).toContain('We met');
      expect(JSON.stringify(message.blocks)).toContain('Skip this week');
      expect(JSON.stringify(message.blocks)).toContain('huddle');
    }
    const memberDm = dms.find((dm) => dm.members.includes(MEMBER));
    expect(JSON.stringify(memberDm?.messages[0]?.blocks)).toContain('free Tue/Thu after 4pm; interview on 2027-01-20');
  });

  it('an odd pool gets one trio, and nobody is ever paired with someone they avoid', async () => {
    for (const user of [ADMIN, OWNER, MEMBER]) await h.runLp('mock join', { user });
    const avoided = await h.runLp(`mock avoid <@${OWNER}|olu>`, { user: ADMIN });
    expect(avoided.text).toContain('never be paired with <@U0OWNER01>');
    expect(avoided.text).toContain('they are not told');
    at('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    // Three people, two of whom avoid each other: a trio would group them, so one pair and one left out.
    const dms = groupDms();
    expect(dms).toHaveLength(1);
    expect(dms[0]?.members.includes(ADMIN) && dms[0]?.members.includes(OWNER)).toBe(false);

    await h.runLp('mock join', { user: EXTRA });
    for (const monday of ['2026-12-07', '2026-12-14', '2026-12-21']) {
      at(`${monday}T10:05:00Z`);
      await h.lp.minuteTick.runDue();
    }
    for (const dm of groupDms()) expect(dm.members.includes(ADMIN) && dm.members.includes(OWNER), dm.members.join(',')).toBe(false);
    expect(groupDms().length).toBeGreaterThanOrEqual(4);
  });

  it('the buttons: a member marks the loop met, someone else is told it is not their loop', async () => {
    for (const user of [ADMIN, MEMBER]) await h.runLp('mock join', { user });
    at('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    const [dm] = groupDms();
    const message = dm?.messages[0] as StoredMessage;
    const pairId = JSON.stringify(message.blocks).match(/"value":"(\d+)"/)?.[1] as string;
    const ui = interactions(h);

    await ui.clickInMessage(OWNER, message.channel, message.ts, MOCK_MET_ACTION, pairId);
    expect(h.api.responses.at(-1)?.text).toContain('not your mock loop');
    expect(h.workspace.findMessage(message.channel, message.ts)?.text).toContain('Mock loop this week');

    await ui.clickInMessage(MEMBER, message.channel, message.ts, MOCK_MET_ACTION, pairId);
    const updated = h.workspace.findMessage(message.channel, message.ts);
    expect(updated?.text).toContain('met this week (marked by <@U0MEMBER1>)');
    expect(JSON.stringify(updated?.blocks)).not.toContain('Skip this week');
    expect(JSON.stringify(updated?.blocks)).toContain('My interviewer packet');
    expect(h.db.prepare('SELECT status FROM mock_pairs').pluck().get()).toBe('met');

    await ui.clickInMessage(ADMIN, message.channel, message.ts, MOCK_SKIP_ACTION, pairId);
    expect(h.db.prepare('SELECT status FROM mock_pairs').pluck().get()).toBe('skipped');
  });

  it('when Slack refuses, the group DM is sent on a later tick and never lost', async () => {
    for (const user of [ADMIN, MEMBER]) await h.runLp('mock join', { user });
    const sent = () => groupDms().flatMap((dm) => dm.messages).length;
    at('2026-11-30T10:01:00Z');
    h.api.rateLimitNext('conversations.open', 1);
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(0);

    h.api.failNext('chat.postMessage', 'internal_error');
    at('2026-11-30T10:02:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(0);

    at('2026-11-30T10:05:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(1);
    at('2026-11-30T10:30:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(1);
  });

  it('a send of unknown outcome (an HTTP 500 after Slack posted) is tried once more after two minutes, never a third time', async () => {
    for (const user of [ADMIN, MEMBER]) await h.runLp('mock join', { user });
    const sent = () => groupDms().flatMap((dm) => dm.messages).length;
    at('2026-11-30T09:45:00Z');
    await h.lp.minuteTick.runDue(); // the day's prompt goes out first
    h.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    at('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(1);
    at('2026-11-30T10:02:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(1); // may still be in flight elsewhere
    h.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    at('2026-11-30T10:04:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(2); // the documented worst case: twice
    at('2026-11-30T10:10:00Z');
    await h.lp.minuteTick.runDue();
    expect(sent()).toBe(2);
    expect(h.db.prepare('SELECT status FROM mock_pairs').pluck().get()).toBe('failed');
  });

  /** Pairs ADMIN and MEMBER on Monday; the group DM's message and pair id. */
  async function pairTwo(): Promise<{ message: StoredMessage; pairId: string }> {
    for (const user of [ADMIN, MEMBER]) await h.runLp('mock join', { user });
    at('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    const message = groupDms()[0]?.messages[0] as StoredMessage;
    return { message, pairId: JSON.stringify(message.blocks).match(/"value":"(\d+)"/)?.[1] as string };
  }
  const radio = (value: string) => ({ value: { type: 'radio_buttons', selected_option: { value, text: { type: 'plain_text', text: value } } } });
  const checks = (...values: string[]) => ({ value: { type: 'checkboxes', selected_options: values.map((v) => ({ value: v, text: { type: 'plain_text', text: v } })) } });
  const typed = (value: string) => ({ value: { type: 'plain_text_input', value } });
  /** The scorecard buttons of a packet, in order: their values (`pair:principle`). */
  const scorecardButtons = (blocks: unknown) => [...JSON.stringify(blocks).matchAll(/"action_id":"mock_scorecard","value":"([^"]+)"/g)].map((m) => m[1] as string);
  const dmsTo = (user: string) =>
    [...h.workspace.channels.values()].filter((c) => c.is_im && c.user === user).flatMap((c) => h.workspace.messages.get(c.id) ?? []);

  it('packets, scorecards and the debrief: each interviewer privately gets what to ask, the candidate only the debrief', async () => {
    const { message, pairId } = await pairTwo();
    const ui = interactions(h);

    // The packet: ephemeral to the clicker, about their partner, two principles with a question and three probes each.
    await ui.clickInMessage(ADMIN, message.channel, message.ts, MOCK_PACKET_ACTION, pairId);
    const packet = h.api.responses.at(-1);
    expect(packet?.response_type).toBe('ephemeral');
    expect(packet?.text).toContain(`Your interviewer packet for <@${MEMBER}>`);
    const packetText = JSON.stringify(packet?.blocks);
    expect(packetText.match(/\*\d\. [A-Z]/g)).toHaveLength(2);
    expect(packetText.match(/\\n• /g)?.length).toBeGreaterThanOrEqual(6);
    expect(packetText).toContain('A strong answer shows');
    const [first, second] = scorecardButtons(packet?.blocks) as [string, string];
    expect(scorecardButtons(packet?.blocks)).toHaveLength(2);
    // Someone outside the pair gets no packet; `/lp mock packet` shows the same packet again.
    await ui.clickInMessage(OWNER, message.channel, message.ts, MOCK_PACKET_ACTION, pairId);
    expect(h.api.responses.at(-1)?.text).toContain('not your mock loop');
    expect((await h.runLp('mock packet', { user: ADMIN })).text).toContain(`Your interviewer packet for <@${MEMBER}>`);

    // A scorecard without a rating is refused with a field error, and nothing is stored.
    await ui.clickInEphemeral(ADMIN, message.channel, MOCK_SCORECARD_ACTION, first);
    const modal = ui.topModal(ADMIN);
    const refused = (await ui.submitState(ADMIN, modal.id, { note: typed('Good story') })) as { response_action: string; errors: Record<string, string> };
    expect(refused).toMatchObject({ response_action: 'errors', errors: { rating: expect.stringContaining('Pick a rating') } });
    expect(h.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get()).toBe(0);
    const both = (await ui.submitState(ADMIN, modal.id, { rating: radio('inclined'), strong: checks('metrics'), missing: checks('metrics', 'learning') })) as {
      errors: Record<string, string>;
    };
    expect(both.errors.missing).toContain('Measured result cannot be both strong and missing');
    expect(h.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get()).toBe(0);

    const sent = await ui.submitState(ADMIN, modal.id, {
      rating: radio('inclined'),
      strong: checks('metrics', 'ownership'),
      missing: checks('tradeoffs'),
      note: typed('Said p95 went 1.8s -> 280ms; no risk named until I asked. <!channel>'),
      title: typed('Checkout latency'),
    });
    expect(sent).toEqual({ response_action: 'clear' });
    expect(dmsTo(MEMBER)).toEqual([]); // one of two principles scored: no debrief yet

    await ui.clickInEphemeral(ADMIN, message.channel, MOCK_SCORECARD_ACTION, second);
    await ui.submitState(ADMIN, ui.topModal(ADMIN).id, { rating: radio('not-inclined'), missing: checks('learning') });
    // Both in: the candidate's debrief is a DM to them alone, once.
    const debriefs = () => dmsTo(MEMBER).filter((m) => m.text.includes('mock-loop debrief'));
    expect(debriefs()).toHaveLength(1);
    const debrief = JSON.stringify(debriefs()[0]?.blocks);
    expect(debrief).toContain('Inclined');
    expect(debrief).toContain('Not inclined');
    expect(debrief).toContain('Missing: Trade-offs');
    expect(debrief).toContain('Checkout latency');
    expect(debrief).toContain('&lt;!channel&gt;'); // the note cannot ping anyone
    expect(dmsTo(ADMIN)).toEqual([]);

    // Editing: the modal comes back filled in; resubmitting edits the same row, and no second debrief is sent.
    await ui.clickInEphemeral(ADMIN, message.channel, MOCK_SCORECARD_ACTION, first);
    const again = ui.topModal(ADMIN);
    expect(JSON.stringify(again.definition)).toContain('Save changes');
    expect(JSON.stringify(again.definition)).toContain('Checkout latency');
    await ui.submitState(ADMIN, again.id, { rating: radio('strongly-inclined') });
    expect(h.db.prepare('SELECT rating FROM mock_scorecards WHERE interviewer_id = ?').pluck().all(ADMIN)).toContain('strongly-inclined');
    expect(h.db.prepare('SELECT COUNT(*) FROM mock_scorecards').pluck().get()).toBe(2);
    at('2026-12-03T10:00:00Z');
    await h.lp.minuteTick.runDue();
    expect(debriefs()).toHaveLength(1);
  });

  it('a candidate scored on one principle only gets the debrief 48 hours after that scorecard, with what is in', async () => {
    const { message, pairId } = await pairTwo();
    const ui = interactions(h);
    await ui.clickInMessage(MEMBER, message.channel, message.ts, MOCK_PACKET_ACTION, pairId);
    const [first] = scorecardButtons(h.api.responses.at(-1)?.blocks) as [string];
    at('2026-11-30T18:00:00Z');
    await ui.clickInEphemeral(MEMBER, message.channel, MOCK_SCORECARD_ACTION, first);
    await ui.submitState(MEMBER, ui.topModal(MEMBER).id, { rating: radio('strongly-inclined'), note: typed('Clear numbers throughout.') });

    at('2026-12-02T17:59:00Z');
    await h.lp.minuteTick.runDue();
    expect(dmsTo(ADMIN)).toEqual([]);
    at('2026-12-02T18:00:30Z');
    await h.lp.minuteTick.runDue();
    await h.lp.minuteTick.runDue();
    expect(dmsTo(ADMIN)).toHaveLength(1);
    expect(dmsTo(ADMIN)[0]?.text).toContain('Strongly inclined');

    // The second scorecard comes in after that debrief: the candidate gets it as an update, once.
    const [, second] = scorecardButtons(h.api.responses.at(-1)?.blocks) as [string, string];
    await ui.clickInEphemeral(MEMBER, message.channel, MOCK_SCORECARD_ACTION, second);
    await ui.submitState(MEMBER, ui.topModal(MEMBER).id, { rating: radio('not-inclined'), missing: checks('metrics'), note: typed('No before and after.') });
    await h.lp.minuteTick.runDue();
    expect(dmsTo(ADMIN)).toHaveLength(2);
    const update = dmsTo(ADMIN)[1] as StoredMessage;
    expect(update.text).toContain('debrief, updated');
    expect(JSON.stringify(update.blocks)).toContain('No before and after.');
    expect(JSON.stringify(update.blocks)).toContain('Clear numbers throughout.');
    // Editing a scorecard already in a debrief sends nothing more.
    await ui.clickInEphemeral(MEMBER, message.channel, MOCK_SCORECARD_ACTION, second);
    await ui.submitState(MEMBER, ui.topModal(MEMBER).id, { rating: radio('inclined') });
    at('2026-12-03T18:00:00Z');
    await h.lp.minuteTick.runDue();
    expect(dmsTo(ADMIN)).toHaveLength(2);
  });

  it('a principle the candidate skips is never in their packet; /lp mock counts the channel\'s loops, never ratings', async () => {
    expect((await h.runLp('mock skip', { user: ADMIN })).text).toContain('No principle is skipped');
    expect((await h.runLp('mock skip frugallity', { user: ADMIN })).text).toContain('Did you mean *Frugality*');
    const content = loadContent();
    // Every principle but two skipped: the packet can only ask about those two, and a third skip is refused.
    const open = ['dive-deep', 'earn-trust'];
    for (const principle of content.principles.filter((p) => !open.includes(p.id))) {
      expect((await h.runLp(`mock skip ${principle.id}`, { user: ADMIN })).text).toContain('will not ask you about');
    }
    expect((await h.runLp('mock skip earn trust', { user: ADMIN })).text).toContain('at least 2 must stay open');
    expect((await h.runLp('mock', { user: ADMIN })).text).toContain('Never in your packet: ');
    const { pairId } = await pairTwo();
    const packet = new MockLoopStore(h.db).packetOf(Number(pairId), MEMBER);
    expect(packet?.candidateId).toBe(ADMIN);
    expect(packet?.assignments.map((a) => a.principleId).sort()).toEqual(open);
    expect((await h.runLp('mock unskip frugality', { user: ADMIN })).text).toContain('can be in your packet again');
    const status = (await h.runLp('mock', { user: MEMBER })).text;
    expect(status).toContain('Last four weeks: 1 pairing, 0 met, 0 scorecards sent');
    expect(status).not.toMatch(/inclined/i);
  });

  it('history shows each person their own loops and ratings; the digest shows only how many loops met', async () => {
    const { message, pairId } = await pairTwo();
    const ui = interactions(h);
    await ui.clickInMessage(ADMIN, message.channel, message.ts, MOCK_PACKET_ACTION, pairId);
    for (const value of scorecardButtons(h.api.responses.at(-1)?.blocks)) {
      await ui.clickInEphemeral(ADMIN, message.channel, MOCK_SCORECARD_ACTION, value);
      await ui.submitState(ADMIN, ui.topModal(ADMIN).id, { rating: radio('strongly-not-inclined') });
    }
    await ui.clickInMessage(MEMBER, message.channel, message.ts, MOCK_MET_ACTION, pairId);

    const mine = (await h.runLp('mock history', { user: MEMBER })).text;
    expect(mine).toContain(`*Week of 2026-11-30* with <@${ADMIN}>: met; you were rated`);
    expect(mine.match(/Strongly not inclined/g)).toHaveLength(2);
    const theirs = (await h.runLp('mock history', { user: ADMIN })).text;
    expect(theirs).toContain(`with <@${MEMBER}>: met; you rated`);
    expect((await h.runLp('mock history', { user: OWNER })).text).toContain('No mock loops yet');

    // Friday's digest in the channel: the count, never a rating.
    at('2026-12-04T16:00:30Z');
    await h.lp.minuteTick.runDue();
    const digest = (h.workspace.messages.get(TEAM_CHANNEL) ?? []).find((m) => m.text.startsWith('Weekly LP digest'));
    const digestText = JSON.stringify(digest?.blocks);
    expect(digestText).toContain('Mock loops: 1 of 1 pairing met this week.');
    expect(digestText).not.toMatch(/inclined/i);
  });

  it('the written bar-raiser mock in the DM: a question, the two follow-ups the rubric most needs, then a four-point scorecard', async () => {
    expect((await h.runLp('mock solo ownersip', { user: MEMBER })).text).toContain('Did you mean *Ownership*');
    const opened = await h.runLp('mock solo ownership', { user: MEMBER });
    expect(opened.text).toContain('waiting in your DM with LP Coach');
    const dm = [...h.workspace.channels.values()].find((c) => c.is_im && c.user === MEMBER);
    expect(dm).toBeDefined();
    const botPosts = () => (h.workspace.messages.get(dm?.id ?? '') ?? []).filter((m) => m.bot_id !== undefined);
    expect(botPosts()[0]?.text).toContain('Bar-raiser mock, Ownership');
    // The person types in the DM; each message is a Slack message.im event.
    const say = async (text: string, eventId?: string) => {
      const message = h.workspace.postMessage({ channel: dm?.id ?? '', user: MEMBER, text });
      const event = { type: 'message', channel: message.channel, user: MEMBER, text, ts: message.ts, event_ts: message.ts, channel_type: 'im' };
      await deliver(h, event, eventId === undefined ? {} : { eventId });
      return event;
    };
    await say('I fixed it.');
    expect(botPosts().at(-1)?.text).toContain('at least 30 words');
    const story =
      'Last spring our nightly billing export failed twice a week and nobody owned it, because it sat between finance and platform. ' +
      'I took it on although it was not my team: I traced the failures to a lock timeout, rewrote the job to export in batches of 5,000, ' +
      'and added an alert that pages me. Failures went from 8 a month to zero over the next quarter, and finance closed the month two days earlier. ' +
      'I learned to write down who owns a job before it breaks.';
    const storyEvent = await say(story, 'Ev0SOLOSTORY');
    expect(botPosts().at(-1)?.text).toContain('Follow-up 1 of 2');
    const first = botPosts().at(-1)?.text;
    // Slack retrying the event, or the same message arriving under another event id, changes nothing.
    await deliver(h, storyEvent, { eventId: 'Ev0SOLOSTORY', retryNum: 1 });
    await deliver(h, storyEvent);
    expect(botPosts().filter((m) => m.text.includes('Follow-up 1 of 2'))).toHaveLength(1);
    await say('I weighed a full rewrite against batching; batching cost a day and kept the old schema, so I chose it.');
    const second = botPosts().at(-1)?.text;
    expect(second).toContain('Follow-up 2 of 2');
    expect(second?.replace(/^Follow-up \d of 2: /, '')).not.toBe(first?.replace(/^Follow-up \d of 2: /, ''));
    await say('I would have involved finance in the alert design from the start; I do that now for every job.');
    const card = botPosts().at(-1);
    expect(card?.text).toMatch(/Bar-raiser scorecard, Ownership: (Strongly inclined|Inclined|Not inclined|Strongly not inclined)/);
    // Stored as a practice story with its two follow-up answers, private; the mock is over, so a later DM is left alone.
    expect(h.db.prepare("SELECT COUNT(*) FROM answers WHERE user_id = ? AND kind = 'practice'").pluck().get(MEMBER)).toBe(3);
    expect(h.workspace.messages.get(TEAM_CHANNEL)?.some((m) => m.text.includes('billing export'))).toBe(false);
    const posts = botPosts().length;
    await say('thanks, that was useful');
    expect(botPosts()).toHaveLength(posts);
  });

  it('a loop story rated Inclined counts as verified out loud in coverage, and once when its written version is attached', async () => {
    const { message, pairId } = await pairTwo();
    const ui = interactions(h);
    await ui.clickInMessage(ADMIN, message.channel, message.ts, MOCK_PACKET_ACTION, pairId);
    const [first, second] = scorecardButtons(h.api.responses.at(-1)?.blocks) as [string, string];
    const principleId = first.split(':')[1] as string;
    const principleName = loadContent().principles.find((p) => p.id === principleId)?.name as string;
    for (const [value, rating] of [
      [first, 'inclined'],
      [second, 'not-inclined'],
    ] as const) {
      await ui.clickInEphemeral(ADMIN, message.channel, MOCK_SCORECARD_ACTION, value);
      await ui.submitState(ADMIN, ui.topModal(ADMIN).id, { rating: radio(rating), title: typed('The billing export') });
    }
    // The principle's field in the coverage grid: its name, then its line.
    const row = (text: string) => text.slice(text.indexOf(`*${principleName}*`), text.indexOf(`*${principleName}*`) + 120);
    const coverage = JSON.stringify((await h.runLp('coverage', { user: MEMBER })).reply);
    expect(row(coverage)).toContain('1/2');
    expect(row(coverage)).toContain('1 verified out loud');

    // The written version, told in practice before the loop (below the bar), attached from the debrief: one story.
    const answerId = new AnswerStore(h.db).insert({ userId: MEMBER, principleId: principleId as never, text: 'The billing export story, written down.', kind: 'practice', at: h.clock.now });
    const debrief = dmsTo(MEMBER).find((m) => m.text.includes('mock-loop debrief')) as StoredMessage;
    expect(JSON.stringify(debrief.blocks)).toContain('Which written story?');
    await ui.clickInMessage(MEMBER, debrief.channel, debrief.ts, MOCK_ATTACH_ACTION, first);
    const attach = ui.topModal(MEMBER);
    expect(JSON.stringify(attach.definition)).toContain('None: it was a new story');
    const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } } });
    // Someone else's story is refused.
    expect(await ui.submitState(MEMBER, attach.id, { story: select('999999') })).toMatchObject({ response_action: 'errors' });
    expect(await ui.submitState(MEMBER, attach.id, { story: select(String(answerId)) })).toEqual({ response_action: 'clear' });
    const after = JSON.stringify((await h.runLp('coverage', { user: MEMBER })).reply);
    expect(row(after)).toContain('1/2');
    expect(row(after)).toContain('1 verified out loud');
    // The interviewer's own coverage is untouched.
    expect(JSON.stringify((await h.runLp('coverage', { user: ADMIN })).reply)).not.toContain('verified out loud');
  });

  it('the App Home joins and leaves the pool of the channel whose prompts the person answers', async () => {
    const ui = interactions(h);
    const homeText = () => JSON.stringify(h.workspace.views.get(h.workspace.homeViewIdByUser.get(MEMBER) ?? '')?.definition);
    await ui.openHome(MEMBER);
    expect(homeText()).toContain('type `/lp mock join` in your team channel');
    await h.runLp('mock join', { user: MEMBER });
    await ui.openHome(MEMBER);
    expect(homeText()).toContain('You are in the weekly mock loops of <#C0TEAM001>');
    await ui.clickOnHome(MEMBER, 'lp_home_mock_loops', `leave:${TEAM_CHANNEL}`);
    // Mia never answered a prompt, so once out of the pool the Home has no channel to offer: the hint again.
    expect(homeText()).toContain('type `/lp mock join` in your team channel');
    expect((await h.runLp('mock', { user: MEMBER })).text).toContain('You are not in the mock-loop pool');
    // Joining from the Home asks when they are free and their interview date; a date in the past is refused.
    await ui.clickOnHome(MEMBER, 'lp_home_mock_loops', `join:${TEAM_CHANNEL}`);
    const modal = ui.topModal(MEMBER);
    expect(JSON.stringify(modal.definition)).toContain('When are you free?');
    const date = (value: string) => ({ value: { type: 'datepicker', selected_date: value } });
    const refused = (await ui.submitState(MEMBER, modal.id, { mock_join_date: date('2020-01-06') })) as { response_action: string; errors: Record<string, string> };
    expect(refused.errors.mock_join_date).toContain('That date has passed');
    expect((await h.runLp('mock', { user: MEMBER })).text).toContain('You are not in the mock-loop pool');
    await ui.submitState(MEMBER, modal.id, { mock_join_note: typed('Mornings before 10'), mock_join_date: date('2099-03-02') });
    expect((await h.runLp('mock', { user: MEMBER })).text).toContain('You are in the mock-loop pool');
    expect(new MockLoopStore(h.db).member(TEAM_CHANNEL, MEMBER)).toEqual({ userId: MEMBER, note: 'Mornings before 10', targetDate: '2099-03-02' });
  });

  it('says what to type on bad input, keeps avoid private, and leave takes the person out', async () => {
    expect((await h.runLp('mock avoid alex', { user: MEMBER })).text).toContain('Name one person with an @-mention');
    expect((await h.runLp('mock join 2027-02-30', { user: MEMBER })).text).toContain('`2027-02-30` is not a date');
    expect((await h.runLp('mock join 2026-11-01', { user: MEMBER })).text).toContain('2026-11-01 has passed');
    expect((await h.runLp('mock dance', { user: MEMBER })).text).toContain('There is no `/lp mock dance`');
    expect((await h.runLp(`mock avoid <@${MEMBER}>`, { user: MEMBER })).text).toContain('never paired with yourself');
    await h.runLp('mock join', { user: MEMBER });
    expect((await h.runLp('mock', { user: MEMBER })).text).toContain('You are in the mock-loop pool');
    expect((await h.runLp('mock leave', { user: MEMBER })).text).toContain('You left');
    expect((await h.runLp('mock', { user: MEMBER })).text).toContain('You are not in the mock-loop pool');
    // A channel without a daily prompt has no pool.
    expect((await h.runLp('mock join', { user: MEMBER, channel: 'C0OTHER01' })).text).toContain('no daily prompt yet');
  });

  it('an admin moves the pairing or turns it off with /lp config mock', async () => {
    for (const user of [ADMIN, MEMBER]) await h.runLp('mock join', { user });
    expect((await h.runLp('config mock wed 15:00')).text).toContain('mock: *wed 15:00*');
    at('2026-11-30T10:01:00Z');
    await h.lp.minuteTick.runDue();
    expect(groupDms()).toEqual([]);
    at('2026-12-02T15:00:00Z');
    await h.lp.minuteTick.runDue();
    expect(groupDms()).toHaveLength(1);

    expect((await h.runLp('config mock off')).text).toContain('mock: *off*');
    at('2026-12-09T15:00:00Z');
    await h.lp.minuteTick.runDue();
    expect(groupDms().flatMap((dm) => dm.messages)).toHaveLength(1);
    expect((await h.runLp('config mock someday', { user: ADMIN })).text).toContain('Mock-loop pairing takes a weekday and a time');
  });
});
