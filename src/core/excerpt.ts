/** How many characters of what a person typed a reply quotes back. */
export const EXCERPT_MAX_CHARS = 80;

/**
 * A short quote of what a person typed: whitespace runs become one space, and anything longer than `max` characters
 * (counted as code points, so an emoji is never split) is cut with an ellipsis, so a 10,000-character command is never
 * echoed back whole.
 */
export function cutText(text: string, max: number = EXCERPT_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** `text` cut to at most `max` characters, with an ellipsis when it was longer. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The start of a long text, cut at a space before `max` characters, so no word is split. */
export function leadingPart(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}
