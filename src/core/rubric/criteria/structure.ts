import type { SectionId } from '../sections.js';
import { STORY_WORDS } from '../gates.js';
import { outcomeWords } from '../outcome.js';
import { concreteness } from './specificity.js';
import { readTemplate } from '../template-check.js';
import { isHypotheticalStory } from '../tense.js';
import { clampScore, evidenceList, quoteFacts, type Criterion, type RubricContext } from './types.js';

/** What each part is worth: the Action carries the story, the Result proves it. */
const PART_POINTS: Record<SectionId, number> = { situation: 0.5, task: 0.5, action: 1.5, result: 1, learning: 0.5 };
const PART_NAMES: Record<SectionId, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
};
/** A Situation longer than this share of the answer delays the Action. */
const LONG_SITUATION_SHARE = 0.4;
/** An Action shorter than this share leaves too little of what the speaker did. */
const SHORT_ACTION_SHARE = 0.25;

export const structureCriterion: Criterion = {
  id: 'structure',
  anchors: {
    0: 'No recognisable story: no Action and no Result, or only a sentence or two.',
    2: 'Some STAR-L parts are there, but the Action or the Result is missing, or the set-up takes most of the answer.',
    4: 'Situation, Task, Action, Result and Learning are all there, labelled or not, and the Action is the longest part.',
  },
  evaluate(context: RubricContext) {
    const { sections, analysis } = context;
    const total = Math.max(1, analysis.doc.words);
    // A Result that only says the outcome is still to come ("we'll see then whether the backlog clears") is none: the
    // no-result gate reads it the same way.
    const hasOutcome = outcomeWords(context) > 0;
    const present = (id: SectionId): boolean => sections.words[id] > 0 && (id !== 'result' || hasOutcome);
    let points = 0;
    for (const id of Object.keys(PART_POINTS) as SectionId[]) if (present(id)) points += PART_POINTS[id];
    const missing = (Object.keys(PART_POINTS) as SectionId[]).filter((id) => !present(id));
    const situationShare = sections.words.situation / total;
    const actionShare = sections.words.action / total;
    const evidence: string[] = [];
    const problems: string[] = [];
    const sentencesOf = (id: SectionId) => analysis.facts.filter((_, i) => sections.of[i] === id && analysis.facts[i]?.sentence.words);
    // An Action with no finished step of the speaker's and nothing concrete ("we leveraged our synergies") is only
    // the shape of one: it earns part of the Action's points and is named as such.
    // An Action told only as "we" with concrete steps is a whole Action less a third: the listener still cannot tell
    // what the speaker did.
    const actionFacts = sentencesOf('action');
    const noOwnStep = present('action') && actionFacts.every((f) => f.voice.iActions.length === 0);
    const hollowAction = noOwnStep && actionFacts.every((f) => concreteness(context, f) === 0);
    if (noOwnStep) {
      points -= hollowAction ? PART_POINTS.action - 0.5 : 0.5;
      problems.push(hollowAction ? 'the Action names no step of yours and nothing concrete' : 'the Action has no step of yours, only what "we" did');
      const first = actionFacts[0];
      if (first !== undefined) evidence.push(quoteFacts(context, first));
    }
    const longSituation = situationShare > LONG_SITUATION_SHARE && analysis.doc.words >= 60;
    const shortAction = present('action') && !hollowAction && actionShare < SHORT_ACTION_SHARE && analysis.doc.words >= 60;
    if (longSituation) {
      points -= 0.5;
      problems.push(`the set-up takes ${Math.round(situationShare * 100)}% of the answer`);
      const first = sentencesOf('situation')[0];
      if (first !== undefined) evidence.push(quoteFacts(context, first));
    }
    if (shortAction) {
      points -= 0.5;
      problems.push(`the Action is only ${Math.round(actionShare * 100)}% of it`);
    }
    if (!present('result')) {
      // The Result told that only looks ahead, or else where the story stops.
      const last = sentencesOf('result').at(-1) ?? analysis.facts.filter((f) => f.sentence.words > 0).at(-1);
      if (last !== undefined) evidence.push(quoteFacts(context, last));
    }
    let score = clampScore(points);
    // A story that stops before its outcome leaves the listener without the point of it, whatever else it has.
    if (!present('result')) score = clampScore(Math.min(score, 2));
    // Parts of a story that did not happen are not a story's structure.
    if (isHypotheticalStory(context.analysis, context.sections)) score = clampScore(Math.min(score, 1));
    if (analysis.doc.words < 25) score = clampScore(Math.min(score, 1));
    // A template's labels ("Situation: a critical project...") are headings over no real event: parts named, not told.
    const template = score > 1 && readTemplate(context.analysis, context.sections).isTemplate;
    if (template) {
      score = 1;
      problems.push('the parts are headings over placeholders, not a real event');
    }
    // Under the too-short gate's 30 s every part is a line at most: the parts are named, not told.
    if (analysis.doc.words < STORY_WORDS.min) {
      score = clampScore(Math.min(score, 2));
      problems.push(`at ${analysis.doc.words} words each part is a line at most`);
    }
    const found = (Object.keys(PART_POINTS) as SectionId[]).filter(present).map((id) => PART_NAMES[id]);
    const parts = found.length > 0 ? `Found ${found.join(', ')}` : 'No STAR-L parts found';
    // A Result told that only looks ahead is named as such, so the verdict does not seem to overlook the part told.
    const resultAwaited = missing.includes('result') && sections.words.result > 0;
    const awaited = resultAwaited ? ' (the Result told only says what is still to come)' : '';
    const gaps = missing.length > 0 ? `; missing ${missing.map((id) => PART_NAMES[id]).join(', ')}${awaited}` : '';
    const proportion = problems.length > 0 ? `; ${problems.join(' and ')}` : '';
    const verdict = `${parts}${gaps}${proportion}${sections.labelled ? ' (labelled)' : ''}.`;
    return { score, verdict, evidence: evidenceList(evidence), tip: structureTip(missing, noOwnStep, longSituation, shortAction, resultAwaited) };
  },
};

function structureTip(missing: SectionId[], noOwnStep: boolean, longSituation: boolean, shortAction: boolean, resultAwaited: boolean): string {
  if (missing.includes('action') || noOwnStep) return 'Spend most of the answer on what you did, step by step, in "I" sentences.';
  if (resultAwaited) return 'Tell what has changed so far, measured against where it started; if nothing has yet, keep this story until the outcome is in.';
  if (missing.includes('result')) return 'End with the Result: what changed, measured against where it started.';
  if (longSituation) return 'Cut the set-up to one or two sentences and get to your first action within 20 seconds.';
  if (shortAction) return 'Give the Action more room: each step you took, what you chose and why.';
  if (missing.includes('learning')) return 'Close with one sentence on what you learned or would do differently, and where you applied it since.';
  if (missing.includes('task')) return 'Say in one sentence what you were responsible for before describing what you did.';
  if (missing.includes('situation')) return 'Open with one sentence of context: where, when, and what was at stake.';
  return 'Keep this shape: short set-up, a long Action, a measured Result, then the lesson.';
}
