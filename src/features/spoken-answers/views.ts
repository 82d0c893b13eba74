import type { types } from '@slack/bolt';

/** Why a clip was not scored, as its author is told. */
export type ClipProblem = 'no-transcript' | 'failed' | 'missing' | 'empty' | 'unreadable';

const PASTE: Record<'thread' | 'practice', string> = {
  thread:
    'Reply in the thread with your answer as text (or paste the transcript from the clip’s menu: *More actions → View transcript*), ' +
    'or run `/lp practice` to answer privately. It is scored the same way.',
  practice: 'Type `/lp practice` and write the answer in the box instead (paste the transcript from the clip’s menu if you like): it is scored the same way.',
};

const REASONS: Record<ClipProblem, (waitMinutes: number) => string> = {
  'no-transcript': () => 'Slack made no transcript of your clip: clip transcripts may be turned off in this workspace, or the language is not one Slack transcribes.',
  failed: () => 'Slack could not transcribe your clip (too quiet or too noisy, perhaps).',
  missing: (minutes) => `Slack’s transcript of your clip was still not ready after ${minutes} minutes, so I stopped waiting.`,
  empty: () => 'The transcript of your clip has no words in it: was the microphone on?',
  unreadable: () => 'I could not read the transcript of your clip.',
};

/** The one private note a clip gets when it cannot be scored: what happened and what to type instead. */
export function clipNote(problem: ClipProblem, waitMs: number, where: 'thread' | 'practice'): { text: string; blocks: types.KnownBlock[] } {
  const reason = REASONS[problem](Math.round(waitMs / 60_000));
  const text = `:studio_microphone: ${reason} ${PASTE[where]}`;
  return { text, blocks: [{ type: 'section', block_id: 'lp_clip_note', text: { type: 'mrkdwn', text } }] };
}

/** A clip in the DM with no practice question to answer. */
export function noPracticeQuestionNote(): { text: string; blocks: types.KnownBlock[] } {
  const text =
    ':studio_microphone: To practise out loud, type `/lp practice`, press *Answer out loud*, and send your clip here: ' +
    'I score it against that question. Clips in a prompt’s thread answer the prompt.';
  return { text, blocks: [{ type: 'section', block_id: 'lp_clip_no_question', text: { type: 'mrkdwn', text } }] };
}
