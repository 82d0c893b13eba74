import type { types } from '@slack/bolt';
import { OTHER_LANGUAGE_MESSAGE, OTHER_LANGUAGE_NEXT_STEP } from '../core/language.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';

type KnownBlock = types.KnownBlock;

export interface OtherLanguageReplyInput {
  principleName: string;
  /** Where the author reads it: privately under a thread reply, or in the practice modal. */
  where: 'thread' | 'practice';
  /**
   * Whether the story counts toward a streak: every thread answer does; a practice story only when it answers a daily
   * prompt ("Answer privately"). Default true.
   */
  countsTowardStreak?: boolean;
}

/**
 * The one private reply to a story the rubric cannot read (src/core/language.ts): said once and kindly, in place of
 * nine "Not scored" criteria. The story itself is stored and scored as usual (it stays below the bar, so it never
 * counts toward coverage) and, as any answer to a prompt, toward the streak.
 */
export function buildOtherLanguageReply({ principleName, where, countsTowardStreak = true }: OtherLanguageReplyInput): {
  text: string;
  blocks: KnownBlock[];
} {
  const first = countsTowardStreak ? OTHER_LANGUAGE_MESSAGE : OTHER_LANGUAGE_MESSAGE.replace(' and counts toward your streak', '');
  const footer =
    where === 'thread'
      ? 'Only you can see this. Edit your reply, or reply again in English, to get feedback.'
      : '*Try again* opens your story to retell it in English.';
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: 'lp_other_language',
      text: { type: 'mrkdwn', text: `:globe_with_meridians: Thank you for your *${escapeMrkdwn(principleName)}* story. ${first}` },
    },
    { type: 'context', block_id: 'lp_other_language_next', elements: [{ type: 'mrkdwn', text: `${OTHER_LANGUAGE_NEXT_STEP} ${footer}` }] },
  ];
  return { text: first, blocks };
}
