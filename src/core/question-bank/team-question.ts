import { z } from 'zod';
import { suggestPrinciples, resolvePrinciple, type Principle, type PrincipleId } from '../principles.js';
import { resolveTrack, type Track, type TrackId } from './tracks.js';

/** Limits of a team question: long enough to be a real question, short enough for a prompt and a modal. */
export const TEAM_QUESTION_LIMITS = { textMin: 20, textMax: 300, probeMin: 10, probeMax: 200, probesMax: 3 } as const;

/** The fields of a team question as typed in the modal or in an import row. */
export const TEAM_QUESTION_FIELDS = ['principle', 'question', 'probes', 'track'] as const;
export type TeamQuestionField = (typeof TEAM_QUESTION_FIELDS)[number];

/** A valid team question, ready to store. */
export interface TeamQuestionInput {
  principleId: PrincipleId;
  text: string;
  probes: string[];
  /** null: asked on every track (and on the built-in default). */
  track: TrackId | null;
}

/** Words that mean "every track" in the track field. */
const EVERY_TRACK = new Set(['', 'any', 'all', 'every', 'every track', 'everyone', 'default', '*', '-']);

export interface TeamQuestionContext {
  principles: readonly Principle[];
  tracks: readonly Track[];
}

export interface FieldProblem {
  /** Which field; undefined for the row as a whole (an unknown field, not an object). */
  field?: TeamQuestionField;
  message: string;
}

export type TeamQuestionCheck = { ok: true; value: TeamQuestionInput } | { ok: false; problems: FieldProblem[] };

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;

/**
 * The zod schema of one team question (principle by id, name or alias; probes as an array or one string with `|`
 * between them; track by id or alias, empty for every track). Every message says what to type instead.
 */
export function teamQuestionSchema({ principles, tracks }: TeamQuestionContext) {
  const { textMin, textMax, probeMin, probeMax, probesMax } = TEAM_QUESTION_LIMITS;
  const trackIds = tracks.map((t) => t.id).join(', ');
  return z.strictObject({
    principle: z
      .string({ error: 'principle is missing: give a principle id or name, e.g. `dive-deep` or `Dive Deep`' })
      .transform((typed, ctx) => {
        const principle = resolvePrinciple(typed, principles);
        if (principle !== undefined) return principle.id;
        const close = suggestPrinciples(typed, principles).map((p) => p.id);
        ctx.addIssue({
          code: 'custom',
          message:
            oneLine(typed) === ''
              ? 'principle is empty: give a principle id or name, e.g. `dive-deep` or `Dive Deep`'
              : `principle ${quote(oneLine(typed))} is not one of the 16: ${close.length > 0 ? `did you mean \`${close.join('` or `')}\`?` : 'use an id such as `dive-deep` or a name such as `Dive Deep`'}`,
        });
        return z.NEVER;
      }),
    question: z
      .string({ error: 'question is missing: write the question, e.g. "Tell me about a time you ..."' })
      .transform(oneLine)
      .pipe(
        z
          .string()
          .min(textMin, { error: (issue) => `question is ${String(issue.input).length} characters: write a full question of at least ${textMin}` })
          .max(textMax, { error: (issue) => `question is ${String(issue.input).length} characters: keep it to ${textMax}` }),
      ),
    probes: z
      .union([z.array(z.string()), z.string()], { error: `probes are text: up to ${probesMax} follow-up questions separated by |` })
      .nullish()
      .transform((value) => (value == null ? [] : typeof value === 'string' ? value.split('|') : value).map(oneLine).filter((p) => p !== ''))
      .pipe(
        z
          .array(
            z
              .string()
              .min(probeMin, { error: (issue) => `probe ${quote(String(issue.input))} is too short: write a follow-up question of at least ${probeMin} characters` })
              .max(probeMax, { error: (issue) => `a probe is ${String(issue.input).length} characters: keep each to ${probeMax}` }),
          )
          .max(probesMax, { error: (issue) => `${(issue.input as unknown[]).length} probes: give at most ${probesMax}, separated by |` }),
      ),
    track: z
      .string({ error: `track is text: one of ${trackIds}, or empty for every track` })
      .nullish()
      .transform((typed, ctx): TrackId | null => {
        const value = oneLine(typed ?? '').toLowerCase();
        if (EVERY_TRACK.has(value)) return null;
        const track = resolveTrack(value, tracks);
        if (track !== undefined) return track.id;
        ctx.addIssue({ code: 'custom', message: `track ${quote(value)} is not a track: use ${trackIds}, or leave it empty for every track` });
        return z.NEVER;
      }),
  });
}

/** Checks one question (a modal submission, an import row); every problem is reported, per field. */
export function checkTeamQuestion(raw: unknown, context: TeamQuestionContext): TeamQuestionCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ message: `not a question: each entry is an object with ${TEAM_QUESTION_FIELDS.join(', ')}` }] };
  }
  const parsed = teamQuestionSchema(context).safeParse(raw);
  if (parsed.success) {
    const { principle, question, probes, track } = parsed.data;
    return { ok: true, value: { principleId: principle, text: question, probes, track } };
  }
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const [first] = issue.path;
    const field = TEAM_QUESTION_FIELDS.find((f) => f === first);
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => quote(k)).join(', ')}: the fields are ${TEAM_QUESTION_FIELDS.join(', ')}`
        : issue.message;
    if (!problems.some((p) => p.message === message)) problems.push(field === undefined ? { message } : { field, message });
  }
  return { ok: false, problems };
}

/** The same question, for duplicate checks: case, spacing and the final punctuation do not count. */
export function questionKey(text: string): string {
  return oneLine(text).toLowerCase().replace(/[\s.?!]+$/, '');
}
