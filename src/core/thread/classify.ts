/**
 * Is a reply in a prompt's thread a story, the answer to a follow-up, or just a comment? Pure: the caller looks up
 * whether the author has an open follow-up in the thread.
 */

import { countWordsInText } from '../words.js';

/**
 * Words, not tokens: mrkdwn markers, emoji codes, mentions and links don't make a comment an answer. Any script counts
 * (Chinese, Japanese and Thai are segmented, not split on spaces).
 */
export function countWords(text: string): number {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/:[a-z0-9_+-]+:/g, ' ')
    .replace(/[*_~`>]/g, ' ');
  return countWordsInText(plain);
}

/** A reply to a follow-up can be short ("Baseline was 40 minutes, after the change 12."), but not a one-word "thanks". */
export const FOLLOW_UP_REPLY_MIN_WORDS = 8;

/**
 * `unsure-follow-up-reply`: linked as the follow-up's reply, but long enough to be a story of its own, so the author is
 * asked privately with a "This is a new story" button.
 */
export type ReplyKind = 'story' | 'follow-up-reply' | 'unsure-follow-up-reply' | 'comment';

/** How a reply after a follow-up reads on its own; only read for replies of `minAnswerWords` or more. */
export interface ReplyAsStory {
  /** The rubric's section reading of the reply alone finds both a Situation and an Action: a story of its own. */
  situationAndAction: boolean;
  /** Words of the story the follow-up was asked on. */
  storyWords: number;
  /** Adding the reply to the story closes the gap the follow-up probed: clearly an answer to the question. */
  answersQuestion: boolean;
}

export interface ReplyFacts {
  words: number;
  /** LP_MIN_ANSWER_WORDS. */
  minAnswerWords: number;
  /** The author was asked a follow-up in this thread that no reply of theirs has answered yet. */
  hasOpenFollowUp: boolean;
  /** How the reply reads alone (see ReplyAsStory); without it a reply after a follow-up answers it. */
  asStory?: ReplyAsStory;
}

/**
 * The author's next substantial reply after a follow-up answers it (Slack threads are flat, so "next reply by the
 * author" is the only link there is), unless it is a complete story of its own: long enough and with its own Situation
 * and Action, or at least as long as the story and not closing the gap the follow-up asked about. A long reply that is
 * neither is linked as the follow-up's reply but flagged unsure (the author can re-file it). Otherwise a reply of
 * `minAnswerWords` or more is a new story and anything shorter is a comment that gets nothing.
 */
export function classifyReply({ words, minAnswerWords, hasOpenFollowUp, asStory }: ReplyFacts): ReplyKind {
  if (hasOpenFollowUp && words >= FOLLOW_UP_REPLY_MIN_WORDS) {
    if (asStory === undefined || words < minAnswerWords) return 'follow-up-reply';
    if (asStory.situationAndAction) return 'story';
    if (words >= asStory.storyWords && !asStory.answersQuestion) return 'story';
    return 'unsure-follow-up-reply';
  }
  return words >= minAnswerWords ? 'story' : 'comment';
}
