import { AGENTS, type SentenceReader } from './tradeoff-sentence.js';
import type { Token } from './text.js';

/**
 * A course someone else put to the speaker, and the speaker's "no" to it: an option weighed and set aside even when
 * the two are told apart ("My uncle said blend it in, nobody will notice. [...] I said no.") or the refusal stands
 * inside a longer sentence ("The operators asked me to remove the password too; this I refused, because...").
 */

/** Verbs by which someone else puts a course to the speaker. */
const PROPOSING = new Set(['suggested', 'proposed', 'wanted', 'asked', 'told', 'pushed', 'insisted', 'recommended', 'urged', 'offered']);
/** What "said" is followed by when it reports a fact rather than a course: "said that...", "said it was fine". */
const REPORTED = new Set(['that', 'it', 'the', 'this', 'there', 'he', 'she', 'they', 'no', 'yes', 'so', 'something', 'nothing', 'hello', 'thanks', 'sorry', 'a', 'an']);
const SHOULD = new Set(['should', 'could', 'must', 'ought', "should've"]);

/** Someone other than the speaker's side puts a course forward in `tokens`: "the super wanted us setting steel", "said blend it". */
export function proposesCourse(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length - 1; k++) {
    const verb = (tokens[k] as Token).lower;
    const subject = (tokens[k - 1] as Token).lower;
    if (AGENTS.has(subject) || subject === 'was' || subject === 'were' || subject === 'been') continue;
    const next = tokens[k + 1] as Token;
    if (PROPOSING.has(verb)) return true;
    if (verb !== 'said') continue;
    // "said we should wait", "said blend it into the acholado": a course; "said that the scale was wrong": a report.
    if ((next.lower === 'we' || next.lower === 'i' || next.lower === 'you') && SHOULD.has(tokens[k + 2]?.lower ?? '')) return true;
    if (next.kind === 'word' && !REPORTED.has(next.lower) && !next.lower.endsWith('ed') && !AGENTS.has(next.lower) && next.lower !== 'you') return true;
  }
  return false;
}

/** Where a refusal by the speaker starts at `k`: "I said no", "I refused", "we declined", "I turned it down". */
function refusalAt(reader: SentenceReader, k: number): number | undefined {
  if (!AGENTS.has(reader.lower(k))) return undefined;
  const verb = reader.lower(k + 1);
  if (verb === 'said' && reader.lower(k + 2) === 'no') return k + 3;
  if (verb === 'refused' || verb === 'declined') return k + 2;
  if (verb === 'turned' && ['it', 'that', 'them', 'this'].includes(reader.lower(k + 2)) && reader.lower(k + 3) === 'down') return k + 4;
  return undefined;
}

/**
 * "I said no." right after someone else's course ("My uncle said blend it into the acholado"), in one of the two
 * sentences before: the course was weighed and refused. A bare "I said no" with no course before it refuses nothing
 * the story has named.
 */
export function refusedProposal(reader: SentenceReader): [number, number] | undefined {
  const end = refusalAt(reader, 0);
  if (end === undefined) return undefined;
  return proposesCourse(reader.previous) || proposesCourse(reader.earlier) ? [0, Math.min(reader.tokens.length, Math.max(end, 8))] : undefined;
}

/**
 * "...; this I refused, because it is not safe", "but I declined, because": a refusal opening a later clause, with
 * its reason at once.
 */
export function refusalClauseWithReason(reader: SentenceReader): [number, number] | undefined {
  for (let k = 1; k < reader.tokens.length - 3; k++) {
    const end = refusalAt(reader, k);
    if (end === undefined) continue;
    const opensClause = /[;:,]/.test(reader.gapAfter(k - 1)) || ['but', 'so', 'this', 'that'].includes(reader.lower(k - 1));
    if (!opensClause) continue;
    const because = reader.tokens.findIndex((t, i) => i >= end && i < end + 4 && t.lower === 'because');
    if (because > 0) return [Math.max(0, k - 1), Math.min(reader.tokens.length, because + 6)];
  }
  return undefined;
}
