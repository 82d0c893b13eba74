/**
 * Is a reply in a prompt's thread a story, the answer to a follow-up, or just a comment? Pure: the caller looks up
 * whether the author has an open follow-up in the thread.
 */

/** Words, not tokens: mrkdwn markers, emoji codes, mentions and links don't make a comment an answer. */
export function countWords(text: string): number {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/:[a-z0-9_+-]+:/g, ' ')
    .replace(/[*_~`>]/g, ' ');
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A reply to a follow-up can be short ("Baseline was 40 minutes, after the change 12."), but not a one-word "thanks". */
export const FOLLOW_UP_REPLY_MIN_WORDS = 8;

export type ReplyKind = 'story' | 'follow-up-reply' | 'comment';

export interface ReplyFacts {
  words: number;
  /** LP_MIN_ANSWER_WORDS. */
  minAnswerWords: number;
  /** The author was asked a follow-up in this thread that no reply of theirs has answered yet. */
  hasOpenFollowUp: boolean;
}

/**
 * The author's next substantial reply after a follow-up answers it (Slack threads are flat, so "next reply by the
 * author" is the only link there is); otherwise a reply of `minAnswerWords` or more is a new story and anything
 * shorter is a comment that gets nothing.
 */
export function classifyReply({ words, minAnswerWords, hasOpenFollowUp }: ReplyFacts): ReplyKind {
  if (hasOpenFollowUp && words >= FOLLOW_UP_REPLY_MIN_WORDS) return 'follow-up-reply';
  return words >= minAnswerWords ? 'story' : 'comment';
}
