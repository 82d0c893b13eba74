import { analysisSlot, countHits, hitsOf, type SentenceFacts } from '../analysis.js';
import { readTemplate } from '../template-check.js';
import { isHypotheticalStory } from '../tense.js';
import { isGerund } from '../tradeoff-sentence.js';
import { concreteness } from './specificity.js';
import { clampScore, Evidence, plural, quoteFacts, quoteHit, type Criterion, type RubricContext } from './types.js';

export interface OwnershipCounts {
  /** Finished first-person actions, not counting "I helped"-style support. */
  own: number;
  decisions: string[];
  collective: number;
  /** Of `collective`, the decisions taken in chorus ("we decided", "the team chose"). */
  sharedDecisions: number;
  passive: number;
  helpers: number;
  /** The "I" steps that are only a message, a word or an ask (told, sent, asked): what a loosely told story is made of. */
  light: number;
}

/** Sentences where "we" and passive voice matter: the speaker's part of the story, not the scene or the lesson. */
function isActionPart(context: RubricContext, index: number): boolean {
  const section = context.sections.of[index];
  return section === 'action' || section === 'task' || section === 'result';
}

const MEMBERSHIP = new Set(['i was part of', 'i was on the team']);
/** Groups one belongs to: "the regulatory department", "the crew". */
const GROUPS = new Set(['department', 'team', 'crew', 'group', 'unit', 'committee', 'staff', 'office', 'board', 'squad', 'panel', 'that', 'it']);
const GROUP_REACH = 4;

/**
 * "I was part of the regulatory department during this period", "I was part of that, and we looked...": belonging to
 * the group that acted, told with no step of its own. "I was part of the group that looked into it" goes on to what the
 * group did, and stays a thin step of the speaker's.
 */
function membershipHits(facts: SentenceFacts): number {
  const tokens = facts.sentence.tokens;
  let count = 0;
  for (const hit of facts.hits) {
    if (hit.category !== 'helperVerb' || !MEMBERSHIP.has(hit.phrase)) continue;
    // "that's an example of ownership I was part of": the group named before it, the phrase closing the sentence.
    if (hit.to === tokens.length) {
      count++;
      continue;
    }
    // "I was on the team and, um, I was kept in the loop": the group may close the phrase itself.
    const group = tokens.findIndex((t, i) => i >= hit.to - 1 && i < hit.to + GROUP_REACH && GROUPS.has(t.lower));
    if (group < 0) continue;
    const next = tokens[group + 1];
    const goesOn = next !== undefined && (RELATIVES.has(next.lower) || isGerund(next) || next.lower === 'responsible');
    // "part of that decision" names what the speaker took part in; "part of that, and we..." only belongs.
    const pointsOnly = POINTERS.has(tokens[group]?.lower ?? '') && next !== undefined && !JOINERS.has(next.lower);
    if (!goesOn && !pointsOnly) count++;
  }
  return count;
}
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
const POINTERS = new Set(['that', 'it']);
const JOINERS = new Set(['and', 'but', 'so', 'too']);

/** One count per answer: the criterion, the gates and the follow-up check all read it. */
const counted = analysisSlot<OwnershipCounts>('ownership counts');

export function countOwnership(context: RubricContext): OwnershipCounts {
  let counts = counted.get(context.analysis);
  if (counts === undefined) {
    counts = computeOwnership(context);
    counted.set(context.analysis, counts);
  }
  return counts;
}

function computeOwnership(context: RubricContext): OwnershipCounts {
  let own = 0;
  let collective = 0;
  let passive = 0;
  let helpers = 0;
  let sharedDecisions = 0;
  let light = 0;
  const decisions = new Set<string>();
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < context.analysis.facts.length; index++) {
    const facts = context.analysis.facts[index] as SentenceFacts;
    const helperHits = countHits(facts, 'helperVerb');
    // Membership still takes its verb from the "I" actions, but is no step of the speaker's: the gate reads `helpers`.
    helpers += helperHits - membershipHits(facts);
    own += Math.max(0, facts.voice.iActions.length - helperHits);
    light += facts.voice.iActions.filter((verb) => MESSAGE_STEPS.has(verb.lower)).length;
    for (const verb of facts.voice.iDecisions) decisions.add(verb.lower);
    sharedDecisions += countHits(facts, 'collectiveDecision');
    collective += countHits(facts, 'collectiveDecision');
    if (isActionPart(context, index) && context.sections.of[index] !== 'result') {
      collective += facts.voice.weActions.length - facts.voice.weDecisions.length;
      passive += facts.voice.passive.length;
    }
  }
  return { own, light, decisions: [...decisions], collective, sharedDecisions, passive, helpers };
}

const MESSAGE_STEPS = new Set(['told', 'sent', 'informed', 'mentioned', 'emailed', 'talked', 'spoke', 'let', 'reported', 'updated', 'came', 'tried', 'helped', 'asked']);

export const ownershipCriterion: Criterion = {
  id: 'ownership',
  anchors: {
    0: 'No finished action by the speaker: "we" did everything, things "were done", or it is what they "would" do.',
    2: 'Some "I" actions, but decisions are shared ("we decided") or hidden in passive voice, or the speaker "helped".',
    4: 'The Action is told in "I" sentences with named decisions (decided, chose, proposed, pushed back); "we" only for the team\'s execution.',
  },
  evaluate(context: RubricContext) {
    const counts = countOwnership(context);
    const shared = counts.collective + counts.passive * 0.5 + counts.helpers * 0.5;
    const ratio = counts.own / Math.max(1, counts.own + shared);
    let score = 0;
    if (counts.own > 0) {
      score = 1;
      if (ratio >= 0.4) score = 2;
      if (ratio >= 0.6 && counts.own >= 2 && (counts.decisions.length >= 1 || counts.own - counts.light >= 2)) score = 3;
      if (ratio >= 0.75 && counts.own >= 3 && counts.decisions.length >= 1) score = 4;
    }
    if (counts.collective >= 2 && counts.collective >= counts.own) score = Math.min(score, 2);
    // "I looked into it and made some changes", "I came up with a simpler way": when no "I" sentence names a thing, a
    // person, a number or a quoted word, the speaker says they acted but not what they took on, so it stays at 2.
    if (score > 2 && !ownsSomethingNamed(context)) score = 2;
    // Told as what one would do, a stray past-tense line owns nothing that happened.
    const hypothetical = isHypotheticalStory(context.analysis, context.sections);
    if (hypothetical) score = Math.min(score, 1);
    // A template's "I decided, I led" owns nothing that happened, as its "option A over option B" weighs nothing.
    const template = score > 1 && readTemplate(context.analysis, context.sections).isTemplate;
    if (template) score = 1;
    const evidence = hidingSentences(context);
    // The list shows at most four; "and N more" keeps the count and the list in agreement.
    const more = counts.decisions.length > 4 ? ` and ${counts.decisions.length - 4} more` : '';
    const decisions = counts.decisions.length > 0 ? ` (${counts.decisions.slice(0, 4).join(', ')}${more})` : '';
    const verdict =
      counts.own === 0
        ? `No finished action of yours found${counts.collective > 0 ? `; ${plural(counts.collective, 'statement')} about what "we" did or decided` : ''}.`
        : `${plural(counts.own, '"I" action')}, ${plural(counts.decisions.length, 'decision')} of your own${decisions}; ${plural(counts.collective, 'shared "we" statement')} and ${plural(counts.passive, 'passive one')} in the Action.` +
          (template ? ' In a story with nothing real named, they own nothing yet.' : '');
    return { score: clampScore(score), verdict, evidence, tip: ownershipTip(counts, hypothetical) };
  },
};

/**
 * Some sentence with a finished "I" action names something (a person, a number, a work item, quoted words), or the story
 * around it is pinned down by names and numbers in several sentences: only then do the "I" actions say what was owned.
 */
function ownsSomethingNamed(context: RubricContext): boolean {
  let anchored = 0;
  for (const facts of context.analysis.facts) {
    const concrete = concreteness(context, facts);
    if (facts.voice.iActions.length > 0 && concrete >= 0.5) return true;
    if (concrete === 1) anchored++;
  }
  return anchored >= ANCHORED_STORY;
}

/** Sentences with a name, number or quote that make a story concrete even when its "I" sentences are plain. */
const ANCHORED_STORY = 3;

function hidingSentences(context: RubricContext): string[] {
  const evidence = new Evidence();
  for (const facts of context.analysis.facts) {
    for (const hit of hitsOf(facts, 'collectiveDecision')) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
    for (const hit of hitsOf(facts, 'helperVerb')) if (!evidence.full) evidence.add(quoteHit(context, facts, hit));
  }
  // Indexed: entries() would build an [index, value] pair per sentence.
  for (let index = 0; index < context.analysis.facts.length; index++) {
    const facts = context.analysis.facts[index] as SentenceFacts;
    if (!isActionPart(context, index) || context.sections.of[index] === 'result') continue;
    if (!evidence.full && facts.voice.iActions.length === 0 && (facts.voice.weActions.length > 0 || facts.voice.passive.length > 0)) {
      evidence.add(quoteFacts(context, facts));
    }
  }
  return evidence.quotes;
}

function ownershipTip(counts: OwnershipCounts, hypothetical: boolean): string {
  // Told as what one would do, the fix is a real event first; the specificity tip says so in the same words.
  if (hypothetical) return 'Tell one real past event ("Last spring, I...") instead of what you would do.';
  if (counts.own === 0) return 'Retell the Action as "I" sentences: what you decided, built or changed yourself.';
  if (counts.sharedDecisions > 0) return 'Replace "we decided" with who decided what: "I proposed X; the team agreed after Y".';
  if (counts.collective > 0) return 'Say which steps were yours and which the team\'s: "I rewrote the query; the team ran the migration".';
  if (counts.decisions.length === 0) return 'Name at least one decision you made and why ("I chose X over Y because...").';
  if (counts.passive > 0) return 'Turn passive sentences ("it was fixed") into who did it.';
  return 'Keep "I" for your decisions and "we" for the team\'s execution, as here.';
}
