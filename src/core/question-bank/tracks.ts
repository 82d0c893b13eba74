import { z } from 'zod';
import { ContentError, contentFilePath, dataFileUrl, describeById, loadJsonArray } from '../content-file.js';
import { PRINCIPLE_IDS, PrincipleIdSchema, type Principle, type PrincipleId } from '../principles.js';
import type { Question } from '../questions.js';

/** The built-in tracks; a channel with no track set asks the whole built-in bank, as before tracks existed. */
export const TRACK_IDS = ['swe', 'pm', 'em', 'ops'] as const;
export const TrackIdSchema = z.enum(TRACK_IDS);
export type TrackId = z.infer<typeof TrackIdSchema>;

/** Each track must prefer at least this many built-in questions per principle, so every principle stays askable. */
export const MIN_TRACK_QUESTIONS_PER_PRINCIPLE = 2;

export const TrackSchema = z.object({
  id: TrackIdSchema,
  name: z.string().min(2),
  aliases: z.array(z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes')),
  description: z.string().min(10),
  /**
   * How often the role's loops ask each principle: 1 (now and then), 2 (often), 3 (in most loops). Every principle
   * has one. Used to weigh interview plans.
   */
  weights: z.record(PrincipleIdSchema, z.number().int().min(1).max(3)),
  /** Built-in question ids the track asks, in the bank's order. */
  questions: z.array(z.string()).min(PRINCIPLE_IDS.length * MIN_TRACK_QUESTIONS_PER_PRINCIPLE),
  /** Re-wordings for the role, by built-in question id (each must also be in `questions`). */
  wordings: z.record(z.string(), z.string().min(20)),
  /** The role's metrics cheat-sheet for `/lp help metrics`: one line each. */
  metrics: z.array(z.string().min(5)).min(3),
});
export type Track = z.infer<typeof TrackSchema>;

/**
 * Loads `data/tracks.json` and checks it against the built-in bank: every question id named exists, every wording
 * is of a question the track asks, and every principle keeps at least MIN_TRACK_QUESTIONS_PER_PRINCIPLE questions.
 */
export function loadTracks(
  principles: readonly Principle[],
  questions: readonly Question[],
  file: URL | string = dataFileUrl('tracks.json'),
): Track[] {
  const tracks = loadJsonArray(file, z.array(TrackSchema), describeById);
  const path = contentFilePath(file);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  tracks.forEach((track, index) => {
    const where = `${path}: ${describeById(track, index)}`;
    for (const name of [track.id, ...track.aliases]) {
      if (seen.has(name)) throw new ContentError(`${where}, field aliases: "${name}" is already the id or alias of another track`);
      seen.add(name);
    }
    for (const id of track.questions) {
      if (!byId.has(id)) throw new ContentError(`${where}, field questions: no built-in question has the id "${id}"`);
    }
    for (const id of Object.keys(track.wordings)) {
      if (!track.questions.includes(id)) throw new ContentError(`${where}, field wordings: "${id}" is not in the track's questions`);
    }
    for (const principle of principles) {
      const count = track.questions.filter((id) => byId.get(id)?.principle === principle.id).length;
      if (count < MIN_TRACK_QUESTIONS_PER_PRINCIPLE) {
        throw new ContentError(
          `${where}, field questions: ${count} questions for principle "${principle.id}"; at least ${MIN_TRACK_QUESTIONS_PER_PRINCIPLE} are needed`,
        );
      }
    }
  });
  for (const id of TRACK_IDS) {
    if (!tracks.some((t) => t.id === id)) throw new ContentError(`${path}: the track "${id}" is missing`);
  }
  return tracks;
}

/** A track by id, name or alias, in any case ("PM", "product", "Software engineer"); undefined when none matches. */
export function resolveTrack(input: string, tracks: readonly Track[]): Track | undefined {
  const typed = input.trim().toLowerCase();
  if (typed === '') return undefined;
  const dashed = typed.replace(/[\s_]+/g, '-');
  return tracks.find((t) => t.id === typed || t.aliases.includes(dashed) || t.name.toLowerCase() === typed);
}

/** The track with this id (e.g. a channel's `trackOf`); undefined for null, or an id the loaded tracks lack. */
export function trackById(tracks: readonly Track[], id: TrackId | null): Track | undefined {
  return id === null ? undefined : tracks.find((t) => t.id === id);
}

/** The built-in questions a track asks, worded for the role (the id stays the built-in one, so history lines up). */
export function trackQuestions(track: Track, questions: readonly Question[]): Question[] {
  const wanted = new Set(track.questions);
  return questions
    .filter((q) => wanted.has(q.id))
    .map((q) => {
      const text = track.wordings[q.id];
      return text === undefined ? q : { ...q, text };
    });
}

/** How often the track's loops ask the principle (1-3). */
export function trackWeight(track: Track, principleId: PrincipleId): number {
  return track.weights[principleId] ?? 1;
}

/** `swe`, `pm`, `em`, `ops` as typed in commands. */
export function trackChoices(tracks: readonly Track[]): string {
  return tracks.map((t) => `\`${t.id}\` (${t.name})`).join(', ');
}

/** `/lp help metrics` in a channel without a track: numbers every role can use. */
export const GENERAL_METRICS: readonly string[] = [
  'Time: hours or days saved, cycle time or lead time before and after',
  'Money: cost saved or revenue gained, in $ per month or year',
  'Customers: how many were affected, complaints or tickets, satisfaction scores',
  'Quality: error or defect rate, rework, incidents',
  'Scale: people, teams, users or volume the change reached',
];
