const TITLE_WORDS = 8;
const TITLE_CHARS = 80;
// Labels people type in STAR answers ("Situation:", "**S**:") say nothing about the story itself.
const LABEL = /^\s*(?:\*{0,2}|_?)(?:situation|task|action|result|learning|context|s|t|a|r|l)(?:\*{0,2}|_?)\s*[:\-–—]\s*/i;

/**
 * A short title for the story bank: the first words of the story, skipping a STAR label and mrkdwn markers, e.g.
 * "Our checkout service had a 4% error…". Built at read time, so it follows edits and needs no column.
 */
export function storyTitle(text: string, maxWords = TITLE_WORDS): string {
  const firstLine = text.split('\n').map((line) => line.replace(LABEL, '').trim()).find((line) => line !== '') ?? '';
  const words = firstLine.replace(/[*_~`>]/g, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 'Untitled story';
  const title = words.slice(0, maxWords).join(' ');
  const capitalised = title.charAt(0).toUpperCase() + title.slice(1);
  if (capitalised.length > TITLE_CHARS) return `${capitalised.slice(0, TITLE_CHARS - 1)}…`;
  return words.length > maxWords ? `${capitalised.replace(/[.,;:!?]+$/, '')}…` : capitalised;
}
