import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/playground/web/block-kit.js';

const names = { users: { U0ALEX: 'alex' }, channels: {} };
const render = (blocks: unknown[], errors?: Record<string, string>) => renderBlocks(blocks, { names, ...(errors ? { errors } : {}) });
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

describe('Block Kit renderer', () => {
  it('draws a header as escaped plain text with emoji', () => {
    expect(render([{ type: 'header', block_id: 'h', text: { ...plain('Ownership <now> :star:'), emoji: true } }])).toBe(
      '<div class="bk-block bk-header" data-block-id="h">Ownership &lt;now&gt; ⭐</div>',
    );
  });

  it('draws a section with mrkdwn text, fields and a button accessory', () => {
    const out = render([
      {
        type: 'section',
        block_id: 's',
        text: mrkdwn('*Score* for <@U0ALEX>'),
        fields: [mrkdwn('*Level*\nMeets the bar'), plain('72 / 100')],
        accessory: { type: 'button', action_id: 'retry', text: plain('Try again'), value: 'q1', style: 'primary' },
      },
    ]);
    expect(out).toContain('<strong>Score</strong> for <span class="mk-mention" data-user="U0ALEX">@alex</span>');
    expect(out).toContain('<div class="bk-field"><strong>Level</strong><br>Meets the bar</div><div class="bk-field">72 / 100</div>');
    expect(out).toContain('class="bk-button bk-primary" data-action data-kind="button" data-block-id="s" data-action-id="retry"');
  });

  it('draws context elements (text and image alt text) and a divider', () => {
    const out = render([
      { type: 'context', elements: [mrkdwn('_small print_'), { type: 'image', image_url: 'https://x/y.png', alt_text: 'logo' }] },
      { type: 'divider' },
    ]);
    expect(out).toContain('<span class="bk-context-text"><em>small print</em></span>');
    // Images are never fetched: the page works with no network.
    expect(out).toContain('aria-label="logo"');
    expect(out).not.toContain('https://x/y.png');
    expect(out).toContain('<hr class="bk-block bk-divider" data-block-id="_block1">');
  });

  it('draws actions with buttons (and their confirm dialog), an overflow menu and a select as plain controls', () => {
    const out = render([
      {
        type: 'actions',
        block_id: 'acts',
        elements: [
          {
            type: 'button',
            action_id: 'forget',
            text: plain('Delete my data'),
            style: 'danger',
            confirm: { title: plain('Sure?'), text: mrkdwn('This deletes *everything*.'), confirm: plain('Delete'), deny: plain('Keep') },
          },
          { type: 'overflow', action_id: 'more', options: [{ text: plain('Share'), value: 'share' }] },
          {
            type: 'static_select',
            action_id: 'pick',
            placeholder: plain('Principle'),
            options: [{ text: plain('Ownership'), value: 'ownership' }, { text: plain('Dive Deep'), value: 'dive-deep' }],
            initial_option: { text: plain('Dive Deep'), value: 'dive-deep' },
          },
        ],
      },
    ]);
    expect(out).toContain('class="bk-button bk-danger"');
    expect(out).toContain('data-confirm="{&quot;title&quot;:&quot;Sure?&quot;');
    expect(out).toContain('<select class="bk-overflow" aria-label="More actions" data-action data-kind="select" data-block-id="acts" data-action-id="more"><option value="" selected>⋯</option><option value="share">Share</option></select>');
    expect(out).toContain('<option value="dive-deep" selected>Dive Deep</option>');
    expect(out).toContain('<option value="">Principle</option>');
  });

  it('draws input blocks with label, optional marker, hint, initial value, and the error the app returned', () => {
    const blocks = [
      {
        type: 'input',
        block_id: 'answer',
        label: plain('Your story'),
        hint: plain('STAR-L, 150-225 words'),
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 3000, initial_value: 'I <led>' },
      },
      { type: 'input', block_id: 'note', optional: true, label: plain('Note'), element: { type: 'plain_text_input', action_id: 'n' } },
      {
        type: 'input',
        block_id: 'boxes',
        label: plain('Format'),
        element: { type: 'checkboxes', action_id: 'star', options: [{ text: plain('Use STAR boxes'), value: 'star' }] },
      },
    ];
    const out = render(blocks, { answer: 'Write at least 40 words.' });
    expect(out).toContain('<textarea rows="6" class="bk-text-input" data-input data-kind="text" data-block-id="answer" data-action-id="text" placeholder="" maxlength="3000">I &lt;led&gt;</textarea>');
    expect(out).toContain('<div class="bk-hint">STAR-L, 150-225 words</div>');
    expect(out).toContain('<div class="bk-error" role="alert">Write at least 40 words.</div>');
    expect(out).toContain('bk-input has-error');
    expect(out).toContain('<span class="bk-optional">(optional)</span>');
    expect(out).toContain('<input type="text" class="bk-text-input" data-input');
    expect(out).toContain('type="checkbox" name="boxes::star" value="star"');
  });

  it('names blocks and elements without ids by position, as the server does', () => {
    const out = render([{ type: 'actions', elements: [{ type: 'button', text: plain('A') }, { type: 'button', text: plain('B') }] }]);
    expect(out).toContain('data-block-id="_block0" data-action-id="_action0"');
    expect(out).toContain('data-block-id="_block0" data-action-id="_action1"');
  });

  it('draws rich text runs with styles and escapes their text', () => {
    const out = render([
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_section', elements: [{ type: 'text', text: '<b>hi</b> ', style: { bold: true } }, { type: 'user', user_id: 'U0ALEX' }] },
          { type: 'rich_text_list', style: 'bullet', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }] },
        ],
      },
    ]);
    expect(out).toContain('<strong>&lt;b&gt;hi&lt;/b&gt; </strong>');
    expect(out).toContain('@alex');
    expect(out).toContain('<ul><li>one</li></ul>');
  });

  it('says so for block types it does not draw, instead of dropping them silently', () => {
    expect(render([{ type: 'video', block_id: 'v' }])).toContain('does not draw "video" blocks');
  });

  it('never lets app-supplied ids or values break out of attributes', () => {
    const out = render([{ type: 'actions', block_id: '"><script>x</script>', elements: [{ type: 'button', action_id: 'a"b', text: plain('x'), url: 'javascript:"' }] }]);
    expect(out).not.toContain('<script>');
    expect(out).toContain('data-block-id="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(out).toContain('data-action-id="a&quot;b"');
  });
});
