import type { types } from '@slack/bolt';
import { CRITERION_IDS, type CriterionId, type Feedback } from '../../core/rubric/index.js';
import { weakestCriteria } from '../../core/thread/follow-up.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';

type KnownBlock = types.KnownBlock;

export const SECTION_MAX = 3000;
export const FALLBACK_TEXT_MAX = 3900;

export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
  structure: 'Structure (STAR-L)',
  ownership: 'Ownership',
  metrics: 'Metrics',
  length: 'Length',
  tradeoffs: 'Trade-offs',
  learning: 'Learning',
  alignment: 'Principle fit',
  specificity: 'Specificity',
  tone: 'Tone',
};

/** Green for 3-4 (meets the bar on that line), yellow for 2, red below. */
export function criterionIcon(score: number): string {
  if (score >= 3) return ':large_green_circle:';
  if (score === 2) return ':large_yellow_circle:';
  return ':red_circle:';
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
}

/**
 * The rubric's feedback on one answer as Block Kit: level and score, one line per criterion, the quoted evidence of
 * the two weakest criteria, the top tips and the follow-ups. Every string that can carry the author's words is
 * escaped, and each section is clipped to Slack's limits.
 */
export function buildFeedbackMessage({ feedback, principleName, change, audience, authorId, partRead }: FeedbackViewInput): {
  text: string;
  blocks: KnownBlock[];
} {
  const title = `*${feedback.level}* · *${feedback.score}*/100 · ${escapeMrkdwn(principleName)}`;
  const intro = audience === 'thread' && authorId !== undefined ? `Feedback on <@${authorId}>'s story: ${title}` : `Your story: ${title}`;
  const blocks: KnownBlock[] = [section('lp_fb_title', intro)];
  if (feedback.gate !== null) blocks.push(section('lp_fb_gate', gateLine(feedback.gate.message)));
  if (partRead !== undefined) {
    const chars = (n: number) => n.toLocaleString('en-US');
    blocks.push(context('lp_fb_part', `:scissors: The answer is ${chars(partRead.chars)} characters long; this feedback reads its first ${chars(partRead.read)}. All of it is stored.`));
  }
  if (change !== undefined) {
    blocks.push(context('lp_fb_change', `:pencil2: After ${audience === 'thread' ? 'the' : 'your'} edit: ${escapeMrkdwn(change)}`));
  }
  blocks.push(
    section(
      'lp_fb_criteria',
      CRITERION_IDS.map((id) => {
        const c = feedback.criteria[id];
        return `${criterionIcon(c.score)} *${CRITERION_LABELS[id]}* ${c.score}/4 · ${escapeMrkdwn(c.verdict)}`;
      }).join('\n'),
    ),
  );
  const weakest = weakestCriteria(feedback, new Set(feedback.principle.asked === null ? ['alignment'] : [])).slice(0, 2);
  if (weakest.length > 0) {
    const lines = weakest.map((id) => {
      const evidence = feedback.criteria[id].evidence.slice(0, 2);
      // Only the author's own words are set as quotes; the note that there are none is not.
      const quoted = evidence.length > 0 ? evidence.map((e) => `> ${escapeMrkdwn(clip(e, 280)).replace(/\n/g, ' ')}`).join('\n') : '_Nothing in the story shows it yet._';
      return `*${CRITERION_LABELS[id]}*\n${quoted}`;
    });
    blocks.push(section('lp_fb_evidence', `*Where it is thinnest*\n${lines.join('\n')}`));
  }
  blocks.push(section('lp_fb_tips', `*Tips*\n${feedback.tips.map((t) => `• ${escapeMrkdwn(t)}`).join('\n')}`));
  blocks.push(section('lp_fb_followups', `*A bar raiser might ask*\n${feedback.followUps.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`));
  blocks.push(
    context(
      'lp_fb_footer',
      audience === 'private'
        ? 'Only you can see this. `/lp feedback` shows it again; edit your reply to be scored again.'
        : 'This channel reviews stories in the open. Edit your reply to be scored again.',
    ),
  );
  const weakestName = weakest[0] === undefined ? '' : ` Weakest: ${CRITERION_LABELS[weakest[0]]}.`;
  const held = feedback.gate === null ? '' : ` ${feedback.gate.message}`;
  const text = clip(`${audience === 'private' ? 'Your story' : 'Story'}: ${feedback.level}, ${feedback.score}/100.${held || weakestName}`, FALLBACK_TEXT_MAX);
  return { text, blocks };
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

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
