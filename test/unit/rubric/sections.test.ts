import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../src/core/rubric/analysis.js';
import { findSections } from '../../../src/core/rubric/sections.js';
import { STRONG_BULLETED, STRONG_LABELLED, STRONG_UNLABELLED } from './answers.js';

function sectionsOf(answer: string) {
  return findSections(analyzeAnswer(answer));
}

describe('findSections', () => {
  it.each([
    ['labelled', STRONG_LABELLED],
    ['unlabelled', STRONG_UNLABELLED],
    ['bulleted', STRONG_BULLETED],
  ])('finds all five STAR-L parts in the %s version of the same story', (_kind, answer) => {
    const sections = sectionsOf(answer);
    for (const id of ['situation', 'task', 'action', 'result', 'learning'] as const) expect(sections.words[id], id).toBeGreaterThan(0);
    expect(sections.words.action).toBeGreaterThan(sections.words.situation);
  });

  it('uses labels when the answer has them, quoting the text without the label', () => {
    const sections = sectionsOf(STRONG_LABELLED);
    expect(sections.labelled).toBe(true);
    expect(sections.text.result?.startsWith('p95 went from 1.8s to 280ms')).toBe(true);
    expect(sections.text.task).toContain('I owned getting p95 under 400ms');
  });

  it('recognises an unlabelled story by its wording', () => {
    const sections = sectionsOf(
      'At my last company, our deploys failed every Friday. My goal was to make them boring. I wrote a pre-deploy check and I added a canary stage. As a result, failed deploys fell from 6 to 1 a month. I learned to automate the checks people forget.',
    );
    expect(sections.labelled).toBe(false);
    expect(sections.of).toEqual(['situation', 'task', 'action', 'result', 'learning']);
  });

  it('reads outcome sentences after the action as the result, even without a marker', () => {
    const sections = sectionsOf('Our launch was at risk. I re-planned the work and I paired with the auth team. We launched on schedule and acquired 5,000 users in the first month.');
    expect(sections.of.at(-1)).toBe('result');
  });

  it('puts a lesson written inside a labelled Result into Learning when there is no Learning label', () => {
    const sections = sectionsOf('Situation: Builds were slow.\nAction: I cached the dependencies.\nResult: Builds went from 20 to 6 minutes. I learned to measure the build before changing it.');
    expect(sections.text.learning).toBe('I learned to measure the build before changing it.');
  });

  it('reads the list between a "Context:" label and a "Lesson:" label by its wording', () => {
    const sections = sectionsOf(
      'Context: night pharmacist at a 300-bed hospital. Two insulin errors in a month, both from look-alike pens.\n- moved the two pens to separate bins and added a red shelf label myself\n- asked the ward leads to check the pen at the bedside for four weeks\n- errors went from 2 a month to 0 in the next quarter\nLesson: fix the shelf before blaming the person.',
    );
    expect(sections.words.action).toBeGreaterThan(0);
    expect(sections.text.result).toContain('errors went from 2 a month to 0');
  });

  it('reads bullets between a "context:" bullet and a "result:" bullet by their wording, and "what i do now:" as the lesson', () => {
    const sections = sectionsOf(
      '• context: support lead at a payroll company; after a billing migration, refunds sat between two teams\n• took them on myself, even though refunds belong to billing\n• wrote a query to find every double charge and refunded them by hand\n• result: all 104 customers refunded in 6 working days\n• what i do now: when a ticket has no owner, i name one the same day',
    );
    expect(sections.text.action).toContain('wrote a query');
    expect(sections.text.learning).toContain('i name one the same day');
  });

  it.each([
    'A year later she was promoted to shift lead.',
    'After six weeks the backlog was gone and the night team kept the new board.',
    'The leak was found and isolated within an hour, and the pressure peaked at 4 bar.',
  ])('reads what happened after the action as the result: %s', (ending) => {
    const sections = sectionsOf(`Our warehouse kept losing pallets. I rebuilt the put-away route and I trained the night team on it. ${ending}`);
    expect(sections.of.at(-1)).toBe('result');
  });

  it('finds no Action or Result in a one-line complaint', () => {
    const sections = sectionsOf('We had a project with a tight deadline.');
    expect(sections.words.action).toBe(0);
    expect(sections.words.result).toBe(0);
  });
});
