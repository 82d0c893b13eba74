import type { SentenceFacts } from './analysis.js';
import { formatSeconds, speakingSeconds, WORDS_PER_MINUTE } from './criteria/length.js';
import { countOwnership } from './criteria/ownership.js';
import type { RubricContext } from './criteria/types.js';
import type { PrincipleFitReport } from './principle-fit.js';
import type { TemplateReading } from './template-check.js';
import { outcomeWords } from './outcome.js';
import { isHypotheticalStory } from './tense.js';

/**
 * What a bar raiser checks before weighing anything else. A story that fails one of these is not at the bar however
 * well its sentences score, so it never counts toward coverage. Listed in the order they are named to the author: the
 * first one that holds a story back is the one to fix first.
 */
export const GATE_IDS = [
  'hypothetical',
  'template',
  'too-short',
  'no-own-action',
  'no-situation',
  'no-result',
  'off-principle',
  'too-long',
] as const;
export type GateId = (typeof GATE_IDS)[number];

/** Gates that mean there is no real story to judge: the answer stays "Not yet" whatever else it has. */
export const DISQUALIFYING_GATES: ReadonlySet<GateId> = new Set(['hypothetical', 'template']);

/**
 * The spoken window a story must fit to be judged at the bar. Under 30 s (75 words) a listener cannot hear a
 * situation, an action of the speaker's and a result; a crisp written story of 80-100 words still can, and gets
 * the length criterion's advice to add detail. Past 150 s an interviewer cuts in. The 60-90 s target itself is the
 * length criterion's job.
 */
export const SPOKEN_WINDOW_SECONDS = { min: 30, max: 150 } as const;
export const STORY_WORDS = {
  min: Math.round((SPOKEN_WINDOW_SECONDS.min * WORDS_PER_MINUTE) / 60),
  max: Math.round((SPOKEN_WINDOW_SECONDS.max * WORDS_PER_MINUTE) / 60),
} as const;

export interface GateFacts {
  hypothetical: boolean;
  template: Pick<TemplateReading, 'isTemplate' | 'signs'>;
  ownActions: number;
  /** Words in the Situation and the Task: either sets the scene. */
  contextWords: number;
  resultWords: number;
  /** Set when a principle was asked and the story fits it weakly; the best-fitting principle's name, if any. */
  offPrinciple?: { askedName: string; bestName: string | undefined };
  words: number;
}

export interface Gate {
  id: GateId;
  /** One kind line: what held the story back and what to do instead. */
  message: string;
}

/** Every gate the story fails, in the order above. */
export function failedGates(facts: GateFacts): Gate[] {
  const gates: Gate[] = [];
  const fail = (id: GateId, message: string): void => {
    gates.push({ id, message });
  };
  if (facts.hypothetical) fail('hypothetical', 'This tells what you would do, not something that happened: tell one real past event ("Last spring, I...").');
  if (facts.template.isTemplate) {
    const sign = facts.template.signs[0];
    fail('template', `This reads as a template, not a story${sign !== undefined ? ` (${sign})` : ''}: tell one real event with its names and numbers.`);
  }
  if (facts.words < STORY_WORDS.min) {
    fail('too-short', `About ${formatSeconds(speakingSeconds(facts.words))} spoken: too little to show a whole story. Aim for 60-90 s (150-225 words).`);
  }
  if (!facts.hypothetical && facts.ownActions === 0) fail('no-own-action', 'No step of your own yet: say what you did yourself, in "I" sentences.');
  if (facts.contextWords === 0) fail('no-situation', 'No situation yet: open with where you were, when, and what was at stake.');
  if (facts.resultWords === 0) fail('no-result', 'No result yet: end with what changed, measured against where it started.');
  if (facts.offPrinciple !== undefined) {
    const { askedName, bestName } = facts.offPrinciple;
    fail(
      'off-principle',
      `The story does not show ${askedName} yet${bestName !== undefined ? `; it reads as ${bestName}` : ''}: pick a story where ${askedName} is what you acted on, or save this one for ${bestName ?? 'another principle'}.`,
    );
  }
  const seconds = speakingSeconds(facts.words);
  if (facts.words > STORY_WORDS.max) {
    fail('too-long', `About ${formatSeconds(seconds)} spoken: an interviewer would cut in long before the end. Tell it in 60-90 s and keep the rest for follow-ups.`);
  }
  return gates;
}

/** What the gates read, from the readings the criteria and the principle fit have already made of the answer. */
export function readGateFacts(context: RubricContext, fit: PrincipleFitReport, detected: readonly string[], template: TemplateReading): GateFacts {
  const { sections, analysis, asked, principles } = context;
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : principles.find((p) => p.id === id)?.name ?? id);
  const offPrinciple = asked !== undefined && fit.asked?.fit === 'weak';
  const { own, helpers } = countOwnership(context);
  return {
    hypothetical: isHypotheticalStory(analysis, sections),
    template,
    // "I helped to gather feedback" is a thin step, which the ownership score marks down, but a step of the speaker's.
    ownActions: own + helpers,
    contextWords: sections.words.situation + sections.words.task + openingSceneWords(context),
    resultWords: outcomeWords(context),
    ...(offPrinciple ? { offPrinciple: { askedName: asked.name, bestName: nameOf(detected.find((id) => id !== asked.id)) } } : {}),
    words: analysis.doc.words,
  };
}

/**
 * The opening sentence sets the scene when the story goes on to an action after it, whoever acts in it ("I led
 * analytics for a shop whose bill had grown to $38k a month") and whatever numbers it gives.
 */
function openingSceneWords({ analysis, sections }: RubricContext): number {
  const opening = analysis.facts.findIndex((f) => f.sentence.words > 0);
  if (opening < 0) return 0;
  const actsLater = sections.of.some((section, index) => index > opening && section === 'action');
  return actsLater ? (analysis.facts[opening]?.sentence.words ?? 0) : 0;
}
