import type { types } from '@slack/bolt';
import { CRITERION_IDS, WEIGHTS, type CriterionId, type Feedback } from '../../core/rubric/index.js';
import { CRITERION_LABELS, criterionIcon } from '../../core/rubric/labels.js';
import { weakestCriteria } from '../../core/thread/follow-up.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { clip } from '../../core/excerpt.js';
import { deliveryLines, type Delivery } from '../../core/spoken/index.js';

type KnownBlock = types.KnownBlock;

export const SECTION_MAX = 3000;
export const FALLBACK_TEXT_MAX = 3900;
const QUOTE_MAX = 280;

// One set of names and icons everywhere (thread card, modal, Home, wrap-up, CLI): see core/rubric/labels.ts.
export { CRITERION_LABELS, criterionIcon };

/** The "Show all criteria" buttons: on the author's private card, and on the visible card in `feedback thread` channels. */
export const FEEDBACK_ACTIONS = {
  showAllPrivate: 'lp_fb_show_all',
  showAllThread: 'lp_fb_show_all_thread',
} as const;

/**
 * What the button carries: the answer whose stored feedback the full card is built from (`a`). Without it (a caller
 * that does not pass the answer id), the full card is the author's latest scored story: `u` names the author of a
 * visible card; on a private card the clicker is the author.
 */
export interface ShowAllValue {
  a?: number;
  u?: string;
}

export interface FeedbackViewInput {
  feedback: Feedback;
  principleName: string;
  /** After an edit: "metrics 1 -> 3, score 58 -> 74". */
  change?: string;
  /** Where the feedback is shown: private (only the author) or a visible thread reply. */
  audience: 'private' | 'thread';
  /** For a visible reply: whose answer this is (a user id). */
  authorId?: string;
  /** An answer too long to read whole: its length and how much of it was scored. */
  partRead?: { chars: number; read: number };
  /** The answer the feedback is about; the "Show all criteria" button carries it. */
  answerId?: number;
  /**
   * 'short' (the default): level and score, the one gate or weakness that matters most with its quote, one strength,
   * one follow-up, and a "Show all criteria" button. 'full': every criterion, the quotes, tips and follow-ups.
   */
  detail?: 'short' | 'full';
  /** A full card shown privately to someone who pressed the button on a visible card. */
  privateCopy?: boolean;
  /** A story told in a clip: how it was said (time, pace, fillers, pauses). Shown on private cards only. */
  delivery?: Delivery;
}

/**
 * The rubric's feedback on one answer as Block Kit. Short by default (most people read three lines); the full card,
 * on request, lists the nine criteria, the quoted evidence of the two weakest, the tips and the follow-ups. Every string
 * that can carry the author's words is escaped, and each section is clipped to Slack's limits.
 */
export function buildFeedbackMessage(input: FeedbackViewInput): { text: string; blocks: KnownBlock[] } {
  const { feedback, principleName, change, audience, authorId, partRead } = input;
  const title = `*${feedback.level}* · *${feedback.score}*/100 · ${escapeMrkdwn(principleName)}`;
  const intro = audience === 'thread' && authorId !== undefined ? `Feedback on <@${authorId}>'s story: ${title}` : `Your story: ${title}`;
  const blocks: KnownBlock[] = [section('lp_fb_title', intro)];
  if (feedback.gate !== null) blocks.push(section('lp_fb_gate', gateLine(feedback.gate.message)));
  if (partRead !== undefined) {
    const chars = (n: number) => n.toLocaleString('en-US');
    blocks.push(context('lp_fb_part', `:scissors: The answer is ${chars(partRead.chars)} characters long; this feedback reads its first ${chars(partRead.read)}. All of it is stored.`));
  }
  // Pace and filler words are personal: never on a card the thread can see.
  if (input.delivery !== undefined && audience === 'private') {
    blocks.push(section('lp_fb_delivery', `:studio_microphone: *Delivery*\n${deliveryLines(input.delivery).join('\n')}`));
  }
  if (change !== undefined) {
    blocks.push(context('lp_fb_change', `:pencil2: After ${audience === 'thread' ? 'the' : 'your'} edit: ${escapeMrkdwn(change)}`));
  }
  const focus = focusCriterion(feedback);
  const notRead = unreadableReason(feedback);
  // Not read as a story (another language, code, nothing there): one line says why, instead of nine identical ones.
  if (notRead !== undefined) blocks.push(section('lp_fb_unreadable', escapeMrkdwn(notRead)));
  else if (input.detail === 'full') blocks.push(...fullBlocks(feedback));
  else blocks.push(...shortBlocks(feedback, focus, input));
  blocks.push(context('lp_fb_footer', footer(input)));
  const focusName = focus === undefined ? '' : ` Work on: ${CRITERION_LABELS[focus]}.`;
  const held = feedback.gate === null ? '' : ` ${feedback.gate.message}`;
  const text = clip(`${audience === 'private' ? 'Your story' : 'Story'}: ${feedback.level}, ${feedback.score}/100.${held || focusName}`, FALLBACK_TEXT_MAX);
  return { text, blocks };
}

/** The one reason when the rubric could not read the answer as a story: score 0 and the same verdict on every line. */
function unreadableReason(feedback: Feedback): string | undefined {
  if (feedback.score !== 0) return undefined;
  const verdicts = new Set(CRITERION_IDS.map((id) => feedback.criteria[id].verdict));
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}

/** Which criterion a gate is about: its quote is the one shown next to the gate. */
const GATE_CRITERION: Readonly<Record<NonNullable<Feedback['gate']>['id'], CriterionId>> = {
  hypothetical: 'structure',
  template: 'specificity',
  'no-own-action': 'ownership',
  'no-situation': 'structure',
  'no-result': 'metrics',
  'off-principle': 'alignment',
  'too-short': 'length',
  'too-long': 'length',
};

/** The criteria that count: alignment only when a principle was asked. */
function skipped(feedback: Feedback): Set<CriterionId> {
  return new Set(feedback.principle.asked === null ? ['alignment'] : []);
}

/**
 * The one criterion that matters most: the gate's, else the weakest by weighted gap; none when all are at 4. The card
 * quotes the answer's own words next to it, so a criterion with a quote goes first when the first one has none (a
 * missing result has nothing to quote; the sentence that is weakest on another line does).
 */
export function focusCriterion(feedback: Feedback): CriterionId | undefined {
  const gate = feedback.gate === null ? [] : [GATE_CRITERION[feedback.gate.id]];
  const candidates = [...gate, ...weakestCriteria(feedback, skipped(feedback))];
  return candidates.find((id) => feedback.criteria[id].evidence.length > 0) ?? candidates[0];
}

/** The strongest criterion at the bar (3-4), the heaviest first on a tie; length is a tip, not a strength. */
export function strongestCriterion(feedback: Feedback, not?: CriterionId): CriterionId | undefined {
  const skip = skipped(feedback);
  return CRITERION_IDS.filter((id) => id !== 'length' && id !== not && !skip.has(id) && feedback.criteria[id].score >= 3).sort(
    (a, b) => feedback.criteria[b].score - feedback.criteria[a].score || WEIGHTS[b] - WEIGHTS[a] || CRITERION_IDS.indexOf(a) - CRITERION_IDS.indexOf(b),
  )[0];
}

function criterionLine(feedback: Feedback, id: CriterionId): string {
  const c = feedback.criteria[id];
  return `${criterionIcon(c.score)} *${CRITERION_LABELS[id]}* ${c.score}/4 · ${escapeMrkdwn(c.verdict)}`;
}

/** The author's own words as a quote; the note that there are none is not set as one. */
function quotes(evidence: readonly string[]): string {
  return evidence.length > 0 ? evidence.map((e) => `> ${escapeMrkdwn(clip(e, QUOTE_MAX)).replace(/\n/g, ' ')}`).join('\n') : '_Nothing in the story shows it yet._';
}

function shortBlocks(feedback: Feedback, focus: CriterionId | undefined, input: FeedbackViewInput): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (focus !== undefined) {
    blocks.push(section('lp_fb_focus', `*Work on this first*\n${criterionLine(feedback, focus)}\n${quotes(feedback.criteria[focus].evidence.slice(0, 1))}`));
  }
  const strength = strongestCriterion(feedback, focus);
  if (strength !== undefined) blocks.push(section('lp_fb_strength', `*Keep this*\n${criterionLine(feedback, strength)}`));
  const question = feedback.followUps[0];
  if (question !== undefined) blocks.push(section('lp_fb_followup', `*A bar raiser might ask*\n${escapeMrkdwn(question)}`));
  const value: ShowAllValue = input.answerId !== undefined ? { a: input.answerId } : input.audience === 'thread' && input.authorId !== undefined ? { u: input.authorId } : {};
  blocks.push({
    type: 'actions',
    block_id: 'lp_fb_more',
    elements: [
      {
        type: 'button',
        action_id: input.audience === 'thread' ? FEEDBACK_ACTIONS.showAllThread : FEEDBACK_ACTIONS.showAllPrivate,
        text: { type: 'plain_text', text: 'Show all criteria' },
        value: JSON.stringify(value),
      },
    ],
  });
  return blocks;
}

function fullBlocks(feedback: Feedback): KnownBlock[] {
  const blocks: KnownBlock[] = [section('lp_fb_criteria', CRITERION_IDS.map((id) => criterionLine(feedback, id)).join('\n'))];
  const weakest = weakestCriteria(feedback, skipped(feedback)).slice(0, 2);
  if (weakest.length > 0) {
    const lines = weakest.map((id) => `*${CRITERION_LABELS[id]}*\n${quotes(feedback.criteria[id].evidence.slice(0, 2))}`);
    blocks.push(section('lp_fb_evidence', `*Where it is thinnest*\n${lines.join('\n')}`));
  }
  blocks.push(section('lp_fb_tips', `*Tips*\n${feedback.tips.map((t) => `• ${escapeMrkdwn(t)}`).join('\n')}`));
  blocks.push(section('lp_fb_followups', `*A bar raiser might ask*\n${feedback.followUps.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`));
  return blocks;
}

function footer({ audience, privateCopy }: FeedbackViewInput): string {
  if (privateCopy === true) return 'Only you can see this copy; the card in the thread stays short.';
  return audience === 'private'
    ? 'Only you can see this. `/lp feedback` shows it again; edit your reply to be scored again.'
    : 'This channel reviews stories in the open. Edit your reply to be scored again.';
}

/** The one thing that keeps a story below the bar, named first so it is fixed first. */
export function gateLine(message: string): string {
  return `:construction: *Below the bar until this is fixed:* ${escapeMrkdwn(message)}`;
}

export function section(blockId: string, text: string): KnownBlock {
  return { type: 'section', block_id: blockId, text: { type: 'mrkdwn', text: clip(text, SECTION_MAX) } };
}

export function context(blockId: string, text: string): KnownBlock {
  return { type: 'context', block_id: blockId, elements: [{ type: 'mrkdwn', text: clip(text, SECTION_MAX) }] };
}

