import { learnedStep, TRADEOFFS_FALL_TO, TRADEOFFS_RISE_FROM } from '../learned-steps.js';
import { readTemplate } from '../template-check.js';
import { isHypotheticalStory } from '../tense.js';
import { readTradeoffs, type TradeoffFinding } from '../tradeoff-reading.js';
import { quoteSentence } from '../text.js';
import { countOwnership } from './ownership.js';
import { evidenceList, quoteFacts, type Criterion, type CriterionScore, type RubricContext } from './types.js';

/** At most this many findings are quoted per kind; the count says how many more there are. */
const LISTED = 3;

export const tradeoffsCriterion: Criterion = {
  id: 'tradeoffs',
  anchors: {
    0: 'One path, no alternatives, nothing given up, no risk named.',
    2: 'An option weighed, a cost accepted or a guardrail, but not why the choice was made.',
    4: 'Options weighed or a cost accepted, the reason for the choice, and guardrails (pilot, flag, cap, rollback, second check).',
  },
  evaluate(context: RubricContext) {
    const reading = readTradeoffs(context.analysis);
    const choice = reading.alternatives.length + reading.costs.length > 0;
    const reasoned = reading.reasons.length > 0;
    const guarded = reading.guardrails.length > 0;
    // An option weighed and a cost accepted are two things a listener hears; all three kinds make a 4.
    const pieces = Number(reading.alternatives.length > 0) + Number(reading.costs.length > 0) + Number(reasoned) + Number(guarded);
    let score: CriterionScore = 0;
    if (reading.watches.length > 0 || reading.risks.length > 0) score = 1;
    if (choice || guarded) score = 2;
    if (pieces >= 2) score = 3;
    if (choice && reasoned && guarded) score = 4;
    // A template's "option A over option B" weighs nothing that happened.
    const template = score > 1 && readTemplate(context.analysis, context.sections).isTemplate;
    if (template) score = 1;
    const learned = learnedStep(context, 'tradeoffs', score, { fallsTo: TRADEOFFS_FALL_TO, risesFrom: TRADEOFFS_RISE_FROM });
    const rulesScore = score;
    score = (score + learned) as CriterionScore;
    // "there was talk about new radiators, but that costs money", "we decided to": in a story with no step of the
    // speaker's, as the no-own-action gate reads it, the choices told are someone else's.
    const nobodys = Math.max(rulesScore, score) > 1 && !template && countOwnership(context).own === 0;
    // "I would train the workers to check their own sheets instead of waiting": a story of what the speaker would do
    // weighs choices nobody has made yet.
    const unmade = Math.max(rulesScore, score) > 1 && !template && !nobodys && isHypotheticalStory(context.analysis, context.sections);
    if (nobodys || unmade) score = Math.min(score, 1) as CriterionScore;
    const verdict =
      verdictOf(reading, choice, reasoned, guarded) +
      (template ? ' In a story with nothing real named, these weigh nothing yet.' : '') +
      (learned > 0 ? ' Read as a whole, the story weighs its course more than these words show.' : '') +
      (learned < 0 ? ' Read as a whole, the story tells one path more than it weighs one.' : '') +
      (nobodys ? ' With no step of your own in the story, the choices told are someone else\'s.' : '') +
      (unmade ? ' Told as what you would do, these choices have not been made yet.' : '');
    return { score, verdict, evidence: evidenceOf(context, reading, choice, guarded), tip: tipOf(choice, reasoned, guarded) };
  },
};

/** "2 guardrails ("behind a feature flag", "to 5% of traffic")": the count is the number of distinct items listed. */
function listed(findings: readonly TradeoffFinding[], one: string, many: string): string | undefined {
  const words = [...new Set(distinct(findings).map((f) => f.words))];
  if (words.length === 0) return undefined;
  const shown = words.slice(0, LISTED).map((w) => `"${w}"`);
  const more = words.length - shown.length;
  return `${words.length} ${words.length === 1 ? one : many} (${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''})`;
}

/** One finding per marker and kind: "pushed back" twice is one thing given up to the listener. */
function distinct(findings: readonly TradeoffFinding[]): TradeoffFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = f.kind === 'reason' ? f.words.toLowerCase() : f.key;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function verdictOf(reading: ReturnType<typeof readTradeoffs>, choice: boolean, reasoned: boolean, guarded: boolean): string {
  const found = [
    listed(reading.alternatives, 'alternative weighed', 'alternatives weighed'),
    listed(reading.costs, 'cost accepted', 'costs accepted'),
    listed(reading.reasons, 'reason', 'reasons'),
    listed(reading.guardrails, 'guardrail', 'guardrails'),
  ].filter((part): part is string => part !== undefined);
  if (!guarded) {
    const watch = listed(reading.watches, 'watch without a threshold', 'watches without a threshold');
    if (watch !== undefined) found.push(`monitoring: ${watch}`);
  }
  if (!choice && !reasoned) {
    const risk = listed(reading.risks, 'risk named', 'risks named');
    if (risk !== undefined) found.push(risk);
  }
  if (found.length === 0) return 'One path: no alternative weighed, nothing given up, no guardrail or risk named.';
  const missing: string[] = [];
  if (!choice) missing.push('no alternative weighed or cost accepted');
  if (choice && !reasoned) missing.push('no reason given for the choice');
  if (!guarded) missing.push('no guardrail that limits the damage');
  return `Found ${found.join('; ')}${missing.length > 0 ? `; ${missing.join('; ')}` : ''}.`;
}

/** Quotes the sentences behind the verdict; with nothing weighed, the decision a listener would probe. */
function evidenceOf(context: RubricContext, reading: ReturnType<typeof readTradeoffs>, choice: boolean, guarded: boolean): string[] {
  const doc = context.analysis.doc;
  const quoteOf = (f: TradeoffFinding): string => {
    const first = f.facts.sentence.tokens[f.from];
    const last = f.facts.sentence.tokens[f.to - 1];
    return quoteSentence(doc, f.facts.sentence, first !== undefined && last !== undefined ? { start: first.start, end: last.end } : undefined);
  };
  const quotes: string[] = [];
  if (choice) for (const f of [...reading.alternatives, ...reading.costs].slice(0, 2)) quotes.push(quoteOf(f));
  if (guarded) quotes.push(quoteOf(reading.guardrails[0] as TradeoffFinding));
  if (!choice) {
    // The first decision the speaker took without weighing it, unless it already gives its reason.
    const weighed = new Set(reading.reasons.map((r) => r.facts));
    const decision = context.analysis.facts.find((f) => f.voice.iDecisions.length > 0 && !weighed.has(f));
    if (decision !== undefined) quotes.unshift(quoteFacts(context, decision));
  }
  return evidenceList(quotes);
}

/** Asks only for what is missing: never for an option the answer weighs, nor a reason it gives. */
function tipOf(choice: boolean, reasoned: boolean, guarded: boolean): string {
  if (choice && reasoned && guarded) return 'Keep naming the option you gave up, why, and the guardrail; be ready to say what would have made you roll back.';
  if (choice && reasoned) return 'Say how you limited the risk of your choice: a pilot on one site, a cap, a second check or a rollback plan.';
  if (choice && guarded) return 'Say why you chose as you did: what made the other path worse ("because…", "so that…").';
  if (choice) return 'Say why you chose as you did ("because…"), and how you limited the risk: a pilot, a cap or a rollback plan.';
  if (guarded && reasoned) return 'Name the option you turned down or what the choice cost you: "I could have…, but…".';
  if (guarded) return 'Name the option you turned down or what the choice cost you, and why: "I could have…, but that would have…".';
  return 'Name one option you rejected and why, and how you limited the risk: "I could have…, but that would have…, so I… on one site first."';
}
