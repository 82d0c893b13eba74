import { describe, expect, it } from 'vitest';
import { readSlackText } from '../../src/core/slack-text.js';
import { slackClientText, Workspace } from '../../src/local-slack/index.js';

/** The stand-in sends what a person types as Slack's client does, so the app meets real Slack text in tests. */

function workspace(): Workspace {
  const ws = new Workspace({ now: () => Date.parse('2026-11-30T10:00:00Z') });
  ws.addUser({ id: 'U0PRIYA', name: 'priya' });
  ws.addUser({ id: 'U0SAM', name: 'sam' });
  ws.addChannel({ id: 'C0TEAM', name: 'lp-practice', members: ['U0PRIYA', 'U0SAM'], botIsMember: true });
  return ws;
}

describe('slackClientText', () => {
  const directory = workspace().typedTextDirectory();
  it.each([
    ['R&D and P&L at < 300 ms, > 2x', 'R&amp;D and P&amp;L at &lt; 300 ms, &gt; 2x'],
    ['<!channel> typed literally, <@U0SAM> too', '&lt;!channel&gt; typed literally, &lt;@U0SAM&gt; too'],
    ['thanks @priya and @Sam.', 'thanks <@U0PRIYA> and <@U0SAM>.'],
    ['@channel @here @everyone', '<!channel> <!here> <!everyone>'],
    ['@nobody stays text, as does ana@example.com', '@nobody stays text, as does ana@example.com'],
    ['in #lp-practice and #nowhere', 'in <#C0TEAM|lp-practice> and #nowhere'],
    ['see https://x.test/a?b=1&c=2.', 'see <https://x.test/a?b=1&amp;c=2>.'],
    ['(https://x.test/#top)', '(<https://x.test/#top>)'],
  ])('%j is sent as %j', (typed, sent) => {
    expect(slackClientText(typed, directory)).toBe(sent);
  });

  it('reading what the client sent gives back what was typed, mentions as names or "a colleague"', () => {
    const sent = slackClientText('R&D < 300 ms with @priya in #lp-practice, <!channel> literally', directory);
    expect(readSlackText(sent)).toBe('R&D < 300 ms with a colleague in #lp-practice, <!channel> literally');
  });
});

describe('Workspace.postTypedMessage', () => {
  it('stores the message as Slack would deliver it; postMessage stores text as given', () => {
    const ws = workspace();
    const typed = ws.postTypedMessage({ channel: 'C0TEAM', user: 'U0SAM', typed: 'R&D with @priya' });
    expect(typed.text).toBe('R&amp;D with <@U0PRIYA>');
    expect(ws.postMessage({ channel: 'C0TEAM', user: 'U0SAM', text: 'R&amp;D' }).text).toBe('R&amp;D');
  });
});
