import type { types } from '@slack/bolt';
import type { Principle } from '../../core/principles.js';
import type { Question } from '../../core/questions.js';
import { clip } from '../../core/excerpt.js';

type KnownBlock = types.KnownBlock;

export interface PromptMessageInput {
  principle: Principle;
  question: Question;
  /** Shown under the header, e.g. 'Mon 2 Mar'. */
  dateLabel: string;
  /** Reaction name without colons that counts as a vote. */
  voteEmoji?: string;
  /** Answers at least this long get private feedback (LP_MIN_ANSWER_WORDS). */
  minAnswerWords?: number;
}

export interface PromptMessage {
  text: string;
  blocks: KnownBlock[];
}

// Slack's limits (docs: Block Kit reference); we stay inside them rather than have Slack reject the post.
export const HEADER_MAX = 150;
export const SECTION_MAX = 3000;
export const FALLBACK_TEXT_MAX = 3900;

/** The daily prompt as Block Kit, with a plain `text` fallback for notifications and old clients. */
export function buildPromptMessage({
  principle,
  question,
  dateLabel,
  voteEmoji = 'star',
  minAnswerWords = 40,
}: PromptMessageInput): PromptMessage {
  const emoji = `:${voteEmoji.replace(/:/g, '')}:`;
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'lp_prompt_header', text: { type: 'plain_text', text: clip(principle.name, HEADER_MAX), emoji: true } },
    {
      type: 'context',
      block_id: 'lp_prompt_date',
      elements: [{ type: 'mrkdwn', text: `Daily Leadership Principle prompt · ${escape(dateLabel)}` }],
    },
    { type: 'section', block_id: 'lp_prompt_question', text: { type: 'mrkdwn', text: clip(`*${escape(question.text)}*`, SECTION_MAX) } },
    {
      type: 'section',
      block_id: 'lp_prompt_star',
      text: {
        type: 'mrkdwn',
        text: [
          '*Shape it as STAR-L: 60-90 seconds spoken, about 150-225 words*',
          '• *Situation and task*: the baseline. Where things stood and what was yours to solve.',
          '• *Action*: say "I" for the decisions you made yourself and "we" for what the team executed.',
          '• *Result*: the delta and its impact, in numbers if you have them.',
          '• *Learning*: what you would do differently next time.',
        ].join('\n'),
      },
    },
    { type: 'divider' },
    {
      type: 'actions',
      block_id: 'lp_prompt_actions',
      elements: [
        // The practice feature opens its modal for this question; the value names it in case the prompt row is gone.
        { type: 'button', action_id: 'lp_answer_privately', text: { type: 'plain_text', text: 'Answer privately' }, value: question.id },
      ],
    },
    {
      type: 'context',
      block_id: 'lp_prompt_howto',
      elements: [
        {
          type: 'mrkdwn',
          text: `:speech_balloon: *Reply in this thread* with your story. Answers of ${minAnswerWords}+ words get private feedback.`,
        },
        { type: 'mrkdwn', text: `${emoji} *Vote* by reacting with ${emoji} on the stories you would want to hear in an interview.` },
      ],
    },
  ];
  const text = clip(
    escape(
      `Today's Leadership Principle: ${principle.name}. ${question.text} Reply in the thread with your STAR-L story; ` +
        `react with ${emoji} to vote for the best ones.`,
    ),
    FALLBACK_TEXT_MAX,
  );
  return { text, blocks };
}

/** Slack's mrkdwn escaping, so content text can never form a mention or a link. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

