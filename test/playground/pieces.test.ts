import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import type { ChannelStore } from '../../src/store/channels.js';
import { PlaygroundClock } from '../../src/playground/clock.js';
import { ClockControl, type ClockControlDeps } from '../../src/playground/clock-control.js';
import { createDemoWorkspace, DEMO_CHANNEL } from '../../src/playground/demo-team.js';
import { snapshotFor } from '../../src/playground/snapshot.js';
import { findElement, stateValuesFor } from '../../src/playground/view-state.js';

const plain = (text: string) => ({ type: 'plain_text', text });

describe('PlaygroundClock', () => {
  it('starts where asked, follows real time, and only ever moves forward', () => {
    let real = 1_000_000;
    const clock = new PlaygroundClock(() => real, new Date(5_000_000));
    expect(clock.nowMs()).toBe(5_000_000);
    real += 250;
    expect(clock.nowMs()).toBe(5_000_250);
    clock.moveTo(new Date(9_000_000));
    expect(clock.now()).toEqual(new Date(9_000_000));
    clock.moveTo(new Date(1));
    expect(clock.nowMs()).toBe(9_000_000);
  });
});

describe('ClockControl: the mock-loop pairing', () => {
  function control(now: string, pool: number, paired: string[]) {
    const clock = new PlaygroundClock(() => Date.parse(now));
    const channels = {
      get: () => ({ enabled: true, timezone: 'UTC' }),
      threadSettings: () => ({ digest: null, mock: { day: 'mon', time: '10:00' } }),
    } as unknown as ChannelStore;
    const app = { lp: { dailyPrompts: { nextRunOf: () => undefined } }, scheduler: { runNow: async () => undefined } } as unknown as ClockControlDeps['app'];
    const mockLoops = {
      pool: () => Array.from({ length: pool }, (_, i) => ({ userId: `U${i}`, note: null, targetDate: null })),
      hasRound: (_channel: string, week: string) => paired.includes(week),
    };
    return new ClockControl({ clock, channelId: DEMO_CHANNEL.id, app, channels, mockLoops, logger: silentLogger });
  }

  it('is offered from two people in the pool: this week while unpaired (now, when its time has passed), else next week', () => {
    expect(control('2026-11-30T08:00:00Z', 1, []).next()).toBeUndefined();
    expect(control('2026-11-30T08:00:00Z', 2, []).next()).toEqual({ at: new Date('2026-11-30T10:00:00Z'), what: 'mock-loop pairing' });
    // Wednesday, the week not paired yet: the tick catches up at once, so the clock need not move.
    expect(control('2026-12-02T08:00:00Z', 3, []).next()).toEqual({ at: new Date('2026-12-02T08:00:00Z'), what: 'mock-loop pairing' });
    expect(control('2026-12-02T08:00:00Z', 3, ['2026-11-30']).next()).toEqual({ at: new Date('2026-12-07T10:00:00Z'), what: 'mock-loop pairing' });
  });
});

describe('snapshotFor', () => {
  it('shows a person the channel with threads and reactions, and only their own ephemerals and modal', () => {
    const workspace = createDemoWorkspace(() => Date.UTC(2026, 11, 2, 9, 30));
    const bot = workspace.bot;
    const prompt = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: bot.userId, bot_id: bot.botId, text: 'prompt' });
    const answer = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: 'U0PLAYSAM', text: 'story', thread_ts: prompt.ts });
    workspace.addReaction(answer, 'star', 'U0PLAYPRIYA');
    workspace.postEphemeral({ channel: DEMO_CHANNEL.id, user: 'U0PLAYSAM', text: 'your feedback', thread_ts: prompt.ts });
    const modal = workspace.createView({ type: 'modal', user: 'U0PLAYSAM', previous_view_id: null, external_id: '', definition: { title: plain('Practice'), submit: plain('Go'), blocks: [] } });
    workspace.modalStackByUser.set('U0PLAYSAM', [modal.id]);
    const sources = {
      workspace,
      channelId: DEMO_CHANNEL.id,
      viewErrors: new Map([[modal.id, { answer: 'Too short' }]]),
      problems: [{ method: 'chat.postMessage', problems: ['[ERROR] too many blocks'], at: Date.UTC(2026, 11, 2, 9, 31) }],
      next: () => ({ at: new Date(Date.UTC(2026, 11, 3, 9, 30)), what: 'daily prompt' }),
    };

    const sam = snapshotFor(sources, 'U0PLAYSAM');
    expect(sam.channel.messages).toEqual([expect.objectContaining({ ts: prompt.ts, isBot: true, authorName: 'LP Coach', replyCount: 1 })]);
    expect(sam.channel.threads[prompt.ts]).toEqual([
      expect.objectContaining({ authorName: 'Sam Okafor', reactions: [{ name: 'star', count: 1, mine: false, userNames: ['Priya Natarajan'] }] }),
    ]);
    expect(sam.ephemerals).toEqual([{ channel: DEMO_CHANNEL.id, ts: expect.any(String), threadTs: prompt.ts, text: 'your feedback' }]);
    expect(sam.modal).toEqual({ id: modal.id, hash: modal.hash, title: 'Practice', submit: 'Go', close: 'Cancel', blocks: [], errors: { answer: 'Too short' }, depth: 1 });
    expect(sam.problems).toEqual([{ at: '2026-12-02T09:31:00.000Z', method: 'chat.postMessage', problems: ['[ERROR] too many blocks'] }]);
    expect(sam.clock).toEqual({ now: '2026-12-02T09:30:00.000Z', next: { at: '2026-12-03T09:30:00.000Z', what: 'daily prompt' }, zone: 'UTC' });
    // Mentions show display names, as Slack shows them, not handles.
    expect(sam.names.users).toMatchObject({ U0PLAYSAM: 'Sam Okafor', [bot.userId]: 'LP Coach' });

    const priya = snapshotFor(sources, 'U0PLAYPRIYA');
    expect(priya.ephemerals).toEqual([]);
    expect(priya.modal).toBeNull();
    expect(priya.channel.threads[prompt.ts]?.[0]?.reactions[0]?.mine).toBe(true);
  });
});

describe('view state', () => {
  const blocks = [
    { type: 'input', block_id: 'story', element: { type: 'plain_text_input', action_id: 'text', initial_value: 'draft' } },
    {
      type: 'input',
      block_id: 'principle',
      element: { type: 'static_select', action_id: 'pick', options: [{ text: plain('Ownership'), value: 'ownership' }] },
    },
    { type: 'input', block_id: 'when', element: { type: 'datepicker', action_id: 'date' } },
    { type: 'actions', elements: [{ type: 'radio_buttons', options: [{ text: plain('Yes'), value: 'yes' }] }] },
    { type: 'section', text: { type: 'mrkdwn', text: 'x' }, accessory: { type: 'button', action_id: 'go', text: plain('Go') } },
  ];

  it('builds Slack’s state.values from what the page read, with the app’s own option objects', () => {
    expect(stateValuesFor(blocks, { principle: { pick: 'ownership' }, when: { date: ['2026-12-20'] }, _block3: { _action0: 'yes' } })).toEqual({
      story: { text: { type: 'plain_text_input', value: 'draft' } },
      principle: { pick: { type: 'static_select', selected_option: { text: plain('Ownership'), value: 'ownership' } } },
      when: { date: { type: 'datepicker', selected_date: '2026-12-20' } },
      _block3: { _action0: { type: 'radio_buttons', selected_option: { text: plain('Yes'), value: 'yes' } } },
    });
    expect(stateValuesFor(blocks, { story: { text: '' }, principle: { pick: 'not-an-option' } })).toMatchObject({
      story: { text: { value: null } },
      principle: { pick: { selected_option: null } },
    });
  });

  it('finds an element by block and action id, including a section accessory', () => {
    expect(findElement(blocks, '_block4', 'go')).toMatchObject({ type: 'button' });
    expect(findElement(blocks, '_block4', 'nope')).toBeUndefined();
  });
});
