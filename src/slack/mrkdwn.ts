import { EXCERPT_MAX_CHARS, cutText } from '../core/excerpt.js';

/**
 * Slack's mrkdwn escaping: with `&`, `<` and `>` replaced, text a person typed (`<!channel>`, `<@U123>`, a link) is
 * shown as written instead of pinging anyone or turning into a link when the bot echoes it back.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<@U123>`: how a reply names a user so Slack shows their display name. */
export function userMention(userId: string): string {
  return `<@${userId}>`;
}

/** `<#C123>`: how a reply names a channel so Slack shows it as a link. */
export function channelMention(channelId: string): string {
  return `<#${channelId}>`;
}

/** What a person typed, cut short (cutText) and escaped, for replies such as "I don't know `...`". */
export function excerpt(text: string, max: number = EXCERPT_MAX_CHARS): string {
  // Cut before escaping, so an entity is never split.
  return escapeMrkdwn(cutText(text, max));
}
