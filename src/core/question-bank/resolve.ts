import type { Content } from '../content.js';
import type { Question } from '../questions.js';
import { teamQuestionAsQuestion, type TeamQuestionLike } from './pool.js';

/** A question by the id a prompt, a practice round or an answer stored: built-in or a team's own (retired ones too). */
export type QuestionById = (id: string) => Question | undefined;

/**
 * Built-in ids first (a track's re-wording keeps the built-in id, and scoring uses the built-in question and probes),
 * then the team questions, whose ids (`team-<n>`) never clash with built-in ones. Retired team questions still
 * resolve, so an answer to one keeps its question.
 */
export function questionResolver(content: Pick<Content, 'questions'>, teamQuestion: (id: string) => TeamQuestionLike | undefined): QuestionById {
  const builtIn = new Map(content.questions.map((q) => [q.id, q]));
  return (id) => {
    const known = builtIn.get(id);
    if (known !== undefined) return known;
    const team = teamQuestion(id);
    return team === undefined ? undefined : teamQuestionAsQuestion(team);
  };
}
