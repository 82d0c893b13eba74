import { describe, expect, it } from 'vitest';
import { messageChangedEvent, messageDeletedEvent, slackCommandText, Workspace } from '../../src/local-slack/index.js';

describe('local Slack: what a person editing or deleting a message, or typing a command, sends the app', () => {
  const setup = () => {
    const workspace = new Workspace({ now: () => Date.UTC(2026, 11, 2, 9) });
    workspace.addUser({ id: 'U0PRIYA', name: 'priya', real_name: 'Priya N' });
    workspace.addChannel({ id: 'C0TEAM', name: 'lp-practice', members: ['U0PRIYA'], botIsMember: true });
    const parent = workspace.postMessage({ channel: 'C0TEAM', user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'prompt' });
    const reply = workspace.postTypedMessage({ channel: 'C0TEAM', user: 'U0PRIYA', typed: 'R&D story', thread_ts: parent.ts });
    return { workspace, parent, reply };
  };

  it('an edit: message_changed with the new message (edited, in its thread) and the previous one', () => {
    const { workspace, parent, reply } = setup();
    const before = workspace.editMessage(reply, 'R&D story, with @priya');
    const event = messageChangedEvent(workspace, before, reply);
    expect(event).toMatchObject({
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      channel: 'C0TEAM',
      channel_type: 'channel',
      message: { user: 'U0PRIYA', text: 'R&amp;D story, with <@U0PRIYA>', ts: reply.ts, thread_ts: parent.ts, edited: { user: 'U0PRIYA' } },
      previous_message: { user: 'U0PRIYA', text: 'R&amp;D story', ts: reply.ts, thread_ts: parent.ts },
    });
    expect(event.ts).not.toBe(reply.ts);
    expect((event.previous_message as Record<string, unknown>).edited).toBeUndefined();
  });

  it('a deletion: message_deleted with deleted_ts and the previous message', () => {
    const { workspace, parent, reply } = setup();
    workspace.deleteMessage('C0TEAM', reply.ts);
    expect(messageDeletedEvent(workspace, reply)).toMatchObject({
      subtype: 'message_deleted',
      hidden: true,
      channel: 'C0TEAM',
      deleted_ts: reply.ts,
      previous_message: { user: 'U0PRIYA', ts: reply.ts, thread_ts: parent.ts },
    });
  });

  it('slash command text as Slack sends it with should_escape: users with their handle as label', () => {
    const { workspace } = setup();
    expect(slackCommandText('coverage @priya', workspace.typedTextDirectory())).toBe('coverage <@U0PRIYA|priya>');
    expect(slackCommandText('setup #lp-practice 09:30 & <x>', workspace.typedTextDirectory())).toBe('setup <#C0TEAM|lp-practice> 09:30 &amp; &lt;x&gt;');
    expect(slackCommandText('coverage @nobody', workspace.typedTextDirectory())).toBe('coverage @nobody');
  });
});
