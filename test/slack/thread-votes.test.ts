import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../src/local-slack/index.js';
import { ADMIN, MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';
import { deliver, nextEventId, reactionEvent, userReply } from './thread-events.js';

let h: Harness;
let promptTs: string;
const EXTRA = ['U0EXTRA01', 'U0EXTRA02'];
const BOT_USER = 'U0OTHERBOT';

const votes = () => (h.db.prepare('SELECT COUNT(*) AS n FROM votes').get() as { n: number }).n;
const votesOn = (message: StoredMessage) =>
  (h.db.prepare('SELECT COUNT(*) AS n FROM votes v JOIN answers a ON a.id = v.answer_id WHERE a.message_ts = ?').get(message.ts) as { n: number }).n;

async function story(user: string): Promise<StoredMessage> {
  const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, user, STRONG_UNLABELLED);
  await deliver(h, event);
  return message;
}

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  for (const id of EXTRA) {
    h.workspace.addUser({ id, name: id.toLowerCase() });
    h.workspace.joinChannel(TEAM_CHANNEL, id);
  }
  h.workspace.addUser({ id: BOT_USER, name: 'otherbot', is_bot: true });
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error('prompt not posted');
  promptTs = outcome.ts;
});

afterEach(async () => {
  await h.close();
});

describe('peer votes', () => {
  it('counts a :star: on someone else’s story once; removing it removes the vote', async () => {
    const answer = await story(MEMBER);
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, answer));
    expect(votesOn(answer)).toBe(1);
    await deliver(h, reactionEvent(h, 'reaction_removed', ADMIN, answer));
    expect(votesOn(answer)).toBe(0);
  });

  it('a retried or duplicated reaction is one vote', async () => {
    const answer = await story(MEMBER);
    const event = reactionEvent(h, 'reaction_added', ADMIN, answer);
    const eventId = nextEventId();
    await deliver(h, event, { eventId });
    await deliver(h, event, { eventId, retryNum: 1 });
    await Promise.all([deliver(h, event), deliver(h, event)]);
    expect(votesOn(answer)).toBe(1);
  });

  it('does not count self-votes, bots, other emoji, comments, follow-up replies or the prompt', async () => {
    const answer = await story(MEMBER);
    await deliver(h, reactionEvent(h, 'reaction_added', MEMBER, answer));
    await deliver(h, reactionEvent(h, 'reaction_added', BOT_USER, answer));
    await deliver(h, reactionEvent(h, 'reaction_added', h.workspace.bot.userId, answer));
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, answer, 'tada'));
    const comment = userReply(h, TEAM_CHANNEL, promptTs, OWNER, 'Nice one!');
    await deliver(h, comment.event);
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, comment.message));
    const followUpReply = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, 'The baseline was 1.8 seconds and we measured it for a month before the change.');
    await deliver(h, followUpReply.event);
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, followUpReply.message));
    const prompt = h.workspace.findMessage(TEAM_CHANNEL, promptTs) as StoredMessage;
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, prompt));
    expect(votes()).toBe(0);
  });

  it(`caps a voter at LP_VOTES_PER_PROMPT (3) per prompt and explains privately`, async () => {
    const stories = [await story(MEMBER), await story(OWNER), await story(EXTRA[0] as string), await story(EXTRA[1] as string)];
    for (const answer of stories) await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, answer));
    expect(stories.map(votesOn)).toEqual([1, 1, 1, 0]);
    const notes = h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === ADMIN);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.args).toMatchObject({ channel: TEAM_CHANNEL, thread_ts: promptTs });
    expect(String(notes[0]?.args.text)).toMatch(/^You have already used your 3 votes for this prompt, so this :star: doesn't count\./);
    // Moving a vote: remove one, react again.
    await deliver(h, reactionEvent(h, 'reaction_removed', ADMIN, stories[0] as StoredMessage));
    await deliver(h, reactionEvent(h, 'reaction_removed', ADMIN, stories[3] as StoredMessage));
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, stories[3] as StoredMessage));
    expect(stories.map(votesOn)).toEqual([0, 1, 1, 1]);
  });

  it('uses the channel’s vote emoji, skin tones included', async () => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    const config = await h.runLp('config vote :+1:', { user: ADMIN });
    expect(config.text).toContain('vote: :+1:');
    const answer = await story(MEMBER);
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, answer, 'star'));
    await deliver(h, reactionEvent(h, 'reaction_added', OWNER, answer, '+1::skin-tone-3'));
    expect(votesOn(answer)).toBe(1);
  });

  it('a deleted story takes its votes with it', async () => {
    const answer = await story(MEMBER);
    await deliver(h, reactionEvent(h, 'reaction_added', ADMIN, answer));
    await deliver(h, reactionEvent(h, 'reaction_added', OWNER, answer));
    h.workspace.deleteMessage(TEAM_CHANNEL, answer.ts);
    await deliver(h, { type: 'message', subtype: 'message_deleted', hidden: true, channel: TEAM_CHANNEL, deleted_ts: answer.ts, ts: h.workspace.nextTs(), previous_message: { type: 'message', user: MEMBER, ts: answer.ts, text: answer.text } });
    expect(votes()).toBe(0);
  });
});

describe('/lp config', () => {
  it('shows the settings to anyone and lets only admins change them', async () => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    const shown = await h.runLp('config', { user: MEMBER });
    expect(shown.text).toBe(
      [`Practice-thread settings for <#${TEAM_CHANNEL}>:`, 'feedback: *private*', 'followups: *thread*', 'vote: :star: (`star`)', 'digest: *fri 16:00*', 'close: *off*', 'mock: *mon 10:00*'].join('\n'),
    );
    expect((await h.runLp('config feedback thread', { user: MEMBER })).text).toMatch(/^Only LP Coach admins can do that/);
    expect((await h.runLp('config feedback thread', { user: ADMIN })).text).toContain('feedback: *thread*');
    expect((await h.runLp('config digest mon 09:00', { user: OWNER })).text).toContain('digest: *mon 09:00*');
    expect((await h.runLp('config digest off', { user: ADMIN })).text).toContain('digest: *off*');
    expect((await h.runLp('config close 17:30', { user: ADMIN })).text).toContain('close: *17:30*');
    expect((await h.runLp('config followups maybe', { user: ADMIN })).text).toMatch(/^Follow-ups are `thread`, `private` or `off`\.\n`\/lp config`/);
  });

  it("the next prompt's how-to line names the channel's vote emoji", async () => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    await h.runLp('config vote fire', { user: ADMIN });
    h.clock.now = new Date('2026-12-01T10:00:00Z');
    await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
    const last = h.api.callsTo('chat.postMessage').at(-1);
    expect(String(last?.args.blocks)).toContain(':fire: *Vote* by reacting with :fire:');
  });

  it('asks for /lp setup first in a channel without a daily prompt', async () => {
    expect((await h.runLp('config feedback thread', { user: ADMIN })).text).toMatch(/has no daily prompt yet/);
  });
});
