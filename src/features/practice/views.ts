import type { types } from '@slack/bolt';
import { STORIES_PER_PRINCIPLE } from '../../core/coverage.js';
import type { Principle } from '../../core/principles.js';
import { CRITERION_IDS, type Feedback } from '../../core/rubric/index.js';
import { CRITERION_LABELS, criterionIcon } from '../../core/rubric/labels.js';
import { channelMention, escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import {
  ANSWER_BLOCK,
  FOLLOW_UP_BLOCK,
  INPUT_ACTION,
  PRACTICE_IDS,
  STAR_BLOCKS,
  type AnswerMetadata,
  type StoryMetadata,
} from './ids.js';
import { ANSWER_MAX_CHARS, STAR_BOX_MAX_CHARS, type FeedbackResult, type Round } from './service.js';
import { gateLine } from '../thread-answers/feedback-view.js';
import { clip } from '../../core/excerpt.js';

type KnownBlock = types.KnownBlock;
export type ModalView = types.ModalView;

// The same names and icons as the thread card, the App Home and the CLI report.
export { CRITERION_LABELS };

const STAR_LABELS: readonly [keyof typeof STAR_BLOCKS, string, string][] = [
  ['situation', 'Situation', 'Where things stood: team, system, the baseline.'],
  ['task', 'Task', 'What was yours to solve, and by when.'],
  ['action', 'Action', 'What you did and decided ("I"), and why.'],
  ['result', 'Result', 'The change, in numbers if you have them.'],
  ['learning', 'Learning', 'What you do differently since.'],
];

const SECTION_MAX = 3000;
const EVIDENCE_MAX = 280;

/**
 * After "Answer out loud": the question is in the person's DM with LP Coach, where a Slack clip answers it. `dmLink`
 * opens that DM.
 */
export function buildOutLoudModal(round: Round, dmLink: string): ModalView {
  return buildNoticeModal(
    'Practice out loud',
    `*${escapeMrkdwn(round.question.text)}*\n\nThe question is waiting in <${dmLink}|your direct message with LP Coach>. ` +
      'Record your answer there as a clip (the microphone button in the message box; 60-90 seconds is the target). ' +
      'Your feedback arrives in the same DM, with how you said it: time, pace, filler words and pauses.',
  );
}

/** The answer modal: principle, question, a STAR-L hint and one box (or five STAR boxes). */
export function buildAnswerModal(round: Round, options: { star: boolean; values?: StarValues | string }): ModalView {
  const metadata: AnswerMetadata = {
    step: 'answer',
    p: round.principle.id,
    q: round.question.id,
    r: round.promptId,
    a: round.retry?.answerId ?? null,
    star: options.star,
  };
  const initial = options.values ?? round.retry?.text;
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'lp_principle', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(round.principle.name)}*` } },
    { type: 'section', block_id: 'lp_question', text: { type: 'mrkdwn', text: clip(`*${escapeMrkdwn(round.question.text)}*`, SECTION_MAX) } },
    {
      type: 'context',
      block_id: 'lp_star_hint',
      elements: [
        {
          type: 'mrkdwn',
          text:
            '*STAR-L*, 60-90 s spoken (150-225 words): a short *Situation* and *Task*, a long *Action* in "I", ' +
            'a measured *Result*, and the *Learning*. Private until you share it.',
        },
      ],
    },
    {
      type: 'actions',
      block_id: 'lp_answer_mode',
      elements: [
        {
          type: 'button',
          action_id: PRACTICE_IDS.toggleStar,
          text: { type: 'plain_text', text: options.star ? 'Use one box' : 'Use STAR boxes' },
          value: options.star ? 'one' : 'star',
        },
        ...(round.retry === undefined
          ? [{ type: 'button' as const, action_id: PRACTICE_IDS.outLoud, text: { type: 'plain_text' as const, text: ':studio_microphone: Answer out loud', emoji: true }, value: 'clip' }]
          : []),
      ],
    },
  ];
  if (options.star) {
    const values = typeof initial === 'object' ? initial : starValuesFromText(initial);
    for (const [id, label, hint] of STAR_LABELS) {
      const value = values[id];
      blocks.push({
        type: 'input',
        block_id: STAR_BLOCKS[id],
        optional: true,
        label: { type: 'plain_text', text: label },
        hint: { type: 'plain_text', text: hint },
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION,
          multiline: true,
          max_length: STAR_BOX_MAX_CHARS,
          ...(value ? { initial_value: value.slice(0, STAR_BOX_MAX_CHARS) } : {}),
        },
      });
    }
  } else {
    const text = typeof initial === 'object' ? joinStar(initial) : initial;
    blocks.push({
      type: 'input',
      block_id: ANSWER_BLOCK,
      label: { type: 'plain_text', text: 'Your story' },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: true,
        max_length: ANSWER_MAX_CHARS,
        placeholder: { type: 'plain_text', text: 'Situation, Task, Action, Result, Learning…' },
        ...(text ? { initial_value: text.slice(0, ANSWER_MAX_CHARS) } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: PRACTICE_IDS.answerView,
    title: { type: 'plain_text', text: round.retry === undefined ? 'Practice' : 'Try again' },
    submit: { type: 'plain_text', text: 'Get feedback' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

export type StarValues = Partial<Record<keyof typeof STAR_BLOCKS, string>>;

/** The five boxes as one story, each part labelled so the rubric (and a reader) sees the structure. */
export function joinStar(values: StarValues): string {
  return STAR_LABELS.flatMap(([id, label]) => {
    const value = values[id]?.trim();
    return value ? [`${label}: ${value}`] : [];
  }).join('\n');
}

/** Splits a labelled story back into boxes; unlabelled text goes into Situation so nothing typed is lost. */
export function starValuesFromText(text: string | undefined): StarValues {
  if (text === undefined || text.trim() === '') return {};
  const values: StarValues = {};
  let current: keyof typeof STAR_BLOCKS = 'situation';
  for (const line of text.split('\n')) {
    const match = /^\s*(situation|task|action|result|learning)\s*:\s*(.*)$/i.exec(line);
    if (match?.[1] !== undefined) {
      current = match[1].toLowerCase() as keyof typeof STAR_BLOCKS;
      values[current] = [values[current], match[2] ?? ''].filter((v) => v).join('\n');
    } else if (line.trim() !== '') {
      values[current] = [values[current], line].filter((v) => v).join('\n');
    }
  }
  return values;
}

/** The feedback, in place of the answer modal: level, score, criteria with evidence, tips, follow-ups, next steps. */
export function buildFeedbackModal(result: FeedbackResult, notice?: string): ModalView {
  const { feedback, previous } = result;
  const metadata: StoryMetadata = { step: 'feedback', a: result.answerId };
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'lp_level', text: { type: 'plain_text', text: `${feedback.level} · ${feedback.score}/100` } },
    questionContext(result),
  ];
  if (notice !== undefined) {
    blocks.push({ type: 'section', block_id: 'lp_notice', text: { type: 'mrkdwn', text: notice } });
  }
  if (feedback.gate !== null) {
    blocks.push({ type: 'section', block_id: 'lp_gate', text: { type: 'mrkdwn', text: clip(gateLine(feedback.gate.message), SECTION_MAX) } });
  }
  if (previous !== undefined) {
    blocks.push({ type: 'section', block_id: 'lp_change', text: { type: 'mrkdwn', text: changeLine(previous, feedback) } });
  }
  // What to do next comes before the long part, so nobody scrolls past nine criteria to find it.
  blocks.push({ type: 'actions', block_id: 'lp_next', elements: nextButtons(result) });
  for (const id of CRITERION_IDS) {
    const criterion = feedback.criteria[id];
    const before = previous?.criteria[id].score;
    const change = before === undefined || before === criterion.score ? '' : ` (was ${before} ${criterion.score > before ? '▲' : '▼'})`;
    const evidence = criterion.evidence[0];
    const lines = [`${criterionIcon(criterion.score)} *${CRITERION_LABELS[id]}* ${criterion.score}/4${change}`, escapeMrkdwn(criterion.verdict)];
    if (evidence !== undefined) lines.push(`> _${escapeMrkdwn(clip(evidence, EVIDENCE_MAX))}_`);
    blocks.push({ type: 'section', block_id: `lp_criterion_${id}`, text: { type: 'mrkdwn', text: clip(lines.join('\n'), SECTION_MAX) } });
  }
  blocks.push(
    { type: 'divider' },
    { type: 'section', block_id: 'lp_tips', text: { type: 'mrkdwn', text: clip(`*Tips*\n${bullets(feedback.tips)}`, SECTION_MAX) } },
    {
      type: 'section',
      block_id: 'lp_followups',
      text: { type: 'mrkdwn', text: clip(`*Follow-ups a bar raiser may ask*\n${bullets(feedback.followUps)}`, SECTION_MAX) },
    },
  );
  const context = [coverageLine(result)];
  if (result.alsoFits.length > 0) {
    context.push(`This story may also work for ${result.alsoFits.map((p) => `*${escapeMrkdwn(p.name)}*`).join(', ')}.`);
  }
  if (result.shared) {
    context.push(
      result.shareUnconfirmed
        ? 'Shared to the channel, but Slack never confirmed the post, so votes on it there are not counted.'
        : 'Shared to the channel: peers can vote on it there.',
    );
  }
  blocks.push({ type: 'context', block_id: 'lp_coverage', elements: context.map((text) => ({ type: 'mrkdwn', text })) });
  return {
    type: 'modal',
    callback_id: PRACTICE_IDS.feedbackView,
    title: { type: 'plain_text', text: 'Your feedback' },
    close: { type: 'plain_text', text: 'Done' },
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

/** The principle and question the feedback is about, above the feedback and the other-language note alike. */
export function questionContext(result: FeedbackResult): KnownBlock {
  return {
    type: 'context',
    block_id: 'lp_feedback_question',
    elements: [{ type: 'mrkdwn', text: clip(`*${escapeMrkdwn(result.principle.name)}*: ${escapeMrkdwn(result.question.text)}`, SECTION_MAX) }],
  };
}

/** Try again and Another question: what any feedback modal offers next. */
export function retryButtons(result: FeedbackResult): types.Button[] {
  const value = String(result.answerId);
  return [
    { type: 'button', action_id: PRACTICE_IDS.retry, text: { type: 'plain_text', text: 'Try again' }, value, style: 'primary' },
    { type: 'button', action_id: PRACTICE_IDS.another, text: { type: 'plain_text', text: 'Another question' }, value },
  ];
}

function nextButtons(result: FeedbackResult): types.Button[] {
  const value = String(result.answerId);
  const buttons: types.Button[] = [
    ...retryButtons(result),
    { type: 'button', action_id: PRACTICE_IDS.followUp, text: { type: 'plain_text', text: 'Answer a follow-up' }, value },
  ];
  if (!result.shared) {
    buttons.push({
      type: 'button',
      action_id: PRACTICE_IDS.share,
      text: { type: 'plain_text', text: 'Share to channel' },
      value,
      confirm: {
        title: { type: 'plain_text', text: 'Share this story?' },
        text: {
          type: 'mrkdwn',
          text: "It is posted in the current prompt's thread under your name, and your teammates can vote on it. The feedback stays private.",
        },
        confirm: { type: 'plain_text', text: 'Share' },
        deny: { type: 'plain_text', text: 'Keep private' },
      },
    });
  }
  return buttons;
}

/** A modal with one follow-up question and a box for the answer, pushed on top of the feedback. */
export function buildFollowUpModal(answerId: number, index: number, question: string): ModalView {
  const metadata: StoryMetadata = { step: 'followup', a: answerId, i: index };
  return {
    type: 'modal',
    callback_id: PRACTICE_IDS.followUpView,
    title: { type: 'plain_text', text: 'Follow-up' },
    submit: { type: 'plain_text', text: 'Get feedback' },
    close: { type: 'plain_text', text: 'Back' },
    private_metadata: JSON.stringify(metadata),
    blocks: [
      { type: 'section', block_id: 'lp_followup_question', text: { type: 'mrkdwn', text: clip(`*${escapeMrkdwn(question)}*`, SECTION_MAX) } },
      {
        type: 'context',
        block_id: 'lp_followup_hint',
        elements: [{ type: 'mrkdwn', text: 'Your answer is added to the story and the whole story is scored again.' }],
      },
      {
        type: 'input',
        block_id: FOLLOW_UP_BLOCK,
        label: { type: 'plain_text', text: 'Your answer' },
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: ANSWER_MAX_CHARS },
      },
    ],
  };
}

/** What happened when the person pressed "Share to channel". */
export type ShareOutcome =
  /** `inThread`: posted in the thread of today's prompt of the same principle, else as a message of its own. */
  | { kind: 'shared' | 'unconfirmed'; channelId: string; inThread: boolean }
  | { kind: 'not-in-channel' | 'slack-error'; channelId: string }
  | { kind: 'already-shared' | 'no-prompt' | 'not-found' };

/** The line shown above the feedback after "Share to channel". */
export function shareNotice(outcome: ShareOutcome): string {
  switch (outcome.kind) {
    case 'shared':
      return outcome.inThread
        ? `:white_check_mark: Shared in the prompt's thread in ${channelMention(outcome.channelId)}.`
        : `:white_check_mark: Shared in ${channelMention(outcome.channelId)} as a message of its own; teammates vote and reply in its thread.`;
    case 'unconfirmed': {
      const where = outcome.inThread ? "the prompt's thread in " : '';
      return `Slack didn't confirm the post in time, so your story may already be in ${where}${channelMention(outcome.channelId)}. Have a look there; it won't be posted a second time.`;
    }
    case 'not-in-channel':
      return `I'm not in ${channelMention(outcome.channelId)} any more, so I couldn't share it. Your story is still saved here.`;
    case 'slack-error':
      return "Slack didn't take the post just now; your story is still saved here. Try sharing again in a minute.";
    case 'already-shared':
      return 'This story is already in the channel.';
    case 'no-prompt':
      return 'There is no daily prompt to share into yet. Once one is posted, share from here or reply in its thread.';
    case 'not-found':
      return 'That story is no longer stored.';
  }
}

/** A modal that only explains (the story is gone, nothing to share into). */
export function buildNoticeModal(title: string, text: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: clip(title, 24) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', block_id: 'lp_notice', text: { type: 'mrkdwn', text } }],
  };
}

/** The story as posted in the prompt's thread: by the bot, naming the author, their words escaped. */
export function buildSharedStoryMessage(userId: string, principle: Principle, text: string): { text: string; blocks: KnownBlock[] } {
  const heading = `${userMention(userId)} shared a practice story for *${escapeMrkdwn(principle.name)}*:`;
  const body = clip(escapeMrkdwn(text), SECTION_MAX);
  return {
    text: clip(`${heading}\n${body}`, 3900),
    blocks: [
      { type: 'context', block_id: 'lp_shared_by', elements: [{ type: 'mrkdwn', text: heading }] },
      { type: 'section', block_id: 'lp_shared_story', text: { type: 'mrkdwn', text: body } },
    ],
  };
}

function changeLine(previous: Feedback, current: Feedback): string {
  const delta = current.score - previous.score;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const levelChange = previous.level === current.level ? '' : ` (was ${previous.level})`;
  return `*Change since last time:* ${previous.score} → ${current.score} (${sign}${Math.abs(delta)})${levelChange}`;
}

function coverageLine(result: FeedbackResult): string {
  const name = escapeMrkdwn(result.principle.name);
  if (result.covered >= STORIES_PER_PRINCIPLE) return `*${name}* is covered: ${STORIES_PER_PRINCIPLE} stories at the bar.`;
  return `*${name}*: ${result.covered} of ${STORIES_PER_PRINCIPLE} stories at the bar ("Meets the bar" or better).`;
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n');
}

