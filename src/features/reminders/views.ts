import type { types } from '@slack/bolt';
import { channelMention, escapeMrkdwn } from '../../slack/mrkdwn.js';
import { PRACTICE_IDS } from '../practice/ids.js';

/** "Answer privately" on a reminder names the prompt, since the DM is not the prompt's message. */
export const PROMPT_VALUE_PREFIX = 'prompt:';

/** The day's one reminder: the question, where it was asked, and a button to answer it privately. */
export function buildNudge(input: { channelId: string; promptId: number; principleName: string; question: string | undefined }): { text: string; blocks: types.KnownBlock[] } {
  const question = input.question === undefined ? 'today’s question' : `*${escapeMrkdwn(input.question)}*`;
  const text = `:alarm_clock: You have not answered today’s prompt in ${channelMention(input.channelId)} yet (${escapeMrkdwn(input.principleName)}): ${question}`;
  return {
    text,
    blocks: [
      { type: 'section', block_id: 'lp_nudge', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        block_id: 'lp_nudge_actions',
        elements: [{ type: 'button', action_id: PRACTICE_IDS.answerPrivately, style: 'primary', text: { type: 'plain_text', text: 'Answer privately' }, value: `${PROMPT_VALUE_PREFIX}${input.promptId}` }],
      },
      { type: 'context', block_id: 'lp_nudge_hint', elements: [{ type: 'mrkdwn', text: 'One reminder a day at most. `/lp remind off` stops them; `/lp snooze 1w` pauses everything.' }] },
    ],
  };
}
