import type { types } from '@slack/bolt';
import type { FollowUpOutcome } from '../../core/thread/follow-up.js';
import { escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import { context, section } from './feedback-view.js';

type KnownBlock = types.KnownBlock;

/** The follow-up in the thread (or privately), addressed to the author. */
export function followUpPost(userId: string, question: string): { text: string; blocks: KnownBlock[] } {
  const text = `${userMention(userId)} a follow-up a bar raiser would ask: ${escapeMrkdwn(question)}`;
  return {
    text,
    blocks: [
      section('lp_followup', `${userMention(userId)} :mag: *A follow-up a bar raiser would ask:*\n${escapeMrkdwn(question)}`),
      context('lp_followup_howto', 'Reply in this thread; I will tell you privately whether your answer closes the gap.'),
    ],
  };
}

/** The private note after a reply to the follow-up. */
export function followUpNote(outcome: FollowUpOutcome): { text: string; blocks: KnownBlock[] } {
  const head = outcome.closed ? ':white_check_mark: *That closes the gap*' : ':small_orange_diamond: *Not closed yet*';
  const lines = [`${head} (${escapeMrkdwn(outcome.change)}).`];
  if (outcome.verdict !== '') lines.push(escapeMrkdwn(outcome.verdict));
  if (outcome.tip !== undefined) lines.push(`Next: ${escapeMrkdwn(outcome.tip)}`);
  return {
    text: `${outcome.closed ? 'That closes the gap' : 'Not closed yet'} (${outcome.change}).`,
    blocks: [section('lp_followup_note', lines.join('\n')), context('lp_followup_note_ctx', 'Linked to your story as a follow-up, not a new story.')],
  };
}

export function becameCommentNote(minWords: number): { text: string; blocks: KnownBlock[] } {
  const text = `After your edit the reply is under ${minWords} words, so it counts as a comment: its feedback and votes were removed.`;
  return { text, blocks: [section('lp_became_comment', text)] };
}
