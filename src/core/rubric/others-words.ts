import { countWordsInText } from '../words.js';

/**
 * Where a story quotes somebody else. What a customer, a manager or a critic said sets the scene or reports an effect
 * ("You've made it sound like she ran away", "he said we were thinking too small"); it is not what the teller did, so
 * the principle a story shows is read mostly from the rest. A quote is somebody else's when the speech verb nearest
 * to it has a subject other than "I" or "we" ("Her press officer rang and said, "...""; ""...", my manager said").
 * The teller's own words ("I told her, "...""), quotes no verb attributes (a sign, a headline, a thought) and short
 * ones (a word or two in quotation marks names something) are read as the story's.
 *
 * The text is the analysis' normalised text, whose curly quotation marks are straight ones; spans are [start, end)
 * offsets of the quoted words, marks excluded.
 */
export function othersWords(text: string): Array<[number, number]> {
  const marks: number[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) marks.push(at);
  const spans: Array<[number, number]> = [];
  let previousClose = -1;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k] as number;
    const close = marks[k + 1] as number;
    const inner = text.slice(open + 1, close);
    if (countWordsInText(inner) >= MIN_QUOTE_WORDS && speakerOf(text, previousClose + 1, open, close) === 'other') spans.push([open + 1, close]);
    previousClose = close;
  }
  return spans;
}

/** Whether offset `at` lies inside one of `spans` (sorted, as othersWords returns them). */
export function insideSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  for (const [start, end] of spans) {
    if (at < start) return false;
    if (at < end) return true;
  }
  return false;
}

/** A quote of fewer words names something ("the "quit" headline", "a "quick fix"") rather than reporting speech. */
const MIN_QUOTE_WORDS = 3;
/** How far before a quote its speech verb is looked for: the clause that introduces it. */
const LEAD_CHARS = 80;
/** How far after a quote its trailing attribution ("..., she said") is looked for. */
const TAIL_CHARS = 40;

const SPEECH_VERBS =
  'said|says|say|told|tells|tell|asked|asks|replied|replies|answered|wrote|writes|added|shouted|yelled|snapped|' +
  'complained|insisted|argued|warned|explained|admitted|texted|emailed|messaged|put it|thought|wondered|joked|' +
  'laughed|pointed out|kept saying|keeps saying';
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gi');
/** The subjects a clause can have as pronouns; a clause with none has a noun for one ("my manager said"). */
const SUBJECT_PRONOUN = /\b(i|we|he|she|they|you)\b/gi;
/** "..., I said" / "..." said my manager / "..." my manager said. */
const TAIL_OWN = new RegExp(`^\\s*[,.!?]?\\s*(?:i|we)\\s+(?:${SPEECH_VERBS})\\b`, 'i');
const TAIL_OTHER = new RegExp(`^\\s*[,.!?]?\\s*(?:(?:${SPEECH_VERBS})\\s+\\w|(?:[\\w']+\\s+){1,3}(?:${SPEECH_VERBS})\\b)`, 'i');

function speakerOf(text: string, from: number, open: number, close: number): 'own' | 'other' | 'unknown' {
  const lead = text.slice(Math.max(from, open - LEAD_CHARS), open);
  const verb = lastSpeechVerb(lead);
  if (verb !== undefined) {
    // The verb's subject is the nearest pronoun before it in its sentence ("I called her back and said": I; "I rang
    // the client and she told me": she); with none, a noun ("Her press officer rang and said").
    const before = lead.slice(0, verb.index);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
    const subjects = clause.match(SUBJECT_PRONOUN);
    const subject = subjects?.[subjects.length - 1]?.toLowerCase();
    return subject === 'i' || subject === 'we' ? 'own' : 'other';
  }
  const tail = text.slice(close + 1, close + 1 + TAIL_CHARS);
  if (TAIL_OWN.test(tail)) return 'own';
  if (TAIL_OTHER.test(tail)) return 'other';
  return 'unknown';
}

/** The last speech verb in `lead` with no sentence end after it: the verb that introduces the quote. */
function lastSpeechVerb(lead: string): { index: number } | undefined {
  let last: { index: number } | undefined;
  SPEECH_VERB.lastIndex = 0;
  for (let match = SPEECH_VERB.exec(lead); match !== null; match = SPEECH_VERB.exec(lead)) last = { index: match.index };
  return last !== undefined && !/[.!?]/.test(lead.slice(last.index)) ? last : undefined;
}

