import { z } from 'zod';
import { ContentError, contentFilePath, dataFileUrl, describeById, loadJsonArray } from './content-file.js';

export const PRINCIPLE_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;

export const PrincipleIdSchema = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof PrincipleIdSchema>;

export const PrincipleSchema = z.object({
  id: PrincipleIdSchema,
  name: z.string().min(3),
  description: z.string().min(40),
  /** Words and phrases an answer that demonstrates the principle tends to contain (lower case). */
  // The rubric matches signals against a lower-cased answer, so a capital letter would make a signal never match.
  signals: z.array(z.string().min(2).regex(/^[^A-Z]+$/, 'use lower case')).min(3),
  /** Extra names people type for it: `cx`, `backbone`, `disagree and commit`. */
  aliases: z.array(z.string().min(2)),
});
export type Principle = z.infer<typeof PrincipleSchema>;

const PrinciplesFileSchema = z.array(PrincipleSchema).superRefine((principles, ctx) => {
  const seen = new Set(principles.map((p) => p.id));
  for (const id of PRINCIPLE_IDS) {
    if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `principle "${id}" is missing`, path: [] });
  }
  if (principles.length !== PRINCIPLE_IDS.length) {
    ctx.addIssue({ code: 'custom', message: `expected ${PRINCIPLE_IDS.length} principles, found ${principles.length}`, path: [] });
  }
});

/** Lower case, with spaces, dashes, underscores and apostrophes folded, so "Dive Deep", "dive-deep" and "DIVE_DEEP" meet. */
export function normalizePrincipleName(input: string): string {
  return input
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function loadPrinciples(file: URL | string = dataFileUrl('principles.json')): Principle[] {
  const principles = loadJsonArray(file, PrinciplesFileSchema, describeById);
  const owners = new Map<string, string>();
  principles.forEach((principle, index) => {
    const names: [field: string, name: string][] = [
      ['id', principle.id],
      ['name', principle.name],
      ...principle.aliases.map((alias): [string, string] => ['aliases', alias]),
    ];
    for (const [field, name] of names) {
      const key = normalizePrincipleName(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== principle.id) {
        throw new ContentError(
          `${contentFilePath(file)}: ${describeById(principle, index)}, field ${field}: "${name}" is also a name of "${owner}"`,
        );
      }
      owners.set(key, principle.id);
    }
  });
  return principles;
}

/** Finds a principle by id, official name or alias, in any case, with spaces or dashes. */
/** A principle's name for display, or its id when the content no longer has it. */
export function principleName(principles: readonly Pick<Principle, 'id' | 'name'>[], id: string): string {
  return principles.find((p) => p.id === id)?.name ?? id;
}

export function resolvePrinciple(input: string, principles: readonly Principle[]): Principle | undefined {
  const key = normalizePrincipleName(input);
  if (key === '') return undefined;
  return namesOf(principles).get(key);
}

/** Each principle's normalized id, name and aliases, built once per list: every scored answer resolves its principle. */
const nameIndexes = new WeakMap<readonly Principle[], Map<string, Principle>>();

function namesOf(principles: readonly Principle[]): Map<string, Principle> {
  let index = nameIndexes.get(principles);
  if (index === undefined) {
    index = new Map();
    // The first principle in the list that answers to a name keeps it, as a search in that order would find it.
    for (const p of principles) {
      for (const name of [p.id, p.name, ...p.aliases]) {
        const key = normalizePrincipleName(name);
        if (!index.has(key)) index.set(key, p);
      }
    }
    nameIndexes.set(principles, index);
  }
  return index;
}

/** Words that carry no meaning in a principle's name ("Learn and Be Curious" is about "learn" and "curious"). */
const NAME_FILLER = new Set(['and', 'the', 'of', 'a', 'an', 'on', 'be', 'for', 'to', 'are', 'have', 'is', 'with', 'do', 'it']);
/** Longer input than this is not a mistyped name; nothing is suggested. */
const MAX_SUGGESTION_INPUT = 60;
/** A whole name at least this similar (1 - edits / length) is a likely typo of it. */
const MIN_NAME_SIMILARITY = 0.7;

/** Edits (insert, delete, substitute, swap two neighbours) from one string to the other. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function similarity(a: string, b: string): number {
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Two words are the same word give or take a typo or an ending ("frugal" / "frugality", "deliver" / "delivering"). */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (typed.length >= 4 && word.length >= 4 && (typed.startsWith(word) || word.startsWith(typed))) return true;
  return typed.length >= 4 && editDistance(typed, word) <= (typed.length >= 7 ? 2 : 1);
}

const meaningfulWords = (key: string) => key.split(' ').filter((w) => w !== '' && !NAME_FILLER.has(w));

/**
 * How close typed text is to one name of a principle, 0 to 1: the better of the whole name's similarity (typos,
 * missing spaces: "deepdive", "ownrship") and the share of the typed words found in the name ("deep dive",
 * "delivering results").
 */
function closeness(key: string, name: string): number {
  const whole = similarity(key.replace(/ /g, ''), name.replace(/ /g, ''));
  const typed = meaningfulWords(key);
  const words = meaningfulWords(name);
  if (typed.length === 0 || words.length === 0) return whole >= MIN_NAME_SIMILARITY ? whole : 0;
  const found = typed.filter((t) => words.some((w) => sameWord(t, w))).length / typed.length;
  return Math.max(whole >= MIN_NAME_SIMILARITY ? whole : 0, found >= 0.5 ? 0.5 + found / 2.5 : 0);
}

/**
 * The principles a person most likely meant by a name we don't know, closest first, at most `max`: matched against
 * ids, names and aliases by edit distance and shared words. Empty when nothing is close (then list them all).
 */
export function suggestPrinciples(input: string, principles: readonly Principle[], max = 2): Principle[] {
  const key = normalizePrincipleName(input);
  if (key === '' || key.length > MAX_SUGGESTION_INPUT) return [];
  const scored = principles
    .map((principle) => ({
      principle,
      score: Math.max(...[principle.id, principle.name, ...(principle.aliases ?? [])].map((name) => closeness(key, normalizePrincipleName(name)))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  // A clear winner stands alone; near-ties are offered together.
  return scored.filter((s) => s.score >= best - 0.15).slice(0, max).map((s) => s.principle);
}
