import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/local-slack/index.js';

describe('Workspace exportState / importState', () => {
  it('brings back channels, messages with reactions, views and Home ids, and new ids and ts continue after them', () => {
    const now = Date.UTC(2026, 11, 2, 9, 30);
    const before = new Workspace({ now: () => now });
    before.addUser({ id: 'U0SAM' });
    before.addChannel({ id: 'C0TEAM', name: 'lp-practice', members: ['U0SAM'], botIsMember: true });
    const prompt = before.postMessage({ channel: 'C0TEAM', user: before.bot.userId, bot_id: before.bot.botId, text: 'prompt', blocks: [{ type: 'divider' }] });
    before.postMessage({ channel: 'C0TEAM', user: 'U0SAM', text: 'story', thread_ts: prompt.ts });
    before.addReaction(prompt, 'star', 'U0SAM');
    const dm = before.openDirectMessage('U0SAM').channel;
    const home = before.createView({ type: 'home', user: 'U0SAM', previous_view_id: null, external_id: '', definition: { type: 'home', blocks: [] } });
    before.homeViewIdByUser.set('U0SAM', home.id);
    before.postEphemeral({ channel: 'C0TEAM', user: 'U0SAM', text: 'private' });

    const saved = JSON.parse(JSON.stringify(before.exportState()));
    const after = new Workspace({ now: () => now });
    after.addUser({ id: 'U0SAM' });
    after.addChannel({ id: 'C0TEAM', name: 'lp-practice', members: ['U0SAM'], botIsMember: true });
    after.importState(saved);

    expect(after.messages.get('C0TEAM')?.map((m) => [m.text, m.thread_ts ?? null])).toEqual([
      ['prompt', null],
      ['story', prompt.ts],
    ]);
    expect(after.findMessage('C0TEAM', prompt.ts)?.reactions.get('star')).toEqual(['U0SAM']);
    expect(after.channels.get(dm.id)?.members).toEqual(new Set(['U0SAM', after.bot.userId]));
    expect(after.openDirectMessage('U0SAM')).toMatchObject({ alreadyOpen: true, channel: { id: dm.id } });
    expect(after.views.get(after.homeViewIdByUser.get('U0SAM') ?? '')?.type).toBe('home');
    // Ephemerals are not kept, as in Slack.
    expect(after.ephemerals).toHaveLength(0);
    // The clock did not move, yet a new message still sorts after the restored ones, and a new id is new.
    const next = after.postMessage({ channel: 'C0TEAM', user: 'U0SAM', text: 'later' });
    expect(Number(next.ts)).toBeGreaterThan(Number(after.messages.get('C0TEAM')?.[1]?.ts));
    const view = after.createView({ type: 'modal', user: 'U0SAM', previous_view_id: null, external_id: '', definition: {} });
    expect(view.id).not.toBe(home.id);
  });
});
