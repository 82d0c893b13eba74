/**
 * Slack mrkdwn to HTML, for the playground page. Pure (no DOM), so it is unit-tested in Node.
 *
 * The output is always safe to put in innerHTML: every character of the input ends up HTML-escaped, and the only
 * markup is what this module writes. Control sequences (`<@U1>`, `<#C1>`, `<!here>`, `<https://…|label>`) are read
 * as Slack reads them; text the app escaped (`&lt;!channel&gt;`) is shown as the characters a person typed.
 */
import { emojiFor } from './emoji.js';
import { decodeSlackEntities, escapeHtml } from './html.js';

export interface NameDirectory {
  /** User id -> display name. */
  users: Record<string, string>;
  /** Channel id -> name without `#`. */
  channels: Record<string, string>;
}

// Private-use characters mark where already-rendered HTML goes, so later steps cannot touch it.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** mrkdwn text (as in a `mrkdwn` text object or a message's `text`) to HTML. */
export function mrkdwnToHtml(text: string, names: NameDirectory): string {
  const pieces: string[] = [];
  const hold = (html: string): string => {
    pieces.push(html);
    return `${OPEN}${pieces.length - 1}${CLOSE}`;
  };
  // Placeholders are ours alone: drop any the text itself contains.
  let work = text.replace(/[\uE000\uE001]/g, '');

  // 1. Control sequences, before decoding, so an escaped `&lt;!channel&gt;` never becomes one.
  work = work.replace(/<([^<>\n]*)>/g, (_match, inner: string) => hold(controlSequence(inner, names)));
  // 2. The characters the remaining text stands for.
  work = decodeSlackEntities(work);
  // 3. Code keeps its text as written: no formatting, no emoji.
  work = work.replace(/```([\s\S]*?)```/g, (_m, code: string) => hold(`<pre class="mk-pre">${escapeHtml(code.replace(/^\n/, ''))}</pre>`));
  work = work.replace(/`([^`\n]+)`/g, (_m, code: string) => hold(`<code class="mk-code">${escapeHtml(code)}</code>`));
  // 4. Everything else is text.
  work = escapeHtml(work);
  work = applyEmphasis(work, '\\*', 'strong');
  work = applyEmphasis(work, '_', 'em');
  work = applyEmphasis(work, '~', 'del');
  work = work.replace(/:([a-z0-9_+'-]+(?:::skin-tone-[2-6])?):/g, (match, name: string) => emojiHtml(name) ?? match);
  work = quoteLines(work);
  work = work.replace(/\n/g, '<br>');
  // Put the held HTML back; a held piece can contain an earlier placeholder (a mention inside a code span), hence the recursion.
  const restore = (value: string): string =>
    value.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, index: string) => restore(pieces[Number(index)] ?? ''));
  return restore(work);
}

/** Plain text (a `plain_text` object): escaped, with emoji shortcodes turned into emoji when `emoji` is not false. */
export function plainTextToHtml(text: string, emoji = true): string {
  const escaped = escapeHtml(text).replace(/\n/g, '<br>');
  if (!emoji) return escaped;
  return escaped.replace(/:([a-z0-9_+'-]+):/g, (match, name: string) => emojiFor(name) ?? match);
}

/** An emoji shortcode as the emoji, or undefined when unknown (the caller keeps `:name:`). */
export function emojiHtml(name: string): string | undefined {
  const emoji = emojiFor(name);
  return emoji === undefined ? undefined : `<span class="mk-emoji" title=":${escapeHtml(name)}:">${emoji}</span>`;
}

function controlSequence(inner: string, names: NameDirectory): string {
  const [target = '', label] = splitLabel(inner);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = label ?? names.users[id] ?? id;
    return `<span class="mk-mention" data-user="${escapeHtml(id)}">@${escapeHtml(decodeSlackEntities(name))}</span>`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    const name = label ?? names.channels[id] ?? id;
    return `<span class="mk-mention mk-channel">#${escapeHtml(decodeSlackEntities(name))}</span>`;
  }
  if (target.startsWith('!')) return specialMention(target.slice(1), label);
  if (/^(https?:\/\/|mailto:)/i.test(target)) {
    const href = decodeSlackEntities(target);
    const shown = label === undefined ? href : decodeSlackEntities(label);
    return `<a class="mk-link" href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(shown)}</a>`;
  }
  // Not something Slack turns into a link or mention: show it as the characters it is.
  return escapeHtml(decodeSlackEntities(`<${inner}>`));
}

/**
 * `<!here>`, `<!channel>`, `<!everyone>` notify people in real Slack: shown highlighted, because an app that sends
 * one from user text has a bug. `<!date^…|fallback>` and `<!subteam^…|@name>` show their label.
 */
function specialMention(command: string, label: string | undefined): string {
  const [keyword = ''] = command.split('^');
  if (keyword === 'here' || keyword === 'channel' || keyword === 'everyone') {
    return `<span class="mk-mention mk-broadcast" title="Notifies everyone in the channel">@${keyword}</span>`;
  }
  return `<span class="mk-mention">${escapeHtml(decodeSlackEntities(label ?? command))}</span>`;
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}

/**
 * Slack's emphasis: the marker must hug the text (no space inside) and stand at a word boundary outside, so
 * `snake_case_name` and `2*3*4` stay as written.
 */
function applyEmphasis(html: string, marker: string, tag: string): string {
  const pattern = new RegExp(`(^|[^\\w${marker}])${marker}(?=\\S)([^\\n]*?\\S)${marker}(?![\\w${marker}])`, 'g');
  return html.replace(pattern, (_m, before: string, inner: string) => `${before}<${tag}>${inner}</${tag}>`);
}

/** Lines starting with `>` (already escaped to `&gt;`) become a quote. */
function quoteLines(html: string): string {
  const lines = html.split('\n');
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length > 0) out.push(`<blockquote class="mk-quote">${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of lines) {
    const match = /^&gt; ?(.*)$/.exec(line);
    if (match) quote.push(match[1] ?? '');
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  // A quote is a block: no extra line break around it.
  return out.join('\n').replace(/\n?(<blockquote[^]*?<\/blockquote>)\n?/g, '$1');
}
