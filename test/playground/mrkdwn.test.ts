import { describe, expect, it } from 'vitest';
import { mrkdwnToHtml, plainTextToHtml } from '../../src/playground/web/mrkdwn.js';

const names = { users: { U0ALEX: 'alex' }, channels: { C0TEAM: 'lp-practice' } };
const html = (text: string) => mrkdwnToHtml(text, names);

describe('mrkdwn to HTML', () => {
  it('formats bold, italic, strike, inline code and code blocks', () => {
    expect(html('*bold* _italic_ ~gone~ `x *y*`')).toBe(
      '<strong>bold</strong> <em>italic</em> <del>gone</del> <code class="mk-code">x *y*</code>',
    );
    expect(html('```\nconst a = 1 < 2;\n```')).toBe('<pre class="mk-pre">const a = 1 &lt; 2;\n</pre>');
  });

  it('leaves markers inside words and with spaces alone', () => {
    expect(html('snake_case_name, 2*3*4 and * not bold *')).toBe('snake_case_name, 2*3*4 and * not bold *');
  });

  it('shows user and channel mentions by name, with an explicit label winning', () => {
    expect(html('<@U0ALEX> in <#C0TEAM> and <@U0NOBODY>')).toBe(
      '<span class="mk-mention" data-user="U0ALEX">@alex</span> in <span class="mk-mention mk-channel">#lp-practice</span> and ' +
        '<span class="mk-mention" data-user="U0NOBODY">@U0NOBODY</span>',
    );
    expect(html('<#C0TEAM|general>')).toContain('#general');
  });

  it('turns http(s) and mailto links into links that open elsewhere, with labels', () => {
    expect(html('<https://example.com/a?b=1&amp;c=2|the doc>')).toBe(
      '<a class="mk-link" href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the doc</a>',
    );
    expect(html('<mailto:a@b.c>')).toContain('href="mailto:a@b.c"');
  });

  it('never makes a link from another scheme', () => {
    const out = html('<javascript:alert(1)|click me>');
    expect(out).not.toContain('<a');
    expect(out).toBe('&lt;javascript:alert(1)|click me&gt;');
  });

  it('turns emoji shortcodes into emoji, and keeps unknown ones as their names', () => {
    expect(html(':star: :custom_party:')).toBe('<span class="mk-emoji" title=":star:">⭐</span> :custom_party:');
  });

  it('shows escaped user text as the characters typed: no script, no @channel', () => {
    const typed = '&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; &lt;@U0ALEX&gt; &amp;amp;';
    const out = html(typed);
    expect(out).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; &lt;@U0ALEX&gt; &amp;amp;');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('mk-mention');
  });

  it('shows raw markup that is not a control sequence as text, never as HTML', () => {
    const out = html('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;');
  });

  it('marks a real broadcast loudly, because an app sending one from user text has a bug', () => {
    expect(html('<!channel> <!here>')).toBe(
      '<span class="mk-mention mk-broadcast" title="Notifies everyone in the channel">@channel</span> ' +
        '<span class="mk-mention mk-broadcast" title="Notifies everyone in the channel">@here</span>',
    );
    expect(html('<!date^1392734382^{date}|Feb 18, 2014>')).toContain('Feb 18, 2014');
  });

  it('quotes lines starting with > and keeps line breaks', () => {
    expect(html('&gt; quoted *line*\nafter')).toBe('<blockquote class="mk-quote">quoted <strong>line</strong></blockquote>after');
    expect(html('one\ntwo')).toBe('one<br>two');
  });

  it('drops the private-use characters it uses as placeholders from input', () => {
    expect(html('\uE0000\uE001 *x*')).toBe('0 <strong>x</strong>');
  });
});

describe('plain text to HTML', () => {
  it('escapes markup and converts emoji unless emoji is false', () => {
    expect(plainTextToHtml('<b>hi</b> :tada:')).toBe('&lt;b&gt;hi&lt;/b&gt; 🎉');
    expect(plainTextToHtml(':tada: *not bold*', false)).toBe(':tada: *not bold*');
  });
});
