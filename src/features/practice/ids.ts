import { z } from 'zod';
import { PrincipleIdSchema } from '../../core/principles.js';

/** Modal callback ids and action ids of the practice flow (Bolt routes on them). */
export const PRACTICE_IDS = {
  answerView: 'lp_practice_answer',
  followUpView: 'lp_practice_followup_answer',
  feedbackView: 'lp_practice_feedback',
  toggleStar: 'lp_practice_toggle_star',
  /** "Answer out loud": the question goes to the person's DM, where a clip answers it. */
  outLoud: 'lp_practice_out_loud',
  followUp: 'lp_practice_followup',
  retry: 'lp_practice_retry',
  another: 'lp_practice_another',
  share: 'lp_practice_share',
  /** The daily prompt's button. */
  answerPrivately: 'lp_answer_privately',
} as const;

/** Input block ids; each input's element uses action id `text`. */
export const ANSWER_BLOCK = 'lp_answer';
export const FOLLOW_UP_BLOCK = 'lp_followup';
export const STAR_BLOCKS = {
  situation: 'lp_star_situation',
  task: 'lp_star_task',
  action: 'lp_star_action',
  result: 'lp_star_result',
  learning: 'lp_star_learning',
} as const;
export const INPUT_ACTION = 'text';

/**
 * What a modal carries in `private_metadata` (Slack sends it back with every submission and action). Short keys keep
 * it far below the 3000-character limit; story text is never put here, it is in the database.
 */
export const AnswerMetadataSchema = z.object({
  step: z.literal('answer'),
  /** Principle and question asked. */
  p: PrincipleIdSchema,
  q: z.string(),
  /** The daily prompt answered privately. */
  r: z.number().int().nullable(),
  /** "Try again": the story being reworded. */
  a: z.number().int().nullable(),
  /** Five STAR-L boxes instead of one. */
  star: z.boolean(),
});
export type AnswerMetadata = z.infer<typeof AnswerMetadataSchema>;

export const StoryMetadataSchema = z.object({
  step: z.enum(['followup', 'feedback']),
  a: z.number().int(),
  /** Follow-up: which of the feedback's follow-up questions is answered. */
  i: z.number().int().min(0).optional(),
});
export type StoryMetadata = z.infer<typeof StoryMetadataSchema>;

export function parseAnswerMetadata(raw: string): AnswerMetadata | undefined {
  return parseJson(raw, AnswerMetadataSchema);
}

export function parseStoryMetadata(raw: string): StoryMetadata | undefined {
  return parseJson(raw, StoryMetadataSchema);
}

function parseJson<T>(raw: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
