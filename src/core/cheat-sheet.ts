import { STORIES_PER_PRINCIPLE } from './coverage.js';
import type { Feedback, Level } from './rubric/index.js';

export interface CheatSheetStory {
  title: string;
  score: number;
  level: Level;
  /** The story split into STAR-L parts by the rubric; null parts were not found. */
  sections: Feedback['sections'];
  /** The whole story, used when the rubric found no parts. */
  text: string;
  /** Questions a bar raiser may ask about it. */
  followUps: readonly string[];
}

export interface CheatSheetPrinciple {
  name: string;
  /** The best stories at the bar, best first (at most two are printed). */
  stories: readonly CheatSheetStory[];
}

export interface CheatSheetInput {
  /** 'YYYY-MM-DD', printed in the heading. */
  generatedOn: string;
  principles: readonly CheatSheetPrinciple[];
}

const SECTION_LABELS: readonly [keyof Feedback['sections'], string][] = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['learning', 'Learning'],
];

/**
 * The interview cheat sheet as Markdown: for each principle with a story at the bar, its best two stories in
 * STAR-L form with score and the follow-ups to prepare for; principles without one are listed at the end.
 * Story text is the person's own and is printed as written (the Slack layer escapes it when sending).
 */
export function renderCheatSheet({ generatedOn, principles }: CheatSheetInput): string {
  const covered = principles.filter((p) => p.stories.length > 0);
  const uncovered = principles.filter((p) => p.stories.length === 0);
  const full = principles.filter((p) => p.stories.length >= STORIES_PER_PRINCIPLE).length;
  const lines: string[] = [
    `# LP Coach cheat sheet (${generatedOn})`,
    '',
    `${full} of ${principles.length} principles have two stories at the bar; ${uncovered.length} have none yet.`,
  ];
  for (const principle of covered) {
    const shown = principle.stories.slice(0, STORIES_PER_PRINCIPLE);
    const backupNote = shown.length < STORIES_PER_PRINCIPLE ? ' (one story: find a backup)' : '';
    lines.push('', `## ${principle.name}${backupNote}`);
    shown.forEach((story, index) => {
      lines.push('', `### ${index + 1}. ${oneLine(story.title)} (${story.score}/100, ${story.level})`, '');
      const parts = SECTION_LABELS.filter(([id]) => story.sections[id] !== null);
      if (parts.length === 0) lines.push(...story.text.split('\n').map((line) => `> ${line}`));
      for (const [id, label] of parts) lines.push(`- **${label}:** ${oneLine(story.sections[id] ?? '')}`);
      if (story.followUps.length > 0) {
        lines.push('', 'Follow-ups to prepare for:');
        for (const question of story.followUps) lines.push(`- ${oneLine(question)}`);
      }
    });
  }
  if (uncovered.length > 0) {
    lines.push('', '## Still uncovered', '');
    for (const principle of uncovered) lines.push(`- ${principle.name}`);
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
