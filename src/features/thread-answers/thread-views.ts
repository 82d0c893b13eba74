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

/** The button under an unsure follow-up note; its value is the reply's answer id. */
export const REFILE_STORY_ACTION = 'lp_refile_story';

/**
 * The private note after a reply to the follow-up. `refileAnswerId`: the reply is long enough to be a story of its own,
 * so the note offers to re-file it as one.
 */
export function followUpNote(outcome: FollowUpOutcome, refileAnswerId?: number): { text: string; blocks: KnownBlock[] } {
  const head = outcome.closed ? ':white_check_mark: *That closes the gap*' : ':small_orange_diamond: *Not closed yet*';
  const lines = [`${head} (${escapeMrkdwn(outcome.change)}).`];
  if (outcome.verdict !== '') lines.push(escapeMrkdwn(outcome.verdict));
  if (outcome.tip !== undefined) lines.push(`Next: ${escapeMrkdwn(outcome.tip)}`);
  return {
    text: `${outcome.closed ? 'That closes the gap' : 'Not closed yet'} (${outcome.change}).`,
    blocks: [
      section('lp_followup_note', lines.join('\n')),
      context('lp_followup_note_ctx', 'Linked to your story as a follow-up, not a new story.'),
      ...(refileAnswerId === undefined ? [] : [refileBlock(refileAnswerId)]),
    ],
  };
}

function refileBlock(answerId: number): KnownBlock {
  return {
    type: 'actions',
    block_id: 'lp_refile',
    elements: [
      {
        type: 'button',
        action_id: REFILE_STORY_ACTION,
        text: { type: 'plain_text', text: 'This is a new story' },
        value: String(answerId),
      },
    ],
  };
}

/** What the author sees after "This is a new story" (replacing the note). */
export function refiledNote(outcome: 'refiled' | 'not-found' | 'already-story'): string {
  if (outcome === 'refiled') return 'Filed as a new story: it is scored on its own, counts for the team and can get votes. Its feedback follows.';
  if (outcome === 'already-story') return 'That reply is already a story of its own.';
  return 'That reply is no longer there (it was deleted or edited into a comment).';
}

export function becameCommentNote(minWords: number): { text: string; blocks: KnownBlock[] } {
  const text = `After your edit the reply is under ${minWords} words, so it counts as a comment: its feedback and votes were removed.`;
  return { text, blocks: [section('lp_became_comment', text)] };
}
