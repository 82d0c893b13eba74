import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, userReply } from './thread-events.js';

/**
 * Opt-in reminders over the real app and the Slack stand-in: who gets the one DM of the day, and who never does
 * (answered already, snoozed, a holiday, or reminders off, the default).
 */
let h: Harness;
let ui: Interactions;

/** The DMs the app sent to `user` (their conversation with the bot). */
const dmsTo = (user: string) => {
  const dm = [...h.workspace.channels.values()].find((c) => c.is_im && c.user === user);
  return dm === undefined ? [] : (h.workspace.messages.get(dm.id) ?? []).filter((m) => m.bot_id !== undefined);
};

async function tick(iso: string): Promise<void> {
  h.clock.now = new Date(iso);
  await h.lp.minuteTick.runDue();
}

beforeEach(async () => {
  // Monday 30 Nov 2026, 07:00 UTC; the prompt at 09:30 UTC on weekdays.
  h = await startHarness(new Date('2026-11-30T07:00:00Z'));
  ui = interactions(h);
  await h.runLp('setup 09:30 UTC mon-fri');
});

afterEach(async () => {
  await h.close();
});

describe('/lp remind', () => {
  it('sends one DM at the chosen time to someone who has not answered, with a button that answers the prompt privately', async () => {
    expect((await h.runLp('remind', { user: MEMBER })).text).toMatch(/Reminders are off \(the default\)/);
    const on = await h.runLp('remind 15:00', { user: MEMBER });
    expect(on.text).toMatch(/Reminders on: .* by 15:00 \(UTC\)/);
    await h.runLp('remind on', { user: OWNER });

    await tick('2026-11-30T09:30:00Z');
    const promptTs = String(h.api.callsTo('chat.postMessage').find((c) => c.args.channel === TEAM_CHANNEL)?.response.ts);
    // The owner answers before their time; the member does not.
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, OWNER, STRONG_STORY).event);

    await tick('2026-11-30T14:59:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(0);
    await tick('2026-11-30T15:00:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(1);
    expect(dmsTo(MEMBER)[0]?.text).toMatch(/You have not answered today’s prompt/);
    // Later ticks, and the owner's own time: nothing more.
    await tick('2026-11-30T15:01:00Z');
    await tick('2026-11-30T16:00:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(1);
    expect(dmsTo(OWNER)).toHaveLength(0);
    // Nobody who did not ask gets one.
    expect(dmsTo(ADMIN)).toHaveLength(0);

    // "Answer privately" in the DM opens the practice window on that prompt's question.
    const dm = dmsTo(MEMBER)[0];
    await ui.clickInMessage(MEMBER, dm?.channel as string, dm?.ts as string, 'lp_answer_privately', String((dm?.blocks as { elements?: { value?: string }[] }[])[1]?.elements?.[0]?.value));
    const metadata = JSON.parse(String(ui.view(ui.topModal(MEMBER).id).private_metadata)) as { q: string; r: number | null };
    const prompt = h.db.prepare('SELECT id, question_id FROM prompts ORDER BY id DESC LIMIT 1').get() as { id: number; question_id: string };
    // That prompt's question, and the prompt itself: the answer keeps the streak.
    expect(metadata).toMatchObject({ q: prompt.question_id, r: prompt.id });
  });

  it('never on a snoozed day or a holiday, and stops with off', async () => {
    await h.runLp('remind 15:00', { user: MEMBER });
    await h.runLp('snooze 1d', { user: MEMBER });
    await tick('2026-11-30T09:30:00Z');
    await tick('2026-11-30T15:05:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(0);

    // Tuesday is a holiday: no prompt, no reminder.
    await h.runLp('holidays add 2026-12-01', { user: ADMIN });
    await tick('2026-12-01T09:30:00Z');
    await tick('2026-12-01T15:05:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(0);

    // Wednesday: reminded; Thursday, after `off`: not.
    await tick('2026-12-02T09:30:00Z');
    await tick('2026-12-02T15:05:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(1);
    expect((await h.runLp('remind off', { user: MEMBER })).text).toBe('Reminders are off.');
    await tick('2026-12-03T09:30:00Z');
    await tick('2026-12-03T15:05:00Z');
    expect(dmsTo(MEMBER)).toHaveLength(1);
  });

  it('names what to type for a time it cannot read, and asks for the team channel from a DM', async () => {
    expect((await h.runLp('remind half past three', { user: MEMBER })).text).toMatch(/couldn't read `half past three`\. Type `\/lp remind on`/);
    const dm = h.workspace.openDirectMessage(MEMBER).channel.id;
    expect((await h.runLp('remind on', { user: MEMBER, channel: dm })).text).toMatch(/Type `\/lp remind` in your team’s channel/);
  });
});
