import { analysisSlot, type Analysis } from './analysis.js';
import type { Token } from './text.js';

/**
 * A learned reading of which principle a story shows: multinomial naive Bayes over the story's words and word pairs,
 * trained on the real stories of the development half of our own suite (test/eval/suite, thousands of answers in as
 * many professions; `npm run train:fit` writes `data/fit-model.json`). The profiles and behaviour phrases in principle-fit.ts know the
 * principles' usual words; people show a principle in many more ("sat with each new starter", "kept the old sign under
 * the counter"), and word pairs seen across thousands of stories carry them. Its scores are added to the profiles'
 * (principle-fit.ts), so a story is still read by the profiles when no model is loaded (hand-built test content).
 *
 * Features: the stem of each content word and each pair of adjacent words as written (lower case), leaving out the
 * principles' own names ("I showed customer obsession" names a principle, it does not show it) and numbers; words in
 * a clause after a negation are features of their own ("not_told").
 */
export interface FitModel {
  /** The principles in the order of each term's weights. */
  ids: readonly string[];
  /** Per feature, the row of `weights` holding its weight for each principle. */
  rows: ReadonlyMap<string, number>;
  /** Row by row, each feature's log P(feature | principle) less its mean over the principles. */
  weights: Float32Array;
  /** How much a story's learned score counts against the profiles' BM25 score; chosen by cross-validation. */
  blend: number;
}

/** The model file: features and their weights as signed bytes (weight = byte * scale), in base64. */
export interface FitModelFile {
  version: 1;
  ids: string[];
  blend: number;
  scale: number;
  features: string[];
  weights: string;
  trainedOn: { answers: number; idsHash: string };
}

export function parseFitModel(file: FitModelFile): FitModel {
  // A small Buffer is a view into a shared pool: copy out its own bytes.
  const decoded = Buffer.from(file.weights, 'base64');
  const bytes = new Int8Array(decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.length));
  const n = file.ids.length;
  if (bytes.length !== file.features.length * n) throw new Error(`fit model: ${bytes.length} weights for ${file.features.length} features x ${n} principles`);
  const weights = new Float32Array(bytes.length);
  for (let k = 0; k < bytes.length; k++) weights[k] = (bytes[k] as number) * file.scale;
  return { ids: file.ids, rows: new Map(file.features.map((feature, f) => [feature, f])), weights, blend: file.blend };
}

/** Words too common to say anything alone; in pairs they still count ("my mistake", "told her"). */
const STOP = new Set(
  `a an the and or but of to in on at for with from by as is was were be been are i we my our me us it its they them
  their he she his her you your this that these those so then than there here not no had have has did do does would
  could should will can just very also about into out up over after before when while which who what how all any some
  one two three more most only because if`.split(/\s+/),
);

/** The principles' names as lower-case word sequences, by their first word. */
const NAMES: ReadonlyMap<string, readonly string[][]> = (() => {
  const names = new Map<string, string[][]>();
  for (const name of [
    'customer obsession', 'bias for action', 'dive deep', 'earn trust', 'think big', 'invent and simplify', 'learn and be curious',
    'hire and develop the best', 'insist on the highest standards', 'highest standards', 'deliver results', 'are right a lot',
    'have backbone', 'disagree and commit', "earth's best employer", 'best employer', 'broad responsibility', 'success and scale',
  ]) {
    const words = name.split(' ');
    names.set(words[0] as string, [...(names.get(words[0] as string) ?? []), words]);
  }
  return names;
})();

const featureSlot = analysisSlot<Set<string>>('learned features');

/** The features of one story, computed once per answer: the principle fit and the learned readings all read them. */
export function featuresOf(analysis: Analysis): Set<string> {
  let features = featureSlot.get(analysis);
  if (features === undefined) {
    features = storyFeatures(analysis);
    featureSlot.set(analysis, features);
  }
  return features;
}

/** The features of one story. */
export function storyFeatures(analysis: Analysis): Set<string> {
  const features = new Set<string>();
  const text = analysis.doc.normalized;
  for (const facts of analysis.facts) {
    const tokens = facts.sentence.tokens;
    const named = namedTokens(tokens);
    let previous: string | undefined;
    // After a negation, to the end of its clause, words are marked: "I never told the client" is not "told the client".
    let negated = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (i > 0 && CLAUSE_BREAK.test(text.slice((tokens[i - 1] as Token).end, token.start))) negated = false;
      if (CONTRAST.has(token.lower)) negated = false;
      if (token.kind !== 'word' || named.has(i)) {
        previous = undefined;
        continue;
      }
      const mark = negated ? 'not_' : '';
      if (!STOP.has(token.lower) && token.stem.length > 2) features.add(mark + token.stem);
      if (previous !== undefined && !(STOP.has(previous) && STOP.has(token.lower))) features.add(`${mark}${previous}_${token.lower}`);
      if (NEGATIONS.has(token.lower)) negated = true;
      previous = token.lower;
    }
  }
  return features;
}

const NEGATIONS = new Set(['not', 'never', 'no', 'without', "didn't", "don't", "doesn't", "wasn't", "weren't", "couldn't", "wouldn't", "won't", "can't", 'cannot', "hadn't", "haven't", "isn't", "aren't", 'nobody', 'nothing']);
const CONTRAST = new Set(['but', 'until', 'so', 'because', 'and']);
const CLAUSE_BREAK = /[,;:.!?()]/;

function namedTokens(tokens: readonly Token[]): Set<number> {
  const named = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const name of NAMES.get((tokens[i] as Token).lower) ?? []) {
      if (name.every((word, k) => tokens[i + k]?.lower === word)) for (let k = 0; k < name.length; k++) named.add(i + k);
    }
  }
  return named;
}

/** The story's learned score for each principle in `ids`, centred on their mean; 0 for a principle the model lacks. */
export function learnedScores(model: FitModel, features: Iterable<string>, ids: readonly string[]): Float64Array {
  const n = model.ids.length;
  const byModel = new Float64Array(n);
  for (const feature of features) {
    const row = model.rows.get(feature);
    if (row === undefined) continue;
    for (let p = 0; p < n; p++) byModel[p] = (byModel[p] as number) + (model.weights[row * n + p] as number);
  }
  const out = new Float64Array(ids.length);
  ids.forEach((id, p) => {
    const at = model.ids.indexOf(id);
    out[p] = at < 0 ? 0 : (byModel[at] as number);
  });
  let mean = 0;
  for (const v of out) mean += v;
  mean /= Math.max(1, out.length);
  for (let p = 0; p < out.length; p++) out[p] = (out[p] as number) - mean;
  return out;
}
