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
export function resolvePrinciple(input: string, principles: readonly Principle[]): Principle | undefined {
  const key = normalizePrincipleName(input);
  if (key === '') return undefined;
  return principles.find(
    (p) =>
      normalizePrincipleName(p.id) === key ||
      normalizePrincipleName(p.name) === key ||
      p.aliases.some((alias) => normalizePrincipleName(alias) === key),
  );
}
