import type { Content } from '../../core/content.js';
import { principleName, type PrincipleId } from '../../core/principles.js';
import { scoreAnswer } from '../../core/rubric/index.js';
import type { Outbox } from '../../slack/outbox.js';
import type { QuestionById } from '../../core/question-bank/resolve.js';
import type { FeedbackStore } from '../../store/feedback.js';
import type { PracticeStore } from '../../store/practice.js';
import type { PendingClip, SpokenStore } from '../../store/spoken.js';
import { buildFeedbackMessage } from '../thread-answers/feedback-view.js';
import type { SpokenTranscript } from '../thread-answers/service.js';
import { oweToAuthor, type OwedCallSpec } from '../thread-answers/owed.js';

export interface PracticeClipDeps {
  spoken: SpokenStore;
  practice: Pick<PracticeStore, 'recordPractice'>;
  feedback: FeedbackStore;
  content: Content;
  outbox: Outbox;
  clock: () => Date;
  /** Built-in and team questions by id (see questionResolver). */
  questionById?: QuestionById;
}

/**
 * A /lp practice answer told in a clip in the person's DM: stored as a practice story (a practice round, so a
 * question from a daily prompt keeps the streak), with how it was said, in the transaction that ends the clip's wait;
 * its feedback, with the delivery, is owed as a message in the same DM.
 */
export function practiceClipScorer(deps: PracticeClipDeps) {
  return async (clip: PendingClip, transcript: SpokenTranscript, after: readonly OwedCallSpec[]): Promise<number | undefined> => {
    const { spoken, practice, feedback: feedbackStore, content, outbox, clock } = deps;
    const question = clip.questionId === null ? undefined : (deps.questionById?.(clip.questionId) ?? clip.questionId);
    const feedback = scoreAnswer(transcript.text, { principle: clip.principleId, ...(question === undefined ? {} : { question }), content });
    const name = principleName(content.principles, clip.principleId);
    const stored = outbox.transaction(() => {
      if (!spoken.removePending(clip.id)) return undefined;
      const answerId = practice.recordPractice({
        userId: clip.userId,
        principleId: clip.principleId as PrincipleId,
        questionId: clip.questionId,
        text: transcript.text,
        promptId: clip.promptId,
        at: clock(),
      });
      spoken.recordSpoken(answerId, clip.fileId, transcript.delivery);
      feedbackStore.insert(answerId, feedback, clock());
      const card = buildFeedbackMessage({ feedback, principleName: name, audience: 'private', answerId, delivery: transcript.delivery });
      const about = { answerId, userId: clip.userId };
      const calls = [
        oweToAuthor(outbox, { kind: 'feedback', method: 'chat.postMessage', args: { channel: clip.channelId, ...card }, sinceTs: clip.messageTs, ...about }),
        ...after.map((call) => oweToAuthor(outbox, { ...call, ...about })),
      ].filter((id): id is number => id !== undefined);
      return { answerId, calls };
    });
    if (stored === undefined) return undefined;
    for (const call of stored.calls) await outbox.deliver(call);
    return stored.answerId;
  };
}
