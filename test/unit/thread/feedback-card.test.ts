import { describe, expect, it } from 'vitest';
import { formatFeedback, PLAIN } from '../../../src/cli/report.js';
import { loadContent } from '../../../src/core/content.js';
import { CRITERION_IDS, scoreAnswer, type Feedback } from '../../../src/core/rubric/index.js';
import { CRITERION_LABELS, criterionIcon } from '../../../src/core/rubric/labels.js';
import { buildFeedbackModal } from '../../../src/features/practice/views.js';
import type { FeedbackResult } from '../../../src/features/practice/service.js';
import { buildHomeView } from '../../../src/features/home/views.js';
import type { HomeModel } from '../../../src/features/home/service.js';
import { buildFeedbackMessage, FEEDBACK_ACTIONS, focusCriterion } from '../../../src/features/thread-answers/feedback-view.js';
import { findBlockKitProblems } from '../../../src/local-slack/index.js';
import { NUMBERS_NOT_METRICS, STRONG_UNLABELLED } from '../rubric/answers.js';

/**
 * Issue 11.3: the feedback card leads with what most people read (level and score, the one thing to fix with the
 * answer's own words, one strength, one follow-up) and keeps the nine criteria behind "Show all criteria"; every view
 * names the criteria alike.
 */

const content = loadContent();
const principle = content.principles.find((p) => p.id === 'dive-deep') ?? content.principles[0]!;
const feedbackOf = (text: string): Feedback => scoreAnswer(text, { principle: principle.id, content });

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: { text: string } }[] };
const blocksOf = (view: { blocks: unknown[] }) => view.blocks as Block[];
const textOf = (blocks: Block[]) => blocks.map((b) => b.text?.text ?? (b.elements ?? []).map((e) => (e as { text?: unknown }).text).join(' ')).join('\n');

describe('the short feedback card', () => {
  const answer = `${NUMBERS_NOT_METRICS} I also wrote the rollback plan and trained two new people on it.`;
  const feedback = feedbackOf(answer);
  const view = buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'private', answerId: 42 });
  const blocks = blocksOf(view);

  it('leads with level and score, then one weakness with its quote, one strength and one follow-up', () => {
    expect(blocks[0]?.text?.text).toBe(`Your story: *${feedback.level}* · *${feedback.score}*/100 · ${principle.name}`);
    const focus = focusCriterion(feedback);
    if (focus === undefined) throw new Error('the story has a weakness');
    const focusBlock = blocks.find((b) => b.block_id === 'lp_fb_focus')?.text?.text ?? '';
    expect(focusBlock).toContain(`${criterionIcon(feedback.criteria[focus].score)} *${CRITERION_LABELS[focus]}* ${feedback.criteria[focus].score}/4`);
    // The quote is the answer's own words.
    const quote = focusBlock.split('\n').find((line) => line.startsWith('> '))?.slice(2) ?? '';
    expect(quote.length).toBeGreaterThan(0);
    expect(answer.replace(/\s+/g, ' ')).toContain(quote.replace(/…$/, ''));
    const strength = blocks.find((b) => b.block_id === 'lp_fb_strength')?.text?.text ?? '';
    expect(strength.split('\n').filter((line) => line.includes('/4'))).toHaveLength(1);
    expect(strength).toMatch(/:large_green_circle:/);
    expect(blocks.find((b) => b.block_id === 'lp_fb_followup')?.text?.text).toBe(`*A bar raiser might ask*\n${feedback.followUps[0]}`);
  });

  it('keeps the nine criteria, the tips and the other follow-ups behind "Show all criteria"', () => {
    const shown = textOf(blocks);
    expect(blocks.map((b) => b.block_id)).not.toEqual(expect.arrayContaining(['lp_fb_criteria']));
    expect(blocks.map((b) => b.block_id)).not.toContain('lp_fb_tips');
    expect(shown.match(/\/4/g)?.length ?? 0).toBeLessThanOrEqual(2);
    for (const tip of feedback.tips) expect(shown).not.toContain(tip);
    expect(shown).not.toContain(feedback.followUps[1]);
    const button = blocks.find((b) => b.block_id === 'lp_fb_more')?.elements?.[0];
    expect(button).toMatchObject({ action_id: FEEDBACK_ACTIONS.showAllPrivate, text: { text: 'Show all criteria' } });
    expect(JSON.parse(button?.value ?? '')).toEqual({ a: 42 });
    expect(view.text).toMatch(new RegExp(`^Your story: ${feedback.level}, ${feedback.score}/100\\. `));
  });

  it('the visible thread card has its own button, and the full card has every criterion, the quotes, tips and follow-ups', () => {
    const thread = blocksOf(buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'thread', authorId: 'U0ANA', answerId: 42 }));
    expect(thread.find((b) => b.block_id === 'lp_fb_more')?.elements?.[0]?.action_id).toBe(FEEDBACK_ACTIONS.showAllThread);
    const full = blocksOf(buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'private', answerId: 42, detail: 'full' }));
    const lines = full.find((b) => b.block_id === 'lp_fb_criteria')?.text?.text.split('\n') ?? [];
    expect(lines).toEqual(CRITERION_IDS.map((id) => expect.stringContaining(`${criterionIcon(feedback.criteria[id].score)} *${CRITERION_LABELS[id]}* ${feedback.criteria[id].score}/4`)));
    expect(full.map((b) => b.block_id)).toEqual(expect.arrayContaining(['lp_fb_evidence', 'lp_fb_tips', 'lp_fb_followups']));
    expect(full.map((b) => b.block_id)).not.toContain('lp_fb_more');
  });

  it('stays within Block Kit limits with the longest text the rubric and a person can produce', () => {
    const huge = '<&> '.repeat(6000);
    const long = feedbackOf(huge);
    const wide: Feedback = { ...long, followUps: long.followUps.map(() => huge), tips: long.tips.map(() => huge) };
    for (const detail of ['short', 'full'] as const) {
      for (const audience of ['private', 'thread'] as const) {
        const card = buildFeedbackMessage({ feedback: wide, principleName: huge, audience, authorId: 'U0ANA', answerId: 2 ** 40, detail, change: huge });
        expect(findBlockKitProblems('message', card)).toEqual([]);
        expect(card.text.length).toBeLessThan(4000);
      }
    }
  });
});

describe('an answer the rubric could not read', () => {
  it('says why once, short or full, instead of nine identical criterion lines', () => {
    const feedback = feedbackOf('昨年、私は決済システムの移行を担当しました。チームと一緒に新しい仕組みを作りました。');
    for (const detail of ['short', 'full'] as const) {
      const shown = JSON.stringify(buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'private', answerId: 3, detail }));
      expect(shown.match(/Not scored/g)).toHaveLength(1);
      expect(shown).not.toContain('lp_fb_more');
    }
  });
});

describe('one set of criterion names and icons', () => {
  const feedback = feedbackOf(STRONG_UNLABELLED);

  it('the practice modal uses the same names and icons as the thread card', () => {
    const result: FeedbackResult = { answerId: 1, principle, question: content.questions.find((q) => q.principle === principle.id)!, feedback, covered: 0, alsoFits: [], shared: false, shareUnconfirmed: false, followUpsAnswered: 0 };
    const modal = blocksOf(buildFeedbackModal(result));
    for (const id of CRITERION_IDS) {
      expect(modal.find((b) => b.block_id === `lp_criterion_${id}`)?.text?.text).toMatch(new RegExp(`^${criterionIcon(feedback.criteria[id].score)} \\*${CRITERION_LABELS[id].replace(/[()]/g, '\\$&')}\\* ${feedback.criteria[id].score}/4`));
    }
  });

  it('the CLI report and the App Home use the same names', () => {
    const report = formatFeedback(feedback, PLAIN);
    for (const id of CRITERION_IDS) expect(report).toContain(`${criterionIcon(feedback.criteria[id].score, 'unicode')} ${CRITERION_LABELS[id]}`);
    expect(report).not.toMatch(/^.*\bMetrics\b/m);
    const weak = feedbackOf(NUMBERS_NOT_METRICS);
    const focus = focusCriterion(weak);
    if (focus === undefined) throw new Error('a weakness');
    const model = { latest: { feedback: weak, principle, principleId: principle.id, feedbackAt: '2026-11-30T10:00:00Z', text: NUMBERS_NOT_METRICS } } as unknown as HomeModel;
    const home = JSON.stringify(buildHomeView({ ...homeModel(), ...model }, content.principles));
    expect(home).toContain(`Work on: ${criterionIcon(weak.criteria[focus].score)} *${CRITERION_LABELS[focus]}* ${weak.criteria[focus].score}/4`);
  });

  it('names differ nowhere: the old "Metrics", "Fit with the principle" and "Tone" are gone', () => {
    expect(Object.values(CRITERION_LABELS)).toEqual(expect.arrayContaining(['Measured result', 'Principle fit', 'Direct tone']));
    const card = JSON.stringify(buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'private', detail: 'full' }));
    expect(card).not.toMatch(/\*(Metrics|Tone|Fit with the principle)\*/);
  });
});

function homeModel(): HomeModel {
  return {
    report: { userId: 'U1', rows: [], fullyCovered: 0, next: [] },
    streak: undefined,
    scoredCount: 0,
    trend: '',
    latest: undefined,
    settings: { interviewDate: null, leaderboardOptout: false, weeklySummary: false },
    countdown: { status: 'none' },
  } as unknown as HomeModel;
}
