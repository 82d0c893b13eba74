import { CRITERION_IDS, type Feedback } from '../core/rubric/index.js';
import { CRITERION_LABELS, criterionIcon } from '../core/rubric/labels.js';

/** ANSI styling, or nothing when stdout is not a terminal. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  level(text: string, level: Feedback['level']): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const LEVEL_COLOUR: Record<Feedback['level'], (text: string) => string> = {
  'Raises the bar': wrap(32, 39),
  'Meets the bar': wrap(36, 39),
  'Almost there': wrap(33, 39),
  'Not yet': wrap(31, 39),
};

export const COLOUR: Style = { bold: wrap(1, 22), dim: wrap(2, 22), level: (text, level) => LEVEL_COLOUR[level](text) };
export const PLAIN: Style = { bold: (t) => t, dim: (t) => t, level: (t) => t };

/** The criterion names column is as wide as the longest name. */
const NAME_WIDTH = Math.max(...CRITERION_IDS.map((id) => CRITERION_LABELS[id].length));

function meter(score: number): string {
  return '■'.repeat(score) + '□'.repeat(4 - score);
}

/** The readable report: overall result, one block per criterion with its evidence, then follow-ups and tips. */
export function formatFeedback(feedback: Feedback, style: Style, principleName?: (id: string) => string): string {
  const name = principleName ?? ((id: string) => id);
  const lines: string[] = [];
  const head = `${style.bold(`Score ${feedback.score}/100`)} · ${style.level(feedback.level, feedback.level)}`;
  const asked = feedback.principle.asked === null ? '' : ` · ${name(feedback.principle.asked)}: ${feedback.principle.fit ?? 'weak'} fit`;
  lines.push(head + asked);
  if (feedback.gate !== null) lines.push(`Below the bar until this is fixed: ${feedback.gate.message}`);
  lines.push(
    style.dim(
      `${feedback.stats.words} words, about ${feedback.stats.seconds} s spoken · "I" ${feedback.stats.firstPersonSingular}, "we" ${feedback.stats.firstPersonPlural}` +
        (feedback.principle.detected.length > 0 ? ` · shows ${feedback.principle.detected.map(name).join(', ')}` : ''),
    ),
  );
  lines.push('');
  const verdicts = new Set(CRITERION_IDS.map((id) => feedback.criteria[id].verdict));
  if (feedback.score === 0 && verdicts.size === 1) {
    // Not scored as a story (not English, code, empty): one line says why, instead of nine identical ones.
    lines.push([...verdicts][0] ?? '');
  } else {
    lines.push(...criterionLines(feedback, style));
  }
  lines.push('', style.bold('Follow-up questions a bar raiser might ask:'));
  feedback.followUps.forEach((q, i) => lines.push(`  ${i + 1}. ${q}`));
  lines.push('', style.bold('For your next rehearsal:'));
  feedback.tips.forEach((t, i) => lines.push(`  ${i + 1}. ${t}`));
  return lines.join('\n');
}

/** Under a criterion's name: past the icon (two columns wide), the space and the name. */
const INDENT = ' '.repeat(NAME_WIDTH + 4);

function criterionLines(feedback: Feedback, style: Style): string[] {
  const lines: string[] = [];
  for (const id of CRITERION_IDS) {
    const criterion = feedback.criteria[id];
    // The same names and icons as the Slack card (the icon as the emoji character a terminal shows).
    lines.push(`${criterionIcon(criterion.score, 'unicode')} ${CRITERION_LABELS[id].padEnd(NAME_WIDTH)} ${meter(criterion.score)} ${criterion.score}/4  ${criterion.verdict}`);
    for (const quote of criterion.evidence) lines.push(style.dim(`${INDENT}> "${quote}"`));
    if (criterion.score < 4) lines.push(`${INDENT}Tip: ${criterion.tip}`);
  }
  return lines;
}
