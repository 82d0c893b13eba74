import { describe, expect, it } from 'vitest';
import { Workspace, type WorkspaceChange } from '../../src/local-slack/workspace.js';

describe('Workspace', () => {
  it('makes strictly increasing Slack timestamps even when the clock stands still or goes back', () => {
    let ms = 1_700_000_000_000;
    const workspace = new Workspace({ now: () => ms });
    const first = workspace.nextTs();
    const second = workspace.nextTs();
    ms -= 5000;
    const third = workspace.nextTs();
    ms += 60_000;
    const fourth = workspace.nextTs();
    expect([first, second, third, fourth]).toEqual(['1700000000.000000', '1700000000.000001', '1700000000.000002', '1700000055.000000']);
  });

  it('tells listeners about every change until they unsubscribe', () => {
    const workspace = new Workspace({ now: () => 1_700_000_000_000 });
    const seen: WorkspaceChange['kind'][] = [];
    const stop = workspace.onChange((change) => seen.push(change.kind));
    workspace.addUser({ id: 'U1' });
    workspace.addChannel({ id: 'C1', name: 'general' });
    workspace.joinChannel('C1', 'U1');
    const message = workspace.postMessage({ channel: 'C1', user: 'U1', text: 'hi' });
    workspace.addReaction(message, 'star', 'U1');
    workspace.removeReaction(message, 'star', 'U1');
    workspace.deleteMessage('C1', message.ts);
    stop();
    workspace.addUser({ id: 'U2' });
    expect(seen).toEqual(['user_added', 'channel_added', 'member_joined', 'message_posted', 'reaction_added', 'reaction_removed', 'message_deleted']);
  });

  it('knows the bot as a user and adds it to a channel only when invited', () => {
    const workspace = new Workspace({ bot: { userId: 'UBOT' } });
    expect(workspace.users.get('UBOT')).toMatchObject({ is_bot: true });
    expect(workspace.addChannel({ id: 'C1', name: 'a' }).members.has('UBOT')).toBe(false);
    expect(workspace.addChannel({ id: 'C2', name: 'b', botIsMember: true }).members.has('UBOT')).toBe(true);
  });

  it('accepts a trigger once, within 3 seconds, for the user it was issued to', () => {
    let ms = 0;
    const workspace = new Workspace({ now: () => ms });
    const trigger = workspace.issueTriggerId('U1');
    ms = 2999;
    expect(workspace.exchangeTrigger(trigger)).toEqual({ check: 'valid', user: 'U1' });
    expect(workspace.exchangeTrigger(trigger)).toEqual({ check: 'exchanged_trigger_id' });
    expect(workspace.exchangeTrigger('nope')).toEqual({ check: 'invalid_trigger_id' });
  });
});
