import { z } from 'zod';
import { ContentError, contentFilePath, dataFileUrl, describeById, loadJsonArray } from './content-file.js';
import { PrincipleIdSchema, type Principle, type PrincipleId } from './principles.js';

/** What a follow-up probes; the rubric picks probes whose kind matches an answer's weakest criterion. */
export const PROBE_KINDS = ['metrics', 'tradeoffs', 'ownership', 'learning', 'detail'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export const ProbeSchema = z.object({
  kind: z.enum(PROBE_KINDS),
  text: z.string().min(10),
});
export type Probe = z.infer<typeof ProbeSchema>;

export const QuestionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes'),
  principle: PrincipleIdSchema,
  text: z.string().min(20),
  /** Questions about a meaningful failure and what was learned. */
  theme: z.literal('failure').optional(),
  probes: z.array(ProbeSchema).min(2).max(4),
});
export type Question = z.infer<typeof QuestionSchema>;

export const MIN_QUESTIONS_PER_PRINCIPLE = 6;

export function loadQuestions(
  principles: readonly Principle[],
  file: URL | string = dataFileUrl('questions.json'),
): Question[] {
  const questions = loadJsonArray(file, z.array(QuestionSchema), describeById);
  const firstIndex = new Map<string, number>();
  questions.forEach((question, index) => {
    const first = firstIndex.get(question.id);
    if (first !== undefined) {
      throw new ContentError(
        `${contentFilePath(file)}: ${describeById(question, index)}, field id: already used by entry ${first}`,
      );
    }
    firstIndex.set(question.id, index);
  });
  for (const principle of principles) {
    const count = questionsFor(principle.id, questions).length;
    if (count < MIN_QUESTIONS_PER_PRINCIPLE) {
      throw new ContentError(
        `${contentFilePath(file)}: principle "${principle.id}", field principle: ${count} questions name it; at least ${MIN_QUESTIONS_PER_PRINCIPLE} are needed`,
      );
    }
  }
  return questions;
}

export function questionsFor(principleId: PrincipleId, questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.principle === principleId);
}
