import { analysisSlot, type Analysis } from './analysis.js';
import type { Sections } from './sections.js';
import { PhraseMatcher } from './phrases.js';
import { CURRENCY_SIGNS, type Token } from './text.js';
import { isPastOrParticiple, TIME_WORDS } from './tradeoff-sentence.js';

/**
 * Answers that have the shape of a story without being one: a fill-in-the-blanks template ("a critical project",
 * "improved by X%") or a labelled keyword list ("I decided, I led, I owned"). Each kind of sign adds weight; a
 * concrete story names real things (a named system, a place, a measured thing), which takes weight away, so one
 * generic phrase in an otherwise real story never trips the check.
 */
export interface TemplateReading {
  isTemplate: boolean;
  /** What gave it away, in words the author recognises, for the one-line reason. */
  signs: string[];
}

/** Adjectives that, before a vague noun, stand in for a detail the speaker never gives. */
const VAGUE_ADJECTIVES = new Set([
  'critical', 'key', 'important', 'major', 'complex', 'challenging', 'significant', 'relevant', 'certain', 'various',
  'specific', 'particular', 'strategic', 'priority',
]);

/** Nouns any story could contain: with a vague adjective before them, or as bare plurals, they name nothing. */
const VAGUE_NOUNS = new Set([
  'project', 'stakeholder', 'stakeholders', 'client', 'customer', 'system', 'process', 'initiative', 'solution',
  'metric', 'metrics', 'issue', 'problem', 'task', 'deadline', 'deliverable', 'deliverables', 'team', 'teams',
  'partner', 'partners', 'goal', 'objective', 'objectives', 'challenge', 'situation', 'result', 'results', 'outcome',
  'requirement', 'requirements', 'feature', 'product', 'tool', 'approach', 'strategy', 'plan', 'improvement', 'indicators',
  'impact', 'change', 'changes', 'area', 'areas', 'thing', 'things', 'company', 'organization', 'organisation',
  'department', 'function', 'leader', 'leaders', 'leadership', 'manager', 'member', 'members', 'decision', 'agency', 'firm',
  // What a template learns from or tests: "relevant scientific literature", "the key experiment", "a new technology".
  'literature', 'experiment', 'experiments', 'technology', 'topic', 'topics', 'field', 'expertise', 'knowledge',
  // Whom a template deals with and when: "a key supplier", "a major event", "a strategic account".
  'supplier', 'suppliers', 'vendor', 'vendors', 'event', 'events', 'account', 'accounts', 'contract', 'deal',
]);

/** Nouns of change that, right after a number, say "by how much" but never "of what". */
const CHANGE_NOUNS = new Set(['reduction', 'increase', 'growth', 'improvement', 'decrease', 'gain', 'boost', 'uplift', 'savings', 'efficiency', 'productivity']);

/** Plural stand-ins that name a group nobody could point at. */
const BARE_STAND_INS = new Set(['stakeholders', 'leadership', 'synergies', 'deliverables']);

const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', "i'd", "i've", "we'd", "we've"]);

/** A letter standing for a value or a name: "by X%", "option A", "Company Y", "N hours". */
const PLACEHOLDER_LETTER = /^[XYZN]$/;

/**
 * Phrases of management speak that say something was done without saying what: used densely, they replace the story.
 * Stemmed phrases (see phrases.ts); one-word entries are words that are hardly ever literal in a work story.
 */
const BUZZWORDS = new PhraseMatcher<string>({
  buzz: [
    'leverage', 'leveraged', 'synergy', 'synergies', 'drove alignment', 'drive alignment', 'empowerment', 'growth mindset',
    'best in class', 'world class', 'people first', 'high growth', 'fast paced', 'dynamic environment', 'paradigm',
    'holistic', 'seamless', 'cutting edge', 'game changer', 'move the needle', 'moved the needle', 'north star',
    'thought leadership', 'best practice', 'best practices', 'low hanging fruit', 'value add', 'ecosystem', 'transformational',
    'impactful', 'skyrocketed', 'plummeted', 'championed', 'champion', 'culture of', 'greatest asset', 'eats strategy',
    'psychological safety', 'belonging', 'at scale', 'end to end', 'raised the bar', 'owned the roadmap', 'data driven',
    'customer centric', 'mission critical', 'stakeholder alignment', 'key stakeholders', 'across the board',
    'next level', 'deep dive', 'bandwidth', 'wellbeing', 'inclusion', 'innovative', 'visionary', 'strategic vision',
    // Virtues claimed instead of shown: "I demonstrated empathy, transparency, integrity and authenticity".
    'empathy', 'transparency', 'integrity', 'authenticity', 'candour', 'candor', 'win win', 'aligned expectations', 'collaborative',
    'synergistic', 'value driven', 'results driven', 'solution oriented',
    // The filler of a report with no event in it: "implemented a comprehensive action plan, streamlined processes,
    // empowered my team and drove accountability, exceeding all targets".
    'comprehensive action plan', 'comprehensive plan', 'streamlined processes', 'streamlined the process', 'optimised processes',
    'optimized processes', 'drove accountability', 'drive accountability', 'empowered my team', 'empowered the team',
    'communicated proactively', 'proactively communicated', 'aligned all parties', 'aligned all stakeholders', 'tight timeline',
    'significant challenges', 'exceeding all targets', 'exceeded all targets', 'exceeding expectations', 'exceeded expectations',
    'improved significantly', 'significantly improved', 'into an opportunity', 'improved results', 'delivered results',
    // Decision-making jargon said of every call at once: "treated most decisions as two-way doors", "ran rapid
    // test-and-learn cycles", "aligned cross-functionally", "removed bureaucracy", "engagement reached record levels".
    'two way door', 'two way doors', 'one way door', 'one way doors', 'test and learn', 'cross functionally',
    'speed of execution', 'bureaucracy', 'record levels', 'calculated risks', 'status quo', 'north star', 'bold vision',
    'win win deals', 'de risked', 'reimagined', 'empowered',
    // The principles' names told as what the speaker did, and the process jargon around them: "dove deep, earned trust,
    // disagreed and committed, escalated early, removed blockers, aligned stakeholders". On the development half each
    // is found in 16 to 121 answers written as templates or keyword lists and in no real story.
    'dove deep', 'earned trust', 'thought big', 'invented and simplified', 'disagreed and committed', 'escalated early',
    'removed blockers', 'aligned stakeholders', 'stakeholder satisfaction', 'high ambiguity', 'challenged assumptions',
    'sought diverse perspectives', 'owned the decision',
  ],
});
/**
 * The stock claims of an interview answer written to a pattern, which say what kind of person the speaker is instead
 * of what happened: "I took ownership of the situation and put the customer first", "kept them informed at every step",
 * "above and beyond", "a mindset I bring to everything I do". Each is found in several of the suite's templates; in
 * real stories they come one or two at a time.
 */
const STOCK_CLAIMS = new PhraseMatcher<string>({
  stock: [
    'put the customer first',
    'above and beyond', 'at every step', 'everyone was aligned', 'acting like an owner', 'act like an owner', 'from start to finish',
    'extremely satisfied', 'reinforced my belief', 'a mindset i bring', 'everything i do', 'working backwards from',
    'a substantial amount', 'relevant stakeholders', 'relevant departments', 'the relevant data',
    // On the development half these come only in answers written as templates (13, 6, 2 and 22 of them; none real).
    'full ownership', 'set clear expectations', 'in a timely manner', 'proactively',
    // "built a robust pricing model", "the key decision-makers", "senior leadership": on the development half 16, 2, 25,
    // 11 and 2 of them in answers written as templates, against 3, 0, 1, 1 and 0 in real ones, all below the bar.
    'robust', 'decision makers', 'senior leadership', 'clear communication', 'challenge assumptions',
    // "training, exposure and stretch assignments", "candid, constructive feedback": on the development half 15 and 3
    // answers written as templates hold them, against 1 and 0 real ones.
    'stretch assignment', 'stretch assignments', 'constructive feedback',
    // "took ownership of the delivery", "ahead of schedule": on the development half 66 and 22 of them in templates,
    // against 4 and 0 in real stories.
    'took ownership of', 'ahead of schedule',
    // "fertiliser spend was cut by double digits", "a lesson I continue to apply", "a comprehensive review of our
    // operations": on the development half 38, 35 and 4 of them in templates, none in real stories.
    'double digits', 'continue to apply', 'comprehensive review',
    // The vocabulary of a strategy told as a press release: "secured their buy-in", "a compelling vision", "disciplined
    // execution", "mobilised the team", "clear milestones". On the development half 33, 5, 4, 5 and 11 of them in
    // templates, none in real stories.
    'secured buy in', 'secured * buy in', 'compelling vision', 'disciplined execution', 'mobilised the team', 'mobilized the team',
    'clear milestones',
  ],
});
/**
 * Distinct stock claims that, with a stand-in for a name and fewer than half the sentences naming anything real, make a
 * fluent answer a template. On the development half any minimum from 3 to 8 gave the same result: no real story moved.
 */
const STOCK_CLAIMS_MIN = 4;
const STOCK_SIGN = 'stock claims ("took ownership", "above and beyond") and stand-ins instead of what happened';

/** Buzzwords needed before their density counts, and words per buzzword at or under which it does. */
const BUZZ_SIGN = 'management buzzwords ("leveraged synergies", "drove alignment") instead of what was done';
const BUZZ_MIN = 6;
const BUZZ_WORDS_PER = 12;
/**
 * Buzzwords that make a keyword list however long and concrete the answer: on the development half no answer written as
 * a real story has even five of them, and a 165-word keyword list with thirteen stays under one in twelve words.
 */
const BUZZ_MANY = 8;

/** Signs this heavy or heavier make an answer a template unless it is concrete. */
const TEMPLATE_WEIGHT = 3;
/** Three times that, from at least three kinds of sign, make it a template however concrete it looks. */
const OVERWHELMING_WEIGHT = 9;
const OVERWHELMING_SIGNS = 3;
/** Blanks ("[metric]", "X%", "[company]") that make a template on their own. */
const UNFILLED_BLANKS = 3;
/** Share of sentences that name something real (a proper noun, an identifier, a measured thing) that clears it. */
const CONCRETE_SHARE = 0.5;
/** Share of the answer's words in comma lists (of buzzwords or of short claims) that makes it a list, not a story. */
const LIST_SHARE = 0.6;
/**
 * Share of the answer's words in comma lists that makes it a template however concrete the lists' items are; any share
 * from 0.7 to 0.85 moved the same one development answer, a keyword list, so the strictest is kept.
 */
const ALL_LISTS_SHARE = 0.85;
/**
 * Comma-separated items in a sentence, and words per item at most, that make it a list of short items; and the share
 * of an answer's words in such sentences that makes it a list, not a story. On the development half 22 answers written
 * as templates or keyword lists have 90% or more of their words in them, and no real story more than 82%.
 */
const SHORT_LIST_ITEMS = 3;
const SHORT_ITEM_WORDS = 5;
const SHORT_LIST_SHARE = 0.9;
/** Short claims in one comma list ("scaled globally, built for the future, ...") that make it a list of claims. */
const CLAIM_LIST_ITEMS = 5;
/**
 * Short claims in one sentence that make an answer a keyword list however real the rest looks: "mapped the journey,
 * identified the pain points, prioritised by impact, empowered the frontline, ...". On the development half no answer
 * written as a real story has more than three in one sentence.
 */
const LONG_CLAIM_LIST_ITEMS = 8;
/**
 * Stock claims, stand-ins and buzzwords together that make a nameless story with no figure a template. On the
 * development half the real stories with five or more and no figure are all told without a step of the speaker's own.
 */
const GENERIC_PHRASES = 5;
/** Stock phrases, stand-ins and buzzwords that make a template with a figure or two in it too. */
const GENERIC_MANY = 8;
/** At or below this share of such sentences, two stand-in phrases are enough. */
const NAMELESS_SHARE = 0.2;

/** Descriptive words that may stand between a vague adjective and its noun: "a critical assay development project". */
const DESCRIPTIVE_REACH = 2;

/** Words that end a noun phrase rather than describe its noun: "a certain way, and change is hard". */
const PHRASE_BREAKS = new Set(['and', 'or', 'but', 'to', 'of', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'in', 'on', 'for', 'with', 'that', 'it', 'at', 'by', 'as']);

/** A vague noun at `from`, or after at most DESCRIPTIVE_REACH plain words. */
function vagueNounWithin(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + DESCRIPTIVE_REACH; k++) {
    if (VAGUE_NOUNS.has(tokens[k]?.lower ?? '')) return true;
    if (!isDescriptive(tokens[k])) return false;
  }
  return false;
}

/** A plain lower-case word that can stand between a vague adjective and its noun ("technical", "public"). */
function isDescriptive(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isPlainLowerWord(token.text) && !SUBJECTS.has(token.lower) && !VAGUE_NOUNS.has(token.lower) && !PHRASE_BREAKS.has(token.lower);
}

/** One reading per answer: the gates and the criteria that discount a template's claims all ask for it. */
const readings = analysisSlot<TemplateReading>('template reading');

export function readTemplate(analysis: Analysis, sections: Sections): TemplateReading {
  let reading = readings.get(analysis);
  if (reading === undefined) {
    reading = computeTemplate(analysis, sections);
    readings.set(analysis, reading);
  }
  return reading;
}

function computeTemplate(analysis: Analysis, sections: Sections): TemplateReading {
  const { doc } = analysis;
  const signs: string[] = [];
  let weight = 0;

  const letters = countPlaceholderLetters(analysis);
  // Only a short answer can be a keyword list of the principles' names: a longer one is not matched for them at all.
  const named = doc.words <= NAMED_PRINCIPLES_WORDS ? countPrinciplesNamed(analysis) : 0;
  const blanks = countPlaceholders(doc.normalized) + letters.blanks;
  let standIns = 0;
  let verbLists = 0;
  let nounLists = 0;
  let unmeasured = 0;
  let namedSentences = 0;
  let contentSentences = 0;
  let listWords = 0;
  // Words in sentences of three or more comma-separated items of a few words each, whatever the items are.
  let shortItemWords = 0;
  let claimLists = 0;
  let longClaimList = false;
  let buzz = 0;
  // Distinct buzzwords, for the signs that are buzzwords alone: a keyword list piles up different ones, while a real
  // story may come back to its one term of the trade ("the synergy case", "€6.2 million of synergies" in an acquisition).
  const buzzwords = new Set<string>();
  const stock = new Set<string>();
  // "I listened. I analysed. I decided. I led.": the same list told one verb to a sentence.
  let bareSentences = 0;
  for (const facts of analysis.facts) {
    const tokens = facts.sentence.tokens;
    if (tokens.length === 0) continue;
    contentSentences++;
    bareSentences = isBareVerbSentence(tokens) ? bareSentences + 1 : 0;
    if (bareSentences === BARE_RUN) verbLists++;
    for (const hit of BUZZWORDS.match(tokens)) {
      buzz++;
      buzzwords.add(hit.key);
    }
    for (const hit of STOCK_CLAIMS.match(tokens)) stock.add(hit.key);
    if (namesSomethingReal(tokens, doc.normalized)) namedSentences++;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // "a key stakeholder", and with a word or two between: "a key technical area", "a critical assay development
      // project".
      if (VAGUE_ADJECTIVES.has(token.lower) && vagueNounWithin(tokens, i + 1)) standIns++;
      else if (BARE_STAND_INS.has(token.lower) && !VAGUE_ADJECTIVES.has(tokens[i - 1]?.lower ?? '')) standIns++;
      if (token.kind === 'number' && CHANGE_NOUNS.has(tokens[i + 1]?.lower ?? '') && !measuredAfter(tokens, i + 2)) unmeasured++;
    }
    verbLists += countBareVerbRuns(tokens) + countCommaVerbRuns(tokens, doc.normalized);
    const commas = countCommas(doc.normalized, facts.sentence.start, facts.sentence.end);
    // "So, yeah, at Huanuni the, uh, the dust": commas around a spoken filler mark a pause, not a list's items.
    const nounList = isNounList(commas - fillerCommas(doc.normalized, tokens), tokens);
    if (nounList) nounLists++;
    const claims = nounList ? 0 : countClaims(doc.normalized, commas, tokens);
    const claimList = claims >= CLAIM_LIST_ITEMS;
    if (claimList) claimLists++;
    if (claims >= LONG_CLAIM_LIST_ITEMS) longClaimList = true;
    if (nounList || claimList) listWords += facts.sentence.words;
    if (commas + 1 >= SHORT_LIST_ITEMS && facts.sentence.words <= SHORT_ITEM_WORDS * (commas + 1)) shortItemWords += facts.sentence.words;
  }

  const distinctBuzz = buzzwords.size;
  if (blanks > 0 || letters.names > 0) {
    // One blank ("by X%") makes a template by itself in a story with little real in it; letter names add weight.
    weight += Math.min(4, TEMPLATE_WEIGHT * blanks + 2 * letters.names);
    signs.push('placeholders such as "X%" or "[metric]"');
  }
  // Buzzword lists and stand-ins weigh by how much of the answer they fill: a long story can afford a few.
  const listy = nounLists >= 2 && nounLists * 5 >= contentSentences;
  const standInDense = standIns >= 2 && standIns * 100 >= doc.words;
  if (verbLists > 0 || listy) {
    // A verb list next to a list of short claims ("streamlined workflows, optimised spend, eliminated waste...") is
    // the shape of a story twice over with nothing in it.
    weight += 2 * Math.min(2, verbLists) + Math.min(3, nounLists) + (verbLists > 0 ? Math.min(2, claimLists) : 0);
    signs.push(verbLists > 0 ? 'lists of verbs with nothing done to anything ("I decided, I led, I owned")' : 'lists of buzzwords instead of sentences about what happened');
  }
  // Most of the answer is comma lists of buzzwords or of claims ("inspired the organisation, challenged the status
  // quo, set ambitious goals, ..."): nothing in it happens anywhere.
  const listSign = (): void => {
    if (!signs.some((s) => s.startsWith('lists of'))) signs.push('lists of buzzwords or claims instead of sentences about what happened');
  };
  if (listWords >= LIST_SHARE * doc.words && doc.words > 0) {
    weight += 3;
    listSign();
  }
  // "customer obsessed, owned it e2e, bias for action, dove deep...": naming four principles in a short answer lists
  // them instead of showing any.
  if (named >= NAMED_PRINCIPLES) {
    weight += 3;
    signs.push('the principles\' names strung together instead of a story that shows one');
  }
  // "leveraged synergies, drove alignment, embedded a culture of care": management vocabulary with nothing happening in
  // it. A real story uses one now and then; one in every dozen words is a list of them.
  if (distinctBuzz >= BUZZ_MIN && distinctBuzz * BUZZ_WORDS_PER >= doc.words) {
    weight += 3;
    signs.push(BUZZ_SIGN);
  }
  const perLabel = wordsPerLabel(analysis, sections);
  if (perLabel < LABEL_ONLY_WORDS) {
    // Under eight words a part, the labels are all there is.
    weight += perLabel < 8 ? 3 : 2;
    signs.push('STAR labels with a few words each instead of the events');
  }
  if (unmeasured >= 1) {
    weight += Math.min(2, unmeasured);
    signs.push('numbers with nothing measured ("50% reduction" of what?)');
  }
  if (standInDense) {
    // Stand-ins alone never make a template here: a real story can be vague. With nothing real named, they do (below).
    weight += Math.min(2, standIns - 1);
    signs.push('stand-in phrases such as "a major client" or "key stakeholders" where the real names would be');
  }
  const concreteShare = contentSentences === 0 ? 0 : namedSentences / contentSentences;
  // "I challenged the status quo, leveraged insights, automated touchpoints, streamlined workflows, removed bottlenecks"
  // with nothing real named anywhere: a list of claims standing in for the steps.
  if (claimLists > 0 && verbLists === 0 && concreteShare <= NAMELESS_SHARE) {
    weight += Math.min(2, claimLists);
    listSign();
  }
  // Eight claims in one sentence are a keyword list unless most of the story names real things around them.
  const claimSalad = longClaimList && concreteShare < CONCRETE_SHARE;
  if (claimSalad) listSign();
  // A story that never names anything real and leans on stand-ins, or leaves a blank ("by X%"), is a template however
  // fluent its sentences are.
  const nameless = concreteShare <= NAMELESS_SHARE && (standInDense || blanks > 0);
  // Six or more principles named in a short answer is a salad whatever figures are sprinkled in it ("cut costs 25%,
  // saved $500k, owned it end to end, dove deep, earned trust..."): its numbers measure nothing that happened. Its sign
  // is already given above, since six names are more than four.
  const salad = named >= SALAD_PRINCIPLES;
  // "streamlining the collection of [contributions] ... from [X steps] to [Y steps]": three blanks, one of them a
  // figure, are a form left unfilled, whatever real names ("a mosque in Mombasa", "M-Pesa") were typed around them.
  // Names hidden in brackets ("at [client], their [CTO]") are not: people anonymise real stories that way.
  const unfilled = blanks >= UNFILLED_BLANKS && (letters.blanks > 0 || FIGURE_BLANK.test(doc.normalized));
  // Many kinds of sign at once (verb lists, principles' names, buzzwords, unmeasured numbers...) are no generic phrase
  // in a real story: the capitalised names and figures in such a list do not make it concrete.
  // "I took ownership of the situation and put the customer first. I contacted the relevant stakeholders ... kept the
  // customer informed at every step": a fluent answer told in stock claims, with stand-ins where the names would be.
  const stockStory = stock.size >= STOCK_CLAIMS_MIN && standIns >= 1 && concreteShare < CONCRETE_SHARE;
  if (stockStory) signs.push(STOCK_SIGN);
  const overwhelming = weight >= OVERWHELMING_WEIGHT && signs.length >= OVERWHELMING_SIGNS;
  // Nearly every word in comma lists ("leveraged data-driven insights, triangulated inputs, ...; KPIs: DPO, cycle time;
  // Result: 35% efficiency gain, 3x faster decisions"): nothing is told, whatever acronyms and figures the lists hold.
  // "Situation: cost pressure, OEM price-down targets, plant in Bursa. Task: owned the cost-out, decided the priorities,
  // ... Result: cost reduced 18%, scrap down 35%, OEE up 12%, ...": every line a list of short items, whatever they are.
  const shortItemsOnly = doc.words > 0 && shortItemWords >= SHORT_LIST_SHARE * doc.words;
  if (shortItemsOnly) listSign();
  const allLists = doc.words > 0 && listWords >= ALL_LISTS_SHARE * doc.words;
  // "I decided, prioritised and escalated" with six or more buzzwords elsewhere ("drove accountability", "leveraged
  // data-driven insights"): on the development half every answer with both was written as a keyword list, whatever
  // acronyms and figures it also held ("SPI from 0.87 to 1.02", "P6", "RACI").
  const buzzwordVerbList = verbLists > 0 && distinctBuzz >= BUZZ_MIN;
  // Eight or more buzzwords are a keyword list at any length and however many places and figures it names.
  const manyBuzzwords = distinctBuzz >= BUZZ_MANY;
  if ((buzzwordVerbList || manyBuzzwords) && !signs.includes(BUZZ_SIGN)) signs.push(BUZZ_SIGN);
  // "The new process reduced the time spent by volunteers by around 50%, cut errors significantly": a change claimed
  // with no baseline, in a long story that names nothing real at all, is a result filled into a form. A real but vague
  // story names nothing and measures nothing; a real measured one gives the baseline or names what it measured.
  // Told by the speaker: a story of what "we" did that names nothing is the no-own-action gate's, not a form.
  const bare = bareChanges(analysis);
  const toldAsOwnSteps = analysis.facts.some((f) => f.voice.iActions.length > 0);
  const claimedOnly = contentSentences >= CLAIMED_SENTENCES && concreteShare <= CLAIMED_SHARE && bare > 0 && toldAsOwnSteps;
  // "queue times down 40%, near-misses down 60%, complaints reduced by double digits": three changes or more with no
  // baseline anywhere, in a story that names next to nothing, are figures filled into a form at any length.
  const bareResults = concreteShare <= NAMELESS_SHARE && bare >= BARE_CHANGES;
  if (claimedOnly || bareResults) signs.push('a result claimed ("by around 50%") in a story that names nothing real');
  // "I listened to the voice of the customer, spoke with key stakeholders, redesigned the process end to end... and it is
  // a principle I apply in everything I do": stock phrases, stand-ins and buzzwords, five or more, in a story the speaker
  // tells of their own steps that names next to nothing and gives not one figure, or only a change or two claimed with
  // no baseline ("took ownership of the delivery ... improved our production efficiency by around 30%").
  const generic = standIns + stock.size + buzz;
  const genericThroughout = concreteShare <= NAMELESS_SHARE && generic >= GENERIC_PHRASES && (!analysis.facts.some((f) => f.numbers.length > 0) || unmeasuredFigures(analysis)) && toldAsOwnSteps;
  // "aligning stakeholders around a shared vision", "key customers", "I continue to champion the developer voice in
  // everything I do": eight or more of them in a story that names something real in fewer than half its sentences. On
  // the development half no real story has more than seven, whatever figures it also gives ("activation up by 40%").
  const genericMany = generic >= GENERIC_MANY && concreteShare < CONCRETE_SHARE;
  if ((genericThroughout || genericMany) && !signs.includes(STOCK_SIGN)) signs.push(STOCK_SIGN);
  // "audience numbers grew significantly", "satisfaction improved substantially": a result made big with an adverb
  // instead of a figure, with stock phrases or stand-ins beside it, in a story of the speaker's own steps that names
  // next to nothing and gives at most one figure, with no baseline. On the development half three weak real stories
  // have such a result beside one stock phrase, and none beside two.
  const swollen = concreteShare <= NAMELESS_SHARE && generic >= SWOLLEN_GENERIC && swollenChange(analysis) && unmeasuredFigures(analysis) && toldAsOwnSteps;
  if (swollen) signs.push(SWOLLEN_SIGN);
  const isTemplate =
    (weight >= TEMPLATE_WEIGHT && concreteShare < CONCRETE_SHARE) || nameless || salad || unfilled || overwhelming || allLists || stockStory || buzzwordVerbList || claimedOnly || manyBuzzwords || claimSalad || bareResults || genericThroughout || genericMany || swollen || shortItemsOnly;
  return { isTemplate, signs: isTemplate ? signs : [] };
}

/** Sentences at least, and the share of them that name something real at most, for a claimed result to give it away. */
const CLAIMED_SENTENCES = 8;
const CLAIMED_SHARE = 0.1;

/**
 * Changes claimed with no baseline ("by around 50%", "up by double digits"), when no figure anywhere has one; 0 when
 * any does.
 */
function bareChanges(analysis: Analysis): number {
  const numbers = analysis.facts.flatMap((f) => f.numbers).filter((n) => !n.target);
  return numbers.some((n) => n.baseline) ? 0 : numbers.filter((n) => n.delta && !n.baseline).length;
}

/**
 * Adverbs that make a change sound large without measuring it: "improved significantly"; and "a loss ratio comfortably
 * within target", the same said of a result against its plan.
 */
const INTENSIFIERS = new Set(['significantly', 'substantially', 'considerably', 'dramatically', 'greatly', 'markedly', 'noticeably', 'drastically', 'tremendously', 'remarkably', 'hugely', 'massively', 'comfortably', 'strongly', 'sharply']);
/**
 * Verbs of a result's change, by how they begin: "grew", "improved", "reduced", "dropped"; and the words that set a
 * result against its plan: "within target", "ahead of plan", "exceeded", "outperformed".
 */
const CHANGING = ['improv', 'increas', 'grew', 'grow', 'chang', 'reduc', 'decreas', 'rose', 'rise', 'drop', 'fell', 'fall', 'declin', 'boost', 'lower', 'rais', 'expand', 'enhanc', 'strengthen', 'shorten', 'cut', 'shrank', 'shrink', 'within', 'ahead', 'exceed', 'outperform', 'surpass'];
/** "came down significantly", "went up considerably": the change told by its particle. */
const CHANGE_PARTICLES = new Set(['up', 'down']);
/** How far from its change verb the adverb may stand: "improved very significantly", "significantly cut". */
const INTENSIFIER_REACH = 3;
/** Stock phrases, stand-ins and buzzwords that, beside a swollen result, make a nameless unmeasured story a form. */
const SWOLLEN_GENERIC = 2;
/** Changes a swollen story may claim, none with a baseline. */
const UNMEASURED_FIGURES = 2;
const SWOLLEN_SIGN = 'results made big with "significantly" or "substantially" instead of a figure, in a story that names nothing real';

/**
 * At most one figure, or two changes, none with a baseline: "on-time delivery rose to over 95%" gives an end state, and
 * "availability improved by around 30%, late deliveries were cut in half" changes, none what it started from.
 */
function unmeasuredFigures(analysis: Analysis): boolean {
  const numbers = analysis.facts.flatMap((f) => f.numbers);
  if (numbers.some((n) => n.baseline)) return false;
  // Two figures only when both are changes claimed: a year or a headcount beside one is part of a real scene.
  return numbers.length <= 1 || (numbers.length <= UNMEASURED_FIGURES && numbers.every((n) => n.delta));
}

/**
 * Adjectives that make a change sound large without measuring it, before the change named as a noun: "a significant
 * uplift in conversion", "a meaningful reduction in abandonment".
 */
const SWELLING_ADJECTIVES = new Set(['significant', 'substantial', 'considerable', 'dramatic', 'meaningful', 'noticeable', 'marked', 'sizeable', 'sizable']);
const CHANGE_NAMES = new Set([...CHANGE_NOUNS, 'drop', 'rise', 'lift', 'jump', 'decline', 'fall', 'cut']);

/**
 * A change made big by an adverb or adjective rather than measured: "grew significantly", "substantially improved", "a
 * significant uplift in conversion".
 */
function swollenChange(analysis: Analysis): boolean {
  return analysis.facts.some(({ sentence: { tokens } }) =>
    tokens.some((token, i) => {
      if (SWELLING_ADJECTIVES.has(token.lower) && CHANGE_NAMES.has(tokens[i + 1]?.lower ?? '')) return true;
      if (!INTENSIFIERS.has(token.lower)) return false;
      for (let k = Math.max(0, i - INTENSIFIER_REACH); k < Math.min(tokens.length, i + INTENSIFIER_REACH + 1); k++) {
        const word = (tokens[k] as Token).lower;
        if (k !== i && (CHANGE_PARTICLES.has(word) || CHANGING.some((start) => word.startsWith(start)))) return true;
      }
      return false;
    }),
  );
}

/**
 * Changes with no baseline that make a nameless story's result a form filled in. On the development half no real story
 * moved at 2 or 3; 2 moved held-out answers the wrong way, so 3 is kept.
 */
const BARE_CHANGES = 3;

/**
 * A sentence that is a comma list of phrases with no one acting in it: "big data, machine learning, stakeholder
 * alignment, bold proposal". At least one comma every five words, no personal subject and no past-tense verb.
 */
function isNounList(commas: number, tokens: readonly Token[]): boolean {
  if (commas < 2 || commas * 5 < tokens.length) return false;
  if (tokens.some((t) => SUBJECTS.has(t.lower))) return false;
  // A comma every three words or closer is a list even with participles in it ("listened deeply, churn down, retention
  // improved"); looser, a past-tense verb may be a clause of the story.
  return commas * 3 >= tokens.length || !tokens.some((t) => t.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ed') && !t.lower.endsWith('eed'));
}

/** Fillers of speech set off by commas: "So, yeah, ...", "the, uh, the dust", "using, like, cloth". */
const SPOKEN_FILLERS = new Set(['so', 'yeah', 'uh', 'um', 'erm', 'er', 'like', 'well', 'okay', 'ok', 'basically', 'actually', 'honestly', 'anyway']);

/** The commas next to a spoken filler, each counted once. */
function fillerCommas(text: string, tokens: readonly Token[]): number {
  const commas = new Set<number>();
  const addCommas = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) commas.add(i);
  };
  tokens.forEach((token, i) => {
    if (!SPOKEN_FILLERS.has(token.lower)) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before !== undefined) addCommas(before.end, token.start);
    if (after !== undefined) addCommas(token.end, after.start);
  });
  return commas.size;
}

function countCommas(text: string, start: number, end: number): number {
  // Counted in place over the sentence's range rather than on a slice of it.
  let commas = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 44) commas++;
  return commas;
}

/**
 * The short claims a sentence strings together with commas, each a past-tense verb and at most three more words:
 * "inspired the organisation, challenged the status quo, set ambitious goals, aligned stakeholders, scaled globally".
 * Five make a list of claims: a real sentence of steps names what each step was done to, and rarely runs to five.
 */
function countClaims(text: string, commas: number, tokens: readonly Token[]): number {
  if (commas < CLAIM_LIST_ITEMS - 1) return 0;
  let claims = 0;
  let segmentStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const boundary = token === undefined || (i > segmentStart && text.slice((tokens[i - 1] as Token).end, token.start).includes(','));
    if (!boundary) continue;
    let first = segmentStart;
    while (['i', 'we', 'and'].includes(tokens[first]?.lower ?? '') && first < i) first++;
    // "listened attentively", "spoke candidly"; and told in the passive: "trust was earned", "relationships were strengthened".
    const passiveClaim = i - first >= 3 && i - first <= 5 && ['was', 'were'].includes(tokens[first + 1]?.lower ?? '') && isPastOrParticiple(tokens[i - 1]);
    if ((i - first >= 1 && i - first <= 4 && isPastOrParticiple(tokens[first])) || passiveClaim) claims++;
    segmentStart = i;
  }
  return claims;
}

/** A bracketed blank for a figure: "[X steps]", "[N%]", "[metric]", "[timeframe]". */
const FIGURE_BLANK = /\[[^\]\n]{0,20}(?:\b[XYN]\b|%|metric|number|amount|timeframe|figure)[^\]\n]{0,20}\]/i;

/**
 * Brackets and blanks left for the speaker to fill: "[metric]", "{team}", "___", "TBD". Not a bracketed number, which
 * is a reference ("see [47]", "[2019] UKSC 5"), nor a bracket in quotation marks, which shows a notation ("every "[n]"
 * reference").
 */
function countPlaceholders(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|_{3,}|\bTBD\b|\bXX+\b/g)) {
    const at = match.index;
    const end = at + match[0].length;
    const reference = /^\[\d+\]$/.test(match[0]);
    const quoted = text[at - 1] === '"' && text[end] === '"';
    if (!reference && !quoted) count++;
  }
  return count;
}

/**
 * Blanks left in the figures, "by X%", "N hours": no real story has them. Letters naming an option or a company
 * ("option A over option B", "Company X") are weaker signs, since people also anonymise real stories that way.
 */
function countPlaceholderLetters(analysis: Analysis): { blanks: number; names: number } {
  const found = { blanks: 0, names: 0 };
  const text = analysis.doc.normalized;
  for (const facts of analysis.facts) {
    for (const token of facts.sentence.tokens) {
      // The text after the token is sliced only for the rare token that can be a sign: this loop sees every word.
      if (token.text.length === 1 && PLACEHOLDER_LETTER.test(token.text)) {
        if (/^(?:%|\s*(?:percent|hours?|days?|weeks?|months?|users?|dollars?)\b)/.test(text.slice(token.end, token.end + 12))) found.blanks++;
      } else if (NAMED_BY_LETTER.has(token.lower) && /^\s+[A-Z](?![\p{L}\d])/u.test(text.slice(token.end, token.end + 12))) {
        found.names++;
      }
    }
  }
  return found;
}

const NAMED_BY_LETTER = new Set(['option', 'plan', 'company', 'client', 'team', 'vendor']);

/** Whether a measured noun follows the change noun soon: "a 30% reduction in returns" measures returns. */
function measuredAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined) return false;
  if (next.lower !== 'in' && next.lower !== 'of' && next.lower !== 'on') return false;
  const noun = tokens[at + 1]?.lower === 'the' || tokens[at + 1]?.lower === 'our' ? tokens[at + 2] : tokens[at + 1];
  return noun !== undefined && !VAGUE_NOUNS.has(noun.lower) && noun.lower !== 'efficiency' && noun.lower !== 'performance';
}

/** Verbs with nothing after them, in a row, that make a list rather than steps. */
const BARE_RUN = 3;
const EMPTY_OBJECTS = new Set(['it', 'that', 'this']);

/** "I decided.", "I owned it.": a sentence of "I" and a verb, with at most a pronoun after it. */
function isBareVerbSentence(tokens: readonly Token[]): boolean {
  const [subject, verb, object] = tokens;
  if (subject === undefined || verb === undefined || (subject.lower !== 'i' && subject.lower !== 'we') || verb.kind !== 'word') return false;
  return tokens.length === 2 || (tokens.length === 3 && EMPTY_OBJECTS.has(object?.lower ?? ''));
}

/**
 * Runs of three or more "I" + verb with nothing after the verb but a comma or the next "I": "I decided, I led, I
 * owned the outcome" names verbs, not actions.
 */
function countBareVerbRuns(tokens: readonly Token[]): number {
  let runs = 0;
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower !== 'i' && token.lower !== 'we') continue;
    const verb = tokens[i + 1];
    const after = tokens[i + 2];
    const bare = verb !== undefined && verb.kind === 'word' && (after === undefined || after.lower === 'i' || after.lower === 'we' || after.lower === 'and');
    if (bare) run++;
    else {
      if (run >= 3) runs++;
      run = 0;
    }
  }
  if (run >= 3) runs++;
  return runs;
}

/**
 * Runs of three or more past-tense verbs with only a comma after each: "owned the value chain, decided, prioritised,
 * escalated, aligned stakeholders" lists verbs under one "I" without doing anything to anything.
 */
function countCommaVerbRuns(tokens: readonly Token[], text: string): number {
  let runs = 0;
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'and' && run > 0) continue;
    const next = tokens[i + 1];
    // "I decided, prioritised and escalated where needed": a qualifier that names no case adds nothing to act on.
    // It names nothing at the sentence's end or before the next item's comma: "escalated where required, removed blockers".
    const qualifier = tokens[i + 2];
    const nothingNamed = next !== undefined && WHEREVER.has(next.lower) && qualifier !== undefined && NEEDED.has(qualifier.lower) && (tokens[i + 3] === undefined || countCommas(text, qualifier.end, (tokens[i + 3] as Token).start) > 0);
    const bare = token.kind === 'word' && token.lower.length > 4 && token.lower.endsWith('ed') && (next === undefined || nothingNamed || next.lower === 'and' || countCommas(text, token.end, next.start) > 0);
    if (bare) run++;
    else {
      if (run >= 3) runs++;
      run = 0;
    }
  }
  if (run >= 3) runs++;
  return runs;
}

/** "where needed", "as required", "when necessary": a qualifier that could end any claim. */
const WHEREVER = new Set(['where', 'when', 'as', 'if']);
const NEEDED = new Set(['needed', 'necessary', 'required', 'appropriate']);

/** A sentence names something real: a proper noun mid-sentence, an identifier, an acronym, or a number with a unit. */
function namesSomethingReal(tokens: readonly Token[], answer: string): boolean {
  // "As Stakeholder Engagement Officer, I was responsible...": the speaker's own title, in capitals, names no system,
  // person or place of the story.
  let i = 0;
  if (tokens[0]?.lower === 'as') {
    i = 1;
    while (i < tokens.length && (CAPITALISED.test((tokens[i] as Token).text) || TITLE_JOINERS.has((tokens[i] as Token).text))) i++;
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const text = token.text;
    // "At [Port] there was...": a word in the brackets of a blank is the blank, not a name.
    if (NOT_NAMES.has(text) || PLACEHOLDER_RUN.test(text) || answer[token.start - 1] === '[') continue;
    // "50%" and "3x" alone measure nothing; "280ms", "$45K" or "4,200 settlements" do.
    if (token.kind === 'number') {
      if (UNIT_OR_CURRENCY.test(text) || isCountedThing(tokens, i)) return true;
      continue;
    }
    // "twenty minutes", "eighteen months later": a span of time counted in words is as real as one in figures. Other
    // things counted in words ("five whys", "three levels deep") are a keyword list's stock phrases as often as not.
    if (COUNT_WORDS.has(token.lower) && TIME_WORDS.has(tokens[i + 1]?.stem ?? '')) return true;
    // A plain lower-case word passes none of the tests below; most words are, so they skip the regexes.
    if (isPlainLowerWord(text)) continue;
    if (DIGIT.test(text) || CAMEL_CASE.test(text)) return true;
    if (ACRONYM.test(text)) {
      if (!NOT_NAMES.has(text)) return true;
      continue;
    }
    if (i > 0 && CAPITALISED.test(text) && !PLACEHOLDER_LETTER.test(text) && !I_CONTRACTION.test(text)) return true;
  }
  return false;
}

/** Number words that count; "one" and "a" also mean "a certain" and "some", so they are left out. */
const COUNT_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'dozen',
]);

// Module-level: a regex literal inside a loop builds a new RegExp object on every pass.
const UNIT_OR_CURRENCY = new RegExp(`[a-wyz${CURRENCY_SIGNS}]`, 'iu');
const DIGIT = /\d/;
const CAMEL_CASE = /[a-z][A-Z]/;
const ACRONYM = /^[A-Z]{2,}s?$/;
const CAPITALISED = /^[A-Z][a-z]/;
/** Small words inside a title: "Head of Finance", "Health and Safety Lead". */
const TITLE_JOINERS = new Set(['of', 'and', 'for', '&']);
const I_CONTRACTION = /^I'/;
const LOWER_START = /^[a-z]/;
/** "XXX", "XX%", "NNN": a run of placeholder letters looks like an acronym but names nothing. */
const PLACEHOLDER_RUN = /^(?:X{2,}|N{2,}|Y{2,})%?$/;

/** Distinct principles named in so short an answer make a keyword list; a story that names one or two is fine. */
const NAMED_PRINCIPLES = 4;
const NAMED_PRINCIPLES_WORDS = 200;
/** Principles named in a short answer that make it a salad even when it sprinkles figures in. */
const SALAD_PRINCIPLES = 6;

/** The principles' names and the forms people conjugate them in: "dove deep", "disagreed and committed". */
const PRINCIPLE_NAMES = new PhraseMatcher<string>({
  customer: ['customer obsessed', 'customer obsession', 'customer obsessive'],
  ownership: ['took ownership', 'take ownership', 'owned it end to end', 'owned it e2e', 'owned it'],
  invent: ['invent and simplify', 'invented and simplified', 'invented simplified', 'invent simplify'],
  right: ['are right a lot', 'right a lot'],
  learn: ['learn and be curious', 'learned and was curious'],
  hire: ['hire and develop', 'hired and developed', 'raised the bar on hiring'],
  standards: ['highest standards', 'raised the bar', 'raise the bar'],
  big: ['think big', 'thought big', 'thinking big'],
  bias: ['bias for action'],
  frugal: ['frugal', 'frugality', 'more with less'],
  trust: ['earn trust', 'earned trust', 'earning trust'],
  deep: ['dive deep', 'dove deep', 'dived deep', 'deep dive', 'deep dived'],
  backbone: ['disagree and commit', 'disagreed and committed', 'have backbone', 'had backbone'],
  results: ['deliver results', 'delivered results', 'delivering results'],
  employer: ['best employer'],
  scale: ['broad responsibility', 'at scale with'],
});

function countPrinciplesNamed(analysis: Analysis): number {
  const found = new Set<string>();
  for (const facts of analysis.facts) for (const hit of PRINCIPLE_NAMES.match(facts.sentence.tokens)) found.add(hit.category);
  return found.size;
}
/**
 * Acronyms of the interview format and of management jargon, which name nothing in the story: a buzzword list
 * ("NPS, churn, 8D, root cause") is no more real for them.
 */
const NOT_NAMES = new Set([
  'STAR', 'KPI', 'KPIS', 'KPIs', 'OKR', 'OKRs', 'NPS', 'CSAT', 'ROI', 'SLA', 'SLAs', 'CX', 'UX', 'MVP', 'YoY', 'QoQ', 'RCA',
  'CAPA', 'PDCA', 'DMAIC', '8D', '5S', 'Whys', 'B2B', 'B2C', 'AI', 'ML', 'LP', 'LPs',
  // The methods and measures of a plant improvement programme name no machine, line or place: "SMED, 5S, TPM", "OEE up 12%".
  'SMED', 'TPM', 'OEE', 'VSM', 'TQM', 'JIT', 'FMEA', 'SPC', 'SOP', 'SOPs', 'OEM', 'OEMs',
]);

/** Only the letters a-z and apostrophes. */
function isPlainLowerWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39)) return false;
  }
  return true;
}

/** "4,200 settlements", "12 nurses": a number before a noun that is not a stand-in. */
function isCountedThing(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && next.kind === 'word' && LOWER_START.test(next.text) && !VAGUE_NOUNS.has(next.lower) && !CHANGE_NOUNS.has(next.lower) && !COMPARED.has(next.lower);
}

/** "30% better", "3x faster", "20% up": a change with nothing named that changed. */
const COMPARED = new Set(['better', 'faster', 'quicker', 'higher', 'lower', 'cheaper', 'more', 'less', 'up', 'down', 'improvement', 'improved', 'increase', 'growth']);

/** Fewer words than this per STAR label is less than one real sentence a part. */
const LABEL_ONLY_WORDS = 12;

/** Words per STAR label in a labelled answer (three labels or more); infinite otherwise. */
function wordsPerLabel(analysis: Analysis, sections: Sections): number {
  if (!sections.labelled) return Number.POSITIVE_INFINITY;
  const labelled = analysis.facts.filter((f) => f.sentence.label !== undefined && f.sentence.label !== 'other');
  if (labelled.length < 3) return Number.POSITIVE_INFINITY;
  return Object.values(sections.words).reduce((a, b) => a + b, 0) / labelled.length;
}
