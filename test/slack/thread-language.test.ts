import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryStore } from '../../src/store/stories.js';
import { MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { deliver, userReply } from './thread-events.js';

// Issue 11 part 4 in a thread: a story in another language was silently ignored (no reaction, no reply), because
// word counts assumed spaces; and when read, its feedback said "Not scored" once per criterion.
const CHINESE_STORY =
  '去年我负责了支付系统的迁移。团队一开始不想更换数据库，因为他们担心停机会影响客户。我先做了一个小规模的试点，展示了延迟数据，然后我们分三个阶段完成了迁移。最后支付错误减少了百分之四十，客服工单也少了一半。我学会了先倾听团队的担忧，再用数据提出方案。';

let h: Harness;
let promptTs: string;

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error(`prompt not posted: ${JSON.stringify(outcome)}`);
  promptTs = outcome.ts;
});

afterEach(async () => {
  await h.close();
});

describe('a thread story in another language', () => {
  it('is read (not ignored as a comment): stored, marked :memo:, counted toward the streak, not toward coverage', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CHINESE_STORY);
    await deliver(h, event);
    const stored = h.db.prepare('SELECT a.text, a.prompt_id, f.level FROM answers a JOIN feedback f ON f.answer_id = a.id WHERE a.user_id = ?').all(MEMBER) as { text: string; prompt_id: number | null; level: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ text: CHINESE_STORY, level: 'Not yet' });
    expect(stored[0]?.prompt_id).not.toBeNull();
    expect(h.workspace.findMessage(TEAM_CHANNEL, message.ts)?.reactions.get('memo')).toEqual([h.workspace.bot.userId]);
    expect(new StoryStore(h.db).streakDays(MEMBER)?.answeredDays.has('2026-11-30')).toBe(true);
    expect(h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === MEMBER)).toHaveLength(1);
  });

  it('gets one kind private reply, not nine "Not scored" criteria, and no follow-up', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, CHINESE_STORY).event);
    const ephemerals = h.api.callsTo('chat.postEphemeral').filter((c) => c.args.user === MEMBER);
    expect(ephemerals).toHaveLength(1);
    const text = String(ephemerals[0]?.args.blocks);
    expect(text.match(/LP Coach gives feedback on English answers; your story is saved and counts toward your streak/g)).toHaveLength(1);
    expect(text).not.toContain('Not scored');
    expect(h.api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === promptTs)).toEqual([]);
  });
});
