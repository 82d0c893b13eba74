import { describe, expect, it } from 'vitest';
import { decodeEntities, readSlackText } from '../../src/core/slack-text.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';

/** What Slack's client sends for what a person typed: the three characters escaped. */
const slackEscape = (typed: string) => typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('readSlackText: entities', () => {
  it.each([
    ['R&amp;D', 'R&D'],
    ['P&amp;L and R&amp;D', 'P&L and R&D'],
    ['p95 &lt; 300 ms', 'p95 < 300 ms'],
    ['from 900 ms to &lt;300 ms, &gt;2x faster', 'from 900 ms to <300 ms, >2x faster'],
    ['a -&gt; b', 'a -> b'],
    // Decoded once: what the person typed was "&lt;", which Slack sent as "&amp;lt;".
    ['I typed &amp;lt; literally', 'I typed &lt; literally'],
    ['&amp;amp;', '&amp;'],
    // Entities Slack never sends stay as they are.
    ['&quot;quoted&quot; &#39;x&#39; &nbsp;', '&quot;quoted&quot; &#39;x&#39; &nbsp;'],
    ['a lone & and AT&T', 'a lone & and AT&T'],
  ])('%j reads %j', (raw, read) => {
    expect(readSlackText(raw)).toBe(read);
  });

  it('decodeEntities decodes the three in one pass', () => {
    expect(decodeEntities('&amp;gt; &lt;b&gt;')).toBe('&gt; <b>');
  });
});

describe('readSlackText: mentions, channels, groups, links, dates', () => {
  it.each([
    ['ask <@U0XXXX|sam> first', 'ask @sam first'],
    ['ask <@U0XXXX> first', 'ask a colleague first'],
    ['ask <@W0ENTERPRISE1> first', 'ask a colleague first'],
    ['ask <@U0XXXX|> first', 'ask a colleague first'],
    ['ask <@U0XXXX|@sam> first', 'ask @sam first'],
    ['in <#C024BE7LR|general> today', 'in #general today'],
    ['in <#C024BE7LR> today', 'in a channel today'],
    ['in <#C024BE7LR|> today', 'in a channel today'],
    ['<!subteam^S0123ABC|@design> owned it', '@design owned it'],
    ['<!subteam^S0123ABC|design> owned it', '@design owned it'],
    ['<!subteam^S0123ABC> owned it', 'a group owned it'],
    ['<!channel> look', '@channel look'],
    ['<!here> look', '@here look'],
    ['<!here|here> look', '@here look'],
    ['<!everyone> look', '@everyone look'],
    ['<!group> look', '@channel look'],
    ['on <!date^1392734382^{date_pretty} at {time}|Feb 18, 2014 at 6:39 AM> we shipped', 'on Feb 18, 2014 at 6:39 AM we shipped'],
    ['on <!date^1392734382^{date}^https://x.test/a> we shipped', 'on a date we shipped'],
    ['see <https://example.com/doc|the design doc>', 'see the design doc'],
    ['see <https://example.com/doc>', 'see https://example.com/doc'],
    ['see <https://example.com/q?a=1&amp;b=2>', 'see https://example.com/q?a=1&b=2'],
    ['see <https://example.com/q?a=1&amp;b=2|R&amp;D wiki>', 'see R&D wiki'],
    ['mail <mailto:ana@example.com|ana@example.com>', 'mail ana@example.com'],
    ['mail <mailto:ana@example.com>', 'mail ana@example.com'],
    ['call <tel:+15551234|the desk>', 'call the desk'],
    ['label with a bar <https://x.test|a|b>', 'label with a bar a|b'],
  ])('%j reads %j', (raw, read) => {
    expect(readSlackText(raw)).toBe(read);
  });

  it('reads a whole answer with everything at once', () => {
    const raw =
      'In R&amp;D I owned the P&amp;L review with <@U0XXXX|sam>; <!channel> heard about it in <#C0TEAM|lp-practice>. ' +
      'Latency went to &lt; 300 ms (<https://grafana.test/d?x=1&amp;y=2|dashboard>).';
    expect(readSlackText(raw)).toBe(
      'In R&D I owned the P&L review with @sam; @channel heard about it in #lp-practice. Latency went to < 300 ms (dashboard).',
    );
  });
});

describe('readSlackText: text without markup and odd inputs', () => {
  it.each([
    '',
    'I cut the build from 40 to 12 minutes.',
    'Line one\nLine two\n\n  indented',
    'emoji :tada: and ünïcödé — “quotes” 🚀',
    'an email ana@example.com and a bare https://example.com/a?b=c',
    'a > b but c < d',
    '<< not markup >>',
    'x <not markup> y',
    '<>',
    'a <@U123 with a space> b',
    'unclosed <@U0XXXX|sam',
    'stray > and <',
  ])('%j comes back unchanged', (text) => {
    expect(readSlackText(text)).toBe(text);
  });

  it.each([
    // What Slack sends when a person typed markup literally: they see it as typed.
    [slackEscape('<!channel>'), '<!channel>'],
    [slackEscape('<@U0XXXX>'), '<@U0XXXX>'],
    [slackEscape('<https://x|y>'), '<https://x|y>'],
    // Nested: the inner sequence is read, the outer brackets are characters.
    ['<<@U0XXXX|sam>>', '<@sam>'],
    ['<<!channel>>', '<@channel>'],
    ['<@U1|a><@U2|b>', '@a@b'],
    ['<!channel><!here>', '@channel@here'],
    // A sequence never spans lines.
    ['<@U0XXXX|sam\n>', '<@U0XXXX|sam\n>'],
    // An unknown !command keeps only its fallback label (none: nothing).
    ['<!foo|bar> baz', 'bar baz'],
    ['x<!foo>y', 'xy'],
  ])('%j reads %j', (raw, read) => {
    expect(readSlackText(raw)).toBe(read);
  });

  it('reads what a person typed back from what Slack sent, for text with no mentions or links', () => {
    for (const typed of ['R&D', 'P&L < 300 ms > 200 ms', '<!channel> typed literally', 'a &amp; b', '<<>>&&', '->', 'A<B>C']) {
      expect(readSlackText(slackEscape(typed))).toBe(typed);
    }
  });
});

describe('round trip: decode once, escape once, nothing pings', () => {
  const LIVE = /<[!@#]|<https?:|<mailto:/;
  const inputs = [
    '<!channel>',
    '<!here|here> <!everyone>',
    '<@U0XXXX> <@U0XXXX|sam>',
    '<!subteam^S123|@team>',
    slackEscape('<!channel>'),
    slackEscape('<@U0XXXX|sam>'),
    '&lt;<!channel>&gt;',
    '&lt;!channel&gt;',
    '&amp;lt;!channel&amp;gt;',
    '<<!channel>>',
    '<&lt;!channel&gt;>',
    '<https://x.test|<!channel>>',
    '<https://x.test|&lt;!channel&gt;>',
    '<!date^1^{date}|&lt;!here&gt;>',
    'R&amp;D &lt; 300 ms',
  ];

  it.each(inputs)('%j decoded then escaped has no live control sequence', (raw) => {
    const shown = escapeMrkdwn(readSlackText(raw));
    expect(shown).not.toMatch(LIVE);
    expect(shown).not.toContain('<');
    expect(shown).not.toContain('>');
  });

  it('escapes entities exactly once', () => {
    expect(escapeMrkdwn(readSlackText('R&amp;D, P&amp;L, &lt; 300 ms'))).toBe('R&amp;D, P&amp;L, &lt; 300 ms');
    expect(escapeMrkdwn(readSlackText('R&amp;D'))).not.toContain('&amp;amp;');
  });

  it('random strings over the markup alphabet never produce a live mention once escaped', () => {
    const alphabet = ['<', '>', '&', 'amp;', 'lt;', 'gt;', '!', 'channel', 'here', '@', 'U0X', '#', 'C0X', '|', 'sam', ' ', '\n', 'https:', '//x'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 2000; i += 1) {
      const raw = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const read = readSlackText(raw);
      expect(escapeMrkdwn(read)).not.toMatch(/[<>]/);
      // Reading is a function of the text alone, and reading plain text with no markup changes nothing.
      expect(readSlackText(raw)).toBe(read);
    }
  });
});
