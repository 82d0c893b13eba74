import type { types } from '@slack/bolt';
import type { ForgetCounts } from '../../store/privacy.js';
import type { LpReply } from '../commands/subcommand.js';
import { totalRows } from './service.js';

export const FORGET_CONFIRM_ACTION = 'lp_forget_me_confirm';
export const FORGET_CANCEL_ACTION = 'lp_forget_me_cancel';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeCounts(counts: ForgetCounts): string {
  return [
    plural(counts.answers, 'story or follow-up answer', 'stories and follow-up answers'),
    plural(counts.feedback, 'feedback record'),
    plural(counts.votesCast, 'vote you gave', 'votes you gave'),
    plural(counts.votesReceived, 'vote on your stories', 'votes on your stories'),
    plural(counts.practiceRounds, 'practice round'),
    counts.settings > 0 ? 'your settings' : 'no saved settings',
  ].join(', ');
}

/** The question before anything is deleted, with the button that does it. */
export function forgetConfirmReply(counts: ForgetCounts): LpReply {
  const text =
    totalRows(counts) === 0
      ? 'I have nothing stored about you.'
      : `This deletes everything LP Coach stores about you: ${describeCounts(counts)}. It cannot be undone.`;
  const blocks: types.KnownBlock[] = [{ type: 'section', block_id: 'lp_forget_question', text: { type: 'mrkdwn', text } }];
  if (totalRows(counts) > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'lp_forget_actions',
      elements: [
        { type: 'button', action_id: FORGET_CONFIRM_ACTION, style: 'danger', text: { type: 'plain_text', text: 'Delete everything' }, value: 'forget' },
        { type: 'button', action_id: FORGET_CANCEL_ACTION, text: { type: 'plain_text', text: 'Cancel' }, value: 'cancel' },
      ],
    });
  }
  return { text, blocks };
}

export function forgottenText(counts: ForgetCounts): string {
  return totalRows(counts) === 0
    ? 'There was nothing stored about you.'
    : `Done. Deleted ${describeCounts(counts)}. Messages already posted in Slack stay in Slack; delete them there if you want them gone.`;
}
