import { clampScore, type Criterion, type RubricContext } from './types.js';

/** Speaking rate used to turn words into seconds (an average conversational pace). */
export const WORDS_PER_MINUTE = 150;
export const TARGET_WORDS = { min: 150, max: 225 } as const;

export function speakingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

/** Bands around the 60-90 s target, as [lowest words, highest words, score]. */
const BANDS: ReadonlyArray<readonly [number, number, number]> = [
  [150, 225, 4],
  [120, 270, 3],
  [90, 330, 2],
  [50, 450, 1],
];

export const lengthCriterion: Criterion = {
  id: 'length',
  anchors: {
    0: 'Under about 20 seconds (50 words) or over 3 minutes (450 words) when spoken.',
    2: 'About 35-50 seconds or 1:50-2:10: a story is there, but it is thin or starts to lose the listener.',
    4: '60-90 seconds spoken (about 150-225 words at 150 words a minute).',
  },
  evaluate(context: RubricContext) {
    const words = context.analysis.doc.words;
    const seconds = speakingSeconds(words);
    const band = BANDS.find(([low, high]) => words >= low && words <= high);
    const score = clampScore(band?.[2] ?? 0);
    const spoken = `${words} words, about ${formatSeconds(seconds)} spoken`;
    if (words < TARGET_WORDS.min) {
      return {
        score,
        verdict: `${spoken}: shorter than the 60-90 s target.`,
        evidence: [],
        tip: `Add ${TARGET_WORDS.min - words}+ words where they count: the steps you took and the measured result.`,
      };
    }
    if (words > TARGET_WORDS.max) {
      return {
        score,
        verdict: `${spoken}: longer than the 60-90 s target.`,
        evidence: [],
        tip: `Cut about ${words - TARGET_WORDS.max} words, starting with the set-up; keep detail for the follow-up questions.`,
      };
    }
    return { score, verdict: `${spoken}: inside the 60-90 s target.`, evidence: [], tip: 'Keep it at this length.' };
  },
};

export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes}:${String(rest).padStart(2, '0')} min` : `${rest} s`;
}
