import { z } from 'zod';
import { PrincipleIdSchema } from '../principles.js';
import { CRITERION_IDS } from './criteria/types.js';
import { NUMBER_KINDS } from './numbers.js';
import { GATE_IDS } from './gates.js';
import { LEVELS } from './score.js';
import { SECTION_IDS } from './sections.js';

export const CriterionFeedbackSchema = z.object({
  score: z.number().int().min(0).max(4),
  verdict: z.string().min(1),
  evidence: z.array(z.string()),
  tip: z.string().min(1),
});

const criteriaShape = Object.fromEntries(CRITERION_IDS.map((id) => [id, CriterionFeedbackSchema])) as Record<
  (typeof CRITERION_IDS)[number],
  typeof CriterionFeedbackSchema
>;
const sectionsShape = Object.fromEntries(SECTION_IDS.map((id) => [id, z.string().nullable()])) as Record<
  (typeof SECTION_IDS)[number],
  z.ZodNullable<z.ZodString>
>;

/** How well the story shows the principle asked: strong (3-4), partial (2), weak (0-1); null when none was asked. */
export const FITS = ['strong', 'partial', 'weak'] as const;
export type Fit = (typeof FITS)[number];

/** Feedback on one answer, as returned by `scoreAnswer` and stored as JSON. */
export const FeedbackSchema = z.object({
  /** Absent in feedback stored before rubric v2. */
  rubricVersion: z.number().int().min(1).default(1),
  score: z.number().int().min(0).max(100),
  level: z.enum(LEVELS),
  /** The first gate that holds the story below the bar, in one line; null when it passes them all. */
  gate: z.object({ id: z.enum(GATE_IDS), message: z.string().min(1) }).nullable().default(null),
  /** Every gate the story fails, in order. */
  gates: z.array(z.enum(GATE_IDS)).default([]),
  principle: z.object({
    asked: PrincipleIdSchema.nullable(),
    fit: z.enum(FITS).nullable(),
    detected: z.array(PrincipleIdSchema),
    /** The principles the story fits best (strong or partial), best first; absent before rubric v2. */
    bestFit: z.array(z.object({ id: PrincipleIdSchema, fit: z.enum(FITS) })).default([]),
  }),
  criteria: z.object(criteriaShape),
  sections: z.object(sectionsShape),
  stats: z.object({
    words: z.number().int().min(0),
    seconds: z.number().int().min(0),
    firstPersonSingular: z.number().int().min(0),
    firstPersonPlural: z.number().int().min(0),
    numbers: z.array(z.object({ text: z.string(), kind: z.enum(NUMBER_KINDS) })),
  }),
  followUps: z.array(z.string().min(1)).min(2).max(4),
  tips: z.array(z.string().min(1)).min(1).max(3),
});

export type Feedback = z.infer<typeof FeedbackSchema>;
export type CriterionFeedback = z.infer<typeof CriterionFeedbackSchema>;
