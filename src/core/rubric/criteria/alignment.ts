import type { PrincipleId } from '../../principles.js';
import type { Analysis, SentenceFacts } from '../analysis.js';
import { bestFitting, principleFit, type PrincipleFitReport } from '../principle-fit.js';
import { PRINCIPLE_PROFILES } from '../principle-profiles.js';
import { evidenceList, quoteFacts, type Criterion, type CriterionResult, type PrincipleRef, type RubricContext } from './types.js';

/** Under this many words an answer is too short to show a principle, however well its words match. */
const MIN_WORDS = 25;
/** A weak fit still "shows some sign" of the principle above this similarity; below it, nothing does. */
const SOME_SIGN = 0.05;

function focusOf(id: string): string {
  return PRINCIPLE_PROFILES[id as PrincipleId]?.focus ?? 'showed this principle in what you did';
}

function quotes(context: RubricContext, sentences: readonly number[]): string[] {
  return evidenceList(sentences.map((s) => quoteFacts(context, context.analysis.facts[s] as SentenceFacts)));
}

export const alignmentCriterion: Criterion = {
  id: 'alignment',
  anchors: {
    0: 'Nothing in the story shows the principle asked about (or any principle).',
    2: 'The story shows part of the principle, or another principle fits it clearly better.',
    4: 'The story is about the principle asked, and no other principle fits it better.',
  },
  evaluate(context: RubricContext): CriterionResult {
    const report = principleFit(context);
    const nameOf = (id: string): string => context.principles.find((p) => p.id === id)?.name ?? id;
    const asked = report.asked;
    if (context.asked === undefined || asked === undefined) return unasked(report, nameOf);
    const name = context.asked.name;
    const leading = report.leading;
    const leader = leading !== undefined ? nameOf(leading.id) : undefined;
    const leaderFits = bestFitting(report, 1)[0]?.id === leading?.id;
    let score: CriterionResult['score'] =
      asked.fit === 'strong' ? (asked.rank === 1 ? 4 : 3) : asked.fit === 'partial' ? 2 : asked.similarity >= SOME_SIGN ? 1 : 0;
    if (context.analysis.doc.words < MIN_WORDS) score = score > 0 ? 1 : 0;

    if (asked.fit === 'strong') {
      return {
        score,
        verdict: leader === undefined ? `Fits ${name} well.` : `Fits ${name} well; it reads as much as ${leader}.`,
        evidence: quotes(context, asked.sentences),
        tip:
          leader === undefined
            ? `Keep this story for ${name}; open your Action with the moment quoted first, so it is heard early.`
            : `Keep the ${name} moment at the centre and cut what belongs to ${leader}, so the story proves one thing.`,
      };
    }
    if (asked.fit === 'partial') {
      return {
        score,
        verdict: leader !== undefined && leaderFits ? `Fits ${leader} well; asked as ${name} it fits partly.` : `Fits ${name} partly.`,
        evidence: quotes(context, asked.sentences),
        tip: `Make ${name} the centre: show the moment you ${focusOf(context.asked.id)}.`,
      };
    }
    // A weak fit is explained by what the story does show: quote that instead of the few words that match the principle.
    const readsAs = leader !== undefined && leaderFits ? leader : undefined;
    return {
      score,
      verdict:
        score === 0
          ? `Nothing in the story shows ${name}${readsAs !== undefined ? `; it reads as ${readsAs}` : ''}.`
          : `Asked as ${name} it fits weakly; ${readsAs !== undefined ? `the story reads as ${readsAs}` : 'no principle stands out'}.`,
      evidence: readsAs !== undefined && leading !== undefined ? quotes(context, leading.sentences) : quotes(context, asked.sentences),
      tip:
        readsAs !== undefined
          ? `Use this story for ${readsAs}; for ${name}, pick a story where you ${focusOf(context.asked.id)}.`
          : `Pick a story where you ${focusOf(context.asked.id)}.`,
    };
  },
};

function unasked(report: PrincipleFitReport, nameOf: (id: string) => string): CriterionResult {
  const shown = bestFitting(report, 3);
  const top = shown[0];
  return {
    score: top === undefined ? 0 : top.fit === 'strong' ? 3 : 2,
    verdict: shown.length > 0 ? `No principle asked; the story reads as ${shown.map((s) => nameOf(s.id)).join(', ')}.` : 'No principle asked, and none stands out.',
    evidence: [],
    tip: 'Pick the principle you want this story to prove, and make the moment that shows it the centre of your Action.',
  };
}
