import { describe, expect, it } from 'vitest';
import { renderCheatSheet } from '../../../src/core/cheat-sheet.js';
import { addDays, daysBetween, interviewCountdown, isCalendarDate } from '../../../src/core/countdown.js';
import { scoreTrendBar } from '../../../src/core/score-trend.js';
import { storyTitle } from '../../../src/core/story-title.js';

describe('scoreTrendBar', () => {
  it('draws the last ten scores and the change from the first to the last', () => {
    expect(scoreTrendBar([])).toBe('No scored answers yet.');
    expect(scoreTrendBar([55])).toBe('▅ 55');
    expect(scoreTrendBar([0, 20, 40, 60, 80, 100])).toBe('▁▂▄▅▇█ 0 → 100 (+100)');
    expect(scoreTrendBar([90, 50])).toBe('█▅ 90 → 50 (−40)');
    expect(scoreTrendBar([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).startsWith('▁▁▁▁▁▁▁▁▁▁ 3 → 12')).toBe(true);
  });
});

describe('interviewCountdown', () => {
  const focus = ['dive-deep', 'ownership', 'think-big'] as const;
  it('plans one principle a day, weakest first, and keeps the last day for review', () => {
    const countdown = interviewCountdown('2026-11-30', '2026-12-05', focus);
    expect(countdown).toEqual({
      status: 'ahead',
      interviewDate: '2026-12-05',
      daysLeft: 5,
      plan: [
        { date: '2026-11-30', focus: { kind: 'principle', principleId: 'dive-deep' } },
        { date: '2026-12-01', focus: { kind: 'principle', principleId: 'ownership' } },
        { date: '2026-12-02', focus: { kind: 'principle', principleId: 'think-big' } },
        { date: '2026-12-03', focus: { kind: 'principle', principleId: 'dive-deep' } },
        { date: '2026-12-04', focus: { kind: 'review' } },
      ],
    });
  });
  it('handles no date, today, a past date, and nothing left to cover', () => {
    expect(interviewCountdown('2026-11-30', null, focus)).toEqual({ status: 'none' });
    expect(interviewCountdown('2026-11-30', '2026-11-30', focus)).toEqual({ status: 'today', interviewDate: '2026-11-30' });
    expect(interviewCountdown('2026-11-30', '2026-11-01', focus).status).toBe('past');
    const covered = interviewCountdown('2026-11-30', '2026-12-02', []);
    expect(covered.status === 'ahead' && covered.plan.map((d) => d.focus.kind)).toEqual(['review', 'review']);
  });
  it('counts calendar days across month and DST boundaries', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('tomorrow')).toBe(false);
  });
});

describe('storyTitle', () => {
  it('names the situation (the rubric reads it; else the first sentence), without when/where framing, labels or formatting', () => {
    expect(storyTitle('Situation: our checkout service failed 4% of payments during the spring sale.')).toBe('Checkout service failed 4% of payments');
    expect(storyTitle('ignored', 'In March our checkout was unusable for screen-reader users, and nobody knew why.')).toBe('Checkout was unusable for screen-reader users');
    expect(storyTitle('x', 'At a logistics company, our nightly invoice job failed twice a week.')).toBe('Nightly invoice job failed twice a week');
    expect(storyTitle('**S:** Short one.')).toBe('Short one');
    expect(storyTitle('\n\n  ')).toBe('Untitled story');
  });
});

describe('renderCheatSheet', () => {
  const sections = { situation: 'Checkout failed 4%.', task: 'I owned the fix.', action: 'I traced a leak.', result: 'Errors fell to 0.2%.', learning: null };
  it('prints the best two stories per principle in STAR-L with score and follow-ups, then the uncovered ones', () => {
    const sheet = renderCheatSheet({
      generatedOn: '2026-11-30',
      principles: [
        {
          name: 'Dive Deep',
          stories: [
            { title: 'Checkout leak', score: 84, level: 'Raises the bar', sections, text: '', followUps: ['What did the logs show?'] },
            { title: 'Billing bug', score: 70, level: 'Meets the bar', sections: { ...sections, situation: null, task: null, action: null, result: null }, text: 'Plain story\nline two', followUps: [] },
            { title: 'Third', score: 65, level: 'Meets the bar', sections, text: '', followUps: [] },
          ],
        },
        { name: 'Ownership', stories: [{ title: 'On call', score: 66, level: 'Meets the bar', sections, text: '', followUps: [] }] },
        { name: 'Think Big', stories: [] },
      ],
    });
    expect(sheet).toBe(
      [
        '# LP Coach cheat sheet (2026-11-30)',
        '',
        '1 of 3 principles have two stories at the bar; 1 have none yet.',
        '',
        '## Dive Deep',
        '',
        '### 1. Checkout leak (84/100, Raises the bar)',
        '',
        '- **Situation:** Checkout failed 4%.',
        '- **Task:** I owned the fix.',
        '- **Action:** I traced a leak.',
        '- **Result:** Errors fell to 0.2%.',
        '',
        'Follow-ups to prepare for:',
        '- What did the logs show?',
        '',
        '### 2. Billing bug (70/100, Meets the bar)',
        '',
        '> Plain story',
        '> line two',
        '',
        '## Ownership (one story: find a backup)',
        '',
        '### 1. On call (66/100, Meets the bar)',
        '',
        '- **Situation:** Checkout failed 4%.',
        '- **Task:** I owned the fix.',
        '- **Action:** I traced a leak.',
        '- **Result:** Errors fell to 0.2%.',
        '',
        '## Still uncovered',
        '',
        '- Think Big',
        '',
      ].join('\n'),
    );
  });
});

