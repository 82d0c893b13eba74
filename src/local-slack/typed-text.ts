/**
 * What Slack's client sends for what a person types in the message box: `&`, `<` and `>` escaped (`&amp;`, `&lt;`,
 * `&gt;`), so nothing typed can form a control sequence; then the mentions the client turns into markup: `@channel`,
 * `@here` and `@everyone` into `<!channel>`, `<!here>`, `<!everyone>`; `@handle` of a member into `<@U…>` (Slack
 * sends user mentions without the name); `#name` of a channel into `<#C…|name>`; a bare web address into `<https://…>`.
 * The app receives exactly this as `event.text`, as it would from Slack.
 */
export interface TypedTextDirectory {
  /** The user id of a handle (`priya`), or undefined. */
  userIdOf(handle: string): string | undefined;
  /** The channel id of a channel name (`lp-practice`), or undefined. */
  channelIdOf(name: string): string | undefined;
}

const SPECIAL = new Set(['channel', 'here', 'everyone']);
// A mention starts a word: at the start, or after a space or an opening bracket or quote.
const MENTION = /(^|[\s(["'“‘])([@#])([a-z0-9][a-z0-9._-]*)/gi;
const URL = /(^|[\s(])(https?:\/\/[^\s<>]+)/gi;

/**
 * The `text` of a slash command as Slack sends it when the command has "Escape channels, users, and links"
 * (`should_escape: true` in the manifest): as a message's, except that a user mention carries the handle as its label
 * (`<@U123|priya>`).
 */
export function slackCommandText(typed: string, directory: TypedTextDirectory): string {
  return slackClientText(typed, directory, { labelUsers: true });
}

export function slackClientText(typed: string, directory: TypedTextDirectory, options: { labelUsers?: boolean } = {}): string {
  const escaped = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const linked = escaped.replace(URL, (_match, before: string, url: string) => {
    // A sentence's closing punctuation is not part of the address.
    const trail = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
    return `${before}<${url.slice(0, url.length - trail.length)}>${trail}`;
  });
  return linked.replace(MENTION, (match, before: string, sigil: string, name: string) => {
    const bare = name.replace(/[._-]+$/, '');
    const rest = name.slice(bare.length);
    if (sigil === '@') {
      if (SPECIAL.has(bare.toLowerCase())) return `${before}<!${bare.toLowerCase()}>${rest}`;
      const id = directory.userIdOf(bare);
      if (id === undefined) return match;
      return `${before}<@${id}${options.labelUsers === true ? `|${bare.toLowerCase()}` : ''}>${rest}`;
    }
    const id = directory.channelIdOf(bare);
    return id === undefined ? match : `${before}<#${id}|${bare}>${rest}`;
  });
}
