/**
 * Slack's message markup, read once into what a person sees. Slack sends the text of a message with `&`, `<` and `>`
 * escaped (`&amp;`, `&lt;`, `&gt;`) and with control sequences in angle brackets: `<@U123>` / `<@U123|sam>` (a user),
 * `<#C123|general>` (a channel), `<!subteam^S123|@design>` (a user group), `<!channel>`, `<!here>`, `<!everyone>`,
 * `<!date^1392734382^{date}|Feb 18>` and links `<https://x|label>` / `<mailto:a@b|a@b>`.
 *
 * readSlackText turns that into plain text: entities into characters, a mention into "@name" (or "a colleague" when
 * Slack sent no name), a channel into "#name", a link into its label (or its address), a special mention into the
 * plain word ("@channel"), a date into its fallback. The result is plain text: before it is quoted back in mrkdwn it
 * must be escaped once (escapeMrkdwn), which also makes sure a literal `<!channel>` the person typed never pings.
 *
 * Pure and total: any string is accepted; text without markup comes back unchanged (apart from the three entities).
 * Text that did not come from a Slack message (a modal's plain_text_input, the CLI) is already plain: do not read it.
 */
export function readSlackText(raw: string): string {
  return raw.replace(MARKUP_OR_ENTITY, (match: string, inner: string | undefined, entity: string | undefined) => {
    if (entity !== undefined) return ENTITIES[entity] ?? match;
    return readControlSequence(inner ?? '') ?? decodeEntities(match);
  });
}

/** `&amp;`, `&lt;`, `&gt;` into `&`, `<`, `>`, in one pass (so `&amp;lt;` reads `&lt;`, not `<`). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match: string, name: string) => ENTITIES[name] ?? match);
}

/** What a person reads for a user mention Slack sent without a name (it shows the member's name; we have only an id). */
export const UNNAMED_USER = 'a colleague';
export const UNNAMED_CHANNEL = 'a channel';
export const UNNAMED_GROUP = 'a group';
export const UNNAMED_DATE = 'a date';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };
const ENTITY = /&(amp|lt|gt);/g;
// A control sequence never spans a line and never holds a raw `<` or `>` (Slack escapes them inside it too).
const MARKUP_OR_ENTITY = /<([^<>\n]*)>|&(amp|lt|gt);/g;
const SPECIAL_MENTIONS: Readonly<Record<string, string>> = {
  channel: '@channel',
  group: '@channel',
  here: '@here',
  everyone: '@everyone',
};
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The inside of `<...>` as a person reads it, or undefined when it is no control sequence Slack sends. */
function readControlSequence(inner: string): string | undefined {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? '' : decodeEntities(inner.slice(bar + 1)).trim();

  if (/^@[UWB][A-Z0-9]+$/.test(target)) return label === '' ? UNNAMED_USER : `@${label.replace(/^@/, '')}`;
  if (/^#[CGD][A-Z0-9]+$/.test(target)) return label === '' ? UNNAMED_CHANNEL : `#${label.replace(/^#/, '')}`;
  if (target.startsWith('!')) {
    const command = target.slice(1);
    const special = SPECIAL_MENTIONS[command.toLowerCase()];
    if (special !== undefined) return special;
    if (/^subteam\^[A-Z0-9]+$/i.test(command)) return label === '' ? UNNAMED_GROUP : `@${label.replace(/^@/, '')}`;
    if (/^date\^/i.test(command)) return label === '' ? UNNAMED_DATE : label;
    // Another command Slack may add: its fallback label, else nothing that could read as a word of the story.
    if (/^[a-z]+(?:\^|$)/i.test(command)) return label;
    return undefined;
  }
  if (URL_SCHEME.test(target) && !/\s/.test(target)) {
    if (label !== '') return label;
    const url = decodeEntities(target);
    return url.toLowerCase().startsWith('mailto:') ? url.slice('mailto:'.length) : url;
  }
  return undefined;
}

/** A user mention as Slack escapes it in a slash command's text (`<@U123|name>`); group 1 is the user id. */
export const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
