import { clip } from './excerpt.js';

const TITLE_WORDS = 7;
/** A title a person types (`/lp stories rename`) is kept to this many characters. */
export const TITLE_MAX_CHARS = 80;
const MIN_WORDS_BEFORE_CUT = 3;
// Labels people type in STAR answers ("Situation:", "**S**:") say nothing about the story itself.
const LABEL = /^\s*(?:\*{0,2}|_?)(?:situation|task|action|result|learning|context|s|t|a|r|l)(?:\*{0,2}|_?)\s*[:\-–—]\s*/i;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const SEASON = '(?:spring|summer|autumn|fall|winter|q[1-4])';
// Framing that says when or where the story happened, not what it is about: "In March", "Last year", "Two years ago,",
// "At a logistics company,". Removed from the front, one after the other.
const FRAMES: readonly RegExp[] = [
  new RegExp(`^(?:back\\s+)?(?:in|during|around|by|over)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid[- ]?)?(?:\\d{4}|${MONTH}|${SEASON})(?:\\s+(?:of\\s+)?\\d{4})?\\b,?\\s*`, 'i'),
  new RegExp(`^(?:early\\s+|late\\s+)?(?:last|this|one)\\s+(?:year|quarter|month|week|${MONTH}|${SEASON})\\b,?\\s*`, 'i'),
  /^(?:a\s+few|a\s+couple\s+of|two|three|four|five|six|several|some|\d+)\s+(?:years|months|weeks|days)\s+ago\b,?\s*/i,
  /^(?:at|in|on|while\s+at)\s+(?:my|our|a|an|the|one)\s+[^,.;]{1,60},\s*/i,
];
// Words that open a phrase without naming anything.
const OPENERS = /^(?:our|my|the|a|an|so|well|basically|essentially)\s+/i;
// Where a title stops: the situation's first clause is what it is about.
const CLAUSE_WORDS = new Set(['and', 'but', 'because', 'so', 'which', 'while', 'when', 'although', 'though', 'since', 'until', 'where', 'who', 'whereas']);
// Words a title should not end on ("Checkout service failed 4% of payments during").
const DANGLING = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'during', 'our', 'my', 'their',
  'its', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'that', 'this', 'about', 'after', 'before', 'into', 'as', 'we', 'i',
]);

/**
 * A short title naming the story's situation, e.g. "Checkout was unusable for screen-reader users": the first clause of
 * the situation (as the rubric read it; else the story's first sentence), without the when/where framing ("In March",
 * "At a logistics company,"), labels or mrkdwn markers, at most seven words. Built at read time, so it follows edits;
 * a title the author chose (`/lp stories rename`) is stored and wins (see titleOfStory).
 */
export function storyTitle(text: string, situation?: string | null): string {
  const source = firstSentence(situation ?? '') || firstSentence(firstLine(text));
  let phrase = source.replace(/[*_~`>]/g, '').replace(/\s+/g, ' ').trim();
  for (let changed = true; changed; ) {
    const before = phrase;
    for (const frame of FRAMES) phrase = phrase.replace(frame, '');
    phrase = phrase.replace(OPENERS, '');
    changed = phrase !== before && phrase !== '';
  }
  if (phrase === '') phrase = source.replace(/[*_~`>]/g, '').trim();
  const words: string[] = [];
  for (const word of phrase.split(' ').filter((w) => w !== '')) {
    if (words.length >= TITLE_WORDS) break;
    if (words.length >= MIN_WORDS_BEFORE_CUT && CLAUSE_WORDS.has(word.toLowerCase())) break;
    words.push(word);
    if (/[,;:.!?)]$/.test(word) && words.length >= MIN_WORDS_BEFORE_CUT) break;
  }
  while (words.length > 1 && DANGLING.has((words.at(-1) ?? '').toLowerCase().replace(/[,;:.!?]+$/, ''))) words.pop();
  const title = words.join(' ').replace(/[,;:.!?(]+$/, '').replace(/^["'“(]+/, '');
  if (title === '') return 'Untitled story';
  const capitalised = title.charAt(0).toUpperCase() + title.slice(1);
  return clip(capitalised, TITLE_MAX_CHARS);
}

/** The title a story is shown with: the one its author gave it, else the one drawn from its situation. */
export function titleOfStory(story: { title: string | null; text: string; situation?: string | null }): string {
  const own = story.title?.trim() ?? '';
  return own !== '' ? own : storyTitle(story.text, story.situation ?? null);
}

/** A title as typed: one line, trimmed, at most TITLE_MAX_CHARS; empty means "go back to the drawn title". */
export function cleanTitle(typed: string): string {
  const one = typed.replace(/\s+/g, ' ').trim();
  return one.length > TITLE_MAX_CHARS ? one.slice(0, TITLE_MAX_CHARS).trim() : one;
}

/** The situation the rubric read in a stored Feedback JSON, if any (it never throws). */
export function situationOf(feedbackJson: string | null | undefined): string | null {
  if (feedbackJson === null || feedbackJson === undefined) return null;
  try {
    const value = (JSON.parse(feedbackJson) as { sections?: { situation?: unknown } }).sections?.situation;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.replace(LABEL, '').trim()).find((line) => line !== '') ?? '';
}

function firstSentence(text: string): string {
  const trimmed = text.replace(LABEL, '').trim();
  return (trimmed.split(/(?<=[.!?])\s+/)[0] ?? '').trim();
}
