import type { types } from '@slack/bolt';
import { buildOtherLanguageReply } from '../other-language-reply.js';
import { PRACTICE_IDS, type StoryMetadata } from './ids.js';
import type { FeedbackResult } from './service.js';
import { questionContext, retryButtons } from './views.js';

/**
 * The feedback modal for a story the rubric cannot read: the one kind note (buildOtherLanguageReply) instead of nine
 * criteria, with Try again (to retell it in English) and Another question.
 */
export function buildOtherLanguageModal(result: FeedbackResult, notice?: string): types.ModalView {
  const metadata: StoryMetadata = { step: 'feedback', a: result.answerId };
  const reply = buildOtherLanguageReply({ principleName: result.principle.name, where: 'practice', countsTowardStreak: result.answersPrompt === true });
  return {
    type: 'modal',
    callback_id: PRACTICE_IDS.feedbackView,
    title: { type: 'plain_text', text: 'Your story' },
    close: { type: 'plain_text', text: 'Done' },
    private_metadata: JSON.stringify(metadata),
    blocks: [
      questionContext(result),
      ...(notice === undefined ? [] : [{ type: 'section' as const, block_id: 'lp_notice', text: { type: 'mrkdwn' as const, text: notice } }]),
      ...reply.blocks,
      { type: 'actions', block_id: 'lp_next', elements: retryButtons(result) },
    ],
  };
}
