import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { computeCoverage } from '../../../src/core/coverage.js';
import { interviewCountdown } from '../../../src/core/countdown.js';
import { PRINCIPLE_IDS } from '../../../src/core/principles.js';
import { scoreAnswer } from '../../../src/core/rubric/index.js';
import { findBlockKitProblems } from '../../../src/local-slack/index.js';
import { coverageReply, storiesReply } from '../../../src/features/stories/views.js';
import type { CoverageReport } from '../../../src/features/stories/service.js';
import { buildHomeView } from '../../../src/features/home/views.js';
import type { HomeModel } from '../../../src/features/home/service.js';
import { buildAnswerModal, buildFeedbackModal, buildFollowUpModal, buildSharedStoryMessage, joinStar, starValuesFromText } from '../../../src/features/practice/views.js';
import type { FeedbackResult, Round } from '../../../src/features/practice/service.js';
import { forgetConfirmReply } from '../../../src/features/privacy/views.js';

const content = loadContent();
const principle = content.principles[0]!;
const question = content.questions.find((q) => q.principle === principle.id)!;
const huge = '<&>'.repeat(1000);

function report(userId = 'U1'): CoverageReport {
  const coverage = computeCoverage(PRINCIPLE_IDS, []);
  const rows = coverage.map((c) => ({ principle: { ...content.principles.find((p) => p.id === c.principleId)!, name: 'N'.repeat(200) }, coverage: c }));
  return { userId, rows, fullyCovered: 0, next: rows.slice(0, 3) };
}

describe('practice views stay within Block Kit limits', () => {
  const round: Round = { principle: { ...principle, name: 'P'.repeat(300) }, question: { ...question, text: huge }, promptId: 7 };

  it('answer modal, one box and five boxes, with a 3000-character story pre-filled', () => {
    const retry = { ...round, retry: { answerId: 123456789, text: 'x'.repeat(3000) } };
    for (const star of [false, true]) {
      const view = buildAnswerModal(retry, { star });
      expect(findBlockKitProblems('modal', view)).toEqual([]);
    }
    expect(buildAnswerModal(round, { star: false }).title.text).toBe('Practice');
  });

  it('feedback modal with the longest content the rubric and the user can produce', () => {
    const feedback = scoreAnswer(huge, { principle: principle.id, content });
    const long = {
      ...feedback,
      criteria: Object.fromEntries(Object.entries(feedback.criteria).map(([id, c]) => [id, { ...c, verdict: huge, evidence: [huge] }])) as typeof feedback.criteria,
      tips: [huge, huge, huge],
      followUps: [huge, huge, huge, huge],
    };
    const result: FeedbackResult = {
      answerId: 1,
      principle: round.principle,
      question: round.question,
      feedback: long,
      previous: feedback,
      covered: 1,
      alsoFits: content.principles.slice(0, 15),
      shared: false,
      shareUnconfirmed: false,
      followUpsAnswered: 0,
    };
    expect(findBlockKitProblems('modal', buildFeedbackModal(result, huge.slice(0, 2000)))).toEqual([]);
    expect(findBlockKitProblems('modal', buildFollowUpModal(1, 0, huge))).toEqual([]);
    expect(findBlockKitProblems('message', buildSharedStoryMessage('U1', round.principle, 'y'.repeat(3000)))).toEqual([]);
  });

  it('STAR boxes and one labelled story convert both ways', () => {
    const values = { situation: 'S text', task: 'T text', action: 'A1\nA2', result: 'R text', learning: '' };
    const joined = joinStar(values);
    expect(joined).toBe('Situation: S text\nTask: T text\nAction: A1\nA2\nResult: R text');
    expect(starValuesFromText(joined)).toEqual({ situation: 'S text', task: 'T text', action: 'A1\nA2', result: 'R text' });
    expect(starValuesFromText('no labels here')).toEqual({ situation: 'no labels here' });
  });
});

describe('coverage, stories, privacy and Home views stay within limits', () => {
  it('coverage reply for any names', () => {
    const reply = coverageReply(report(), 'U2');
    expect(findBlockKitProblems('message', { text: reply.text, blocks: reply.blocks })).toEqual([]);
    expect(reply.text).toBe('Coverage of <@U1>: 0 of 16 principles have 2 stories at the bar.');
  });

  it('a page of ten stories with long titles and the page buttons', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      answerId: i,
      principleId: principle.id,
      kind: 'practice' as const,
      text: huge,
      score: 70,
      level: 'Meets the bar' as const,
      votes: 3,
      createdAt: '2026-11-27T10:00:00Z',
      title: huge,
      principle,
    }));
    const reply = storiesReply({ items, total: 1000, offset: 10, principle });
    expect(findBlockKitProblems('message', { blocks: reply.blocks })).toEqual([]);
    expect(reply.blocks?.at(-1)).toMatchObject({ type: 'actions', elements: [{ text: { text: 'Newer' } }, { text: { text: 'Older' } }] });
  });

  it('the forget-me question', () => {
    const reply = forgetConfirmReply({ answers: 5, feedback: 9, votesCast: 1, votesReceived: 2, practiceRounds: 3, settings: 1 });
    expect(findBlockKitProblems('message', { blocks: reply.blocks })).toEqual([]);
  });

  it('the Home with every section filled, a long plan and long text', () => {
    const feedback = scoreAnswer(huge, { principle: principle.id, content });
    const model: HomeModel = {
      userId: 'U1',
      report: report(),
      streak: { current: 12, longest: 40 },
      trend: '▁▂▃▄▅▆▇█▇▆ 10 → 60 (+50)',
      scoredCount: 1000,
      mockLoops: { channelId: 'C0TEAM', inPool: true },
      latest: { answerId: 1, principleId: principle.id, text: huge, createdAt: '2026-11-27T10:00:00Z', feedback: { ...feedback, tips: [huge, huge] }, feedbackAt: '2026-11-27T10:00:00Z', principle },
      settings: { userId: 'U1', leaderboardOptout: true, weeklySummary: true, interviewDate: '2027-03-01' },
      countdown: interviewCountdown('2026-11-30', '2027-03-01', PRINCIPLE_IDS),
      spoken: { paces: [182, 171, 160, 151], trend: { first: 182, last: 151, change: 'slower' } },
      plan: { interviewDate: '2027-03-01', daysLeft: 91, needs: [{ principleId: principle.id, need: 3, target: 3 }], storiesNeeded: 3, dueThisWeek: [principle.id, principle.id], mostAsked: [principle.id] },
      trackName: 'Product / program manager',
    };
    const view = buildHomeView(model, content.principles);
    // The plan: what is still needed and this week's share, the most-asked principle named with the track.
    expect(JSON.stringify(view)).toMatch(/3 more stories at the bar, across 1 principle \(2 per principle; 3 for [^,]+, the most asked for Product \/ program manager\)/);
    expect(JSON.stringify(view)).toMatch(/Due this week:\* [^"]+ ×2/);
    // The latest story was not told in a clip: no microphone on it.
    expect(JSON.stringify(view)).not.toContain(':studio_microphone: spoken');
    expect(JSON.stringify(buildHomeView({ ...model, latest: { ...model.latest!, spokenWpm: 151 } }, content.principles))).toContain(':studio_microphone: spoken, 151 wpm');
    // Told in clips: the pace moved from 182 to 151 words a minute.
    expect(JSON.stringify(view)).toMatch(/182 → 151 words a minute \(slower, closer to the target\)/);
    expect(findBlockKitProblems('home', view)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view)).toContain('…and 84 more days.');
    expect(JSON.stringify(view)).toContain('"value":"leave:C0TEAM"');
    // Not in a pool yet, but answering the channel's prompts: the Home offers to join that channel's pool.
    const joinable = JSON.stringify(buildHomeView({ ...model, mockLoops: { channelId: 'C0TEAM', inPool: false } }, content.principles));
    expect(joinable).toContain('Join mock loops');
    expect(joinable).toContain('"value":"join:C0TEAM"');
    // One clip so far: its pace, no trend; no clip: no line about speaking at all.
    expect(JSON.stringify(buildHomeView({ ...model, spoken: { paces: [171], trend: undefined } }, content.principles))).toContain('ran at 171 words a minute');
    expect(JSON.stringify(buildHomeView({ ...model, spoken: undefined }, content.principles))).not.toContain('lp_home_pace');
  });
});
