import { z } from 'zod';
import type { Content } from '../core/content.js';
import { scoreAnswer, UnknownPrincipleError } from '../core/rubric/index.js';

const BatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  answer: z.string(),
  principle: z.string().optional(),
  question: z.string().optional(),
});

/** One output line for one input line; `ok` is false when the line was rejected, so the batch can exit 2 at the end. */
export function scoreBatchLine(line: string, content: Content): { output: string; ok: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { output: JSON.stringify({ id: null, error: 'not a JSON object' }), ok: false };
  }
  const parsed = BatchLineSchema.safeParse(raw);
  const id = (raw as { id?: unknown } | null)?.id ?? null;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { output: JSON.stringify({ id, error: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}` }), ok: false };
  }
  const { answer, principle, question } = parsed.data;
  if (answer.trim() === '') return { output: JSON.stringify({ id, error: 'empty answer' }), ok: false };
  if (question !== undefined && !content.questions.some((q) => q.id === question)) {
    return { output: JSON.stringify({ id, error: `unknown question "${question}"` }), ok: false };
  }
  try {
    const feedback = scoreAnswer(answer, { content, ...(principle !== undefined ? { principle } : {}), ...(question !== undefined ? { question } : {}) });
    return { output: JSON.stringify({ id, ...feedback }), ok: true };
  } catch (error) {
    if (error instanceof UnknownPrincipleError) return { output: JSON.stringify({ id, error: error.message }), ok: false };
    throw error;
  }
}
