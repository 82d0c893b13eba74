import type { Content } from '../content.js';
import type { PrincipleId } from '../principles.js';
import type { Question } from '../questions.js';
import { trackQuestions, type Track, type TrackId } from './tracks.js';

/** A team question as the daily prompt needs it (the store's row, or a test's). */
export interface TeamQuestionLike {
  id: string;
  principleId: PrincipleId;
  text: string;
  probes: readonly string[];
  /** null: every track. */
  track: TrackId | null;
}

/** A team question in the built-in shape; its probes have no kind, so they count as 'detail'. */
export function teamQuestionAsQuestion(question: TeamQuestionLike): Question {
  return { id: question.id, principle: question.principleId, text: question.text, probes: question.probes.map((text) => ({ kind: 'detail', text })) };
}

/**
 * The questions a channel's prompt is chosen from: its track's built-in questions in the track's wording (the whole
 * built-in bank when no track is set), plus the channel's active team questions for that track or for every track.
 * With no track and no team questions this is exactly `content.questions`, the behaviour from before tracks.
 */
export function channelQuestionPool(
  content: Pick<Content, 'questions'>,
  track: Track | undefined,
  teamQuestions: readonly TeamQuestionLike[],
): readonly Question[] {
  const own = teamQuestions.filter((q) => q.track === null || q.track === track?.id).map(teamQuestionAsQuestion);
  if (track === undefined && own.length === 0) return content.questions;
  const base = track === undefined ? content.questions : trackQuestions(track, content.questions);
  return [...base, ...own];
}
