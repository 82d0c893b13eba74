import { describe, expect, it } from 'vitest';
import { FeedbackSchema, LEVELS, scoreAnswer, UnknownPrincipleError } from '../../../src/core/rubric/index.js';
import {
  ACCOUNTABLE_FAILURE,
  BARE_CODE,
  BLAME_AND_HEDGES,
  CODE_ONLY,
  CRISP_SPECIFIC,
  HYPOTHETICAL,
  JAPANESE,
  SPANISH,
  STRONG_BULLETED,
  STRONG_LABELLED,
  STRONG_UNLABELLED,
  VAGUE_PADDED,
  WE_CONTEXT_I_DECISIONS,
  WE_EVERYTHING,
  RUN_ON,
  IMPLAUSIBLE,
  QUALITATIVE,
} from './answers.js';
import { CONTENT } from './content-fixture.js';

const CRITERIA = ['structure', 'ownership', 'metrics', 'length', 'tradeoffs', 'learning', 'alignment', 'specificity', 'tone'];

describe('scoreAnswer', () => {
  it('returns the contract shape, which round-trips through JSON and FeedbackSchema', () => {
    const feedback = scoreAnswer(STRONG_LABELLED, { principle: 'dive-deep', question: 'dd-slow-service', content: CONTENT });
    expect(Object.keys(feedback.criteria)).toEqual(CRITERIA);
    expect(Object.keys(feedback.sections)).toEqual(['situation', 'task', 'action', 'result', 'learning']);
    const parsed = FeedbackSchema.parse(JSON.parse(JSON.stringify(feedback)));
    expect(parsed).toEqual(feedback);
  });

  it('is deterministic', () => {
    const first = JSON.stringify(scoreAnswer(VAGUE_PADDED, { principle: 'earn-trust', content: CONTENT }));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(scoreAnswer(VAGUE_PADDED, { principle: 'earn-trust', content: CONTENT }))).toBe(first);
  });

  it('rates the strong example "Raises the bar" whether labelled, unlabelled or bulleted', () => {
    for (const answer of [STRONG_LABELLED, STRONG_UNLABELLED, STRONG_BULLETED]) {
      const feedback = scoreAnswer(answer, { principle: 'dive-deep', content: CONTENT });
      expect(feedback.level).toBe('Raises the bar');
    }
  });

  it('scores a vague padded answer clearly below a shorter crisp one', () => {
    const vague = scoreAnswer(VAGUE_PADDED);
    const crisp = scoreAnswer(CRISP_SPECIFIC);
    expect(vague.stats.words).toBeGreaterThan(2 * crisp.stats.words);
    expect(crisp.score - vague.score).toBeGreaterThanOrEqual(30);
    expect(vague.level).toBe('Not yet');
  });

  it('ranks "I" decisions above the same story told with "we" decisions', () => {
    expect(scoreAnswer(WE_CONTEXT_I_DECISIONS).score).toBeGreaterThan(scoreAnswer(WE_EVERYTHING).score + 10);
  });

  it('counts first-person pronouns and lists the numbers with their kinds', () => {
    const { stats } = scoreAnswer(WE_CONTEXT_I_DECISIONS);
    expect(stats.firstPersonSingular).toBe(5);
    expect(stats.firstPersonPlural).toBe(4);
    expect(stats.numbers).toContainEqual({ text: '97.1%', kind: 'metric' });
    expect(stats.seconds).toBe(Math.round((stats.words / 150) * 60));
  });

  it('caps the level when there is no personal action', () => {
    const feedback = scoreAnswer(WE_EVERYTHING);
    expect(['Almost there', 'Not yet']).toContain(feedback.level);
    expect(feedback.tips[0]).toMatch(/"I" sentences/);
  });

  it('caps the level when there is no Result, even for an otherwise good answer', () => {
    const noResult = STRONG_LABELLED.split('\n').filter((line) => !line.startsWith('*Result')).join('\n');
    const feedback = scoreAnswer(noResult);
    expect(feedback.sections.result).toBeNull();
    expect(LEVELS.indexOf(feedback.level)).toBeGreaterThanOrEqual(LEVELS.indexOf('Almost there'));
    expect(feedback.score).toBeLessThan(62);
  });

  it('finds the Result of a story whose stakes are not measurable, and lets it meet the bar', () => {
    const feedback = scoreAnswer(QUALITATIVE);
    expect(feedback.sections.result).toContain('Within a month she was reviewing again');
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(1);
    expect(feedback.level).toBe('Meets the bar');
  });

  it('keeps a two-sentence answer at "Almost there" at best, however good its numbers', () => {
    const feedback = scoreAnswer('I noticed 12% of our onboarding emails bounced and I fixed the DNS records. Bounces fell from 12% to 0.5%.');
    expect(feedback.stats.words).toBeLessThan(50);
    expect(LEVELS.indexOf(feedback.level)).toBeGreaterThanOrEqual(LEVELS.indexOf('Almost there'));
  });

  it('flags a hypothetical answer as not a real event and caps it', () => {
    const feedback = scoreAnswer(HYPOTHETICAL);
    expect(feedback.level).toBe('Not yet');
    expect(feedback.criteria.specificity.verdict).toContain('not a real past event');
  });

  it('keeps blame out of a good level', () => {
    expect(scoreAnswer(BLAME_AND_HEDGES).level).toBe('Not yet');
    expect(scoreAnswer(ACCOUNTABLE_FAILURE).score).toBeGreaterThan(scoreAnswer(BLAME_AND_HEDGES).score + 20);
  });

  it.each([
    ['Spanish', SPANISH],
    ['Japanese', JAPANESE],
  ])('gives %s text a low score with an explanation', (_name, answer) => {
    const feedback = scoreAnswer(answer);
    expect(feedback.score).toBeLessThanOrEqual(10);
    expect(feedback.level).toBe('Not yet');
    expect(feedback.tips[0]).toMatch(/English/);
    expect(FeedbackSchema.safeParse(feedback).success).toBe(true);
  });

  it.each([
    ['fenced', CODE_ONLY],
    ['bare', BARE_CODE],
  ])('gives %s code a low score with an explanation', (_name, answer) => {
    const feedback = scoreAnswer(answer);
    expect(feedback.score).toBe(0);
    expect(feedback.tips[0]).toMatch(/code/);
  });

  it('explains an empty answer instead of failing', () => {
    const feedback = scoreAnswer('   \n ');
    expect(feedback.score).toBe(0);
    expect(feedback.tips[0]).toMatch(/empty/);
  });

  it('reads a run-on, lower-case Slack answer clause by clause', () => {
    const feedback = scoreAnswer(RUN_ON);
    expect(feedback.sections.situation).toContain('nobody owned it');
    expect(feedback.sections.action).toContain('i looked at the funnel data');
    expect(feedback.sections.result).toContain('went from 48% to 71%');
    expect(feedback.sections.learning).toContain('what i learned');
    expect(feedback.criteria.structure.score).toBeGreaterThanOrEqual(3);
    expect(['Meets the bar', 'Raises the bar']).toContain(feedback.level);
  });

  it('doubts an extraordinary jump: metrics capped, quoted, and probed first', () => {
    const feedback = scoreAnswer(IMPLAUSIBLE);
    expect(feedback.criteria.metrics.score).toBeLessThanOrEqual(2);
    expect(feedback.criteria.metrics.verdict).toContain('300x jump');
    expect(feedback.criteria.metrics.evidence[0]).toContain('from $3 million to $900 million');
    expect(feedback.followUps[0]).toContain('$900 million');
  });

  it('does not doubt a large drop in a time measure', () => {
    const fast = 'I rewrote the report query. Report time went from 120s to 400ms, and analysts stopped exporting to spreadsheets.';
    expect(scoreAnswer(fast).criteria.metrics.verdict).not.toContain('invites doubt');
  });

  it('handles a 40,000-character answer', () => {
    const huge = `${STRONG_UNLABELLED}\n`.repeat(Math.ceil(40_000 / STRONG_UNLABELLED.length)).slice(0, 40_000);
    const feedback = scoreAnswer(huge);
    expect(feedback.stats.words).toBeGreaterThan(5_000);
    expect(feedback.criteria.length.score).toBe(0);
    expect(FeedbackSchema.safeParse(feedback).success).toBe(true);
  });

  it('survives pathological input without a catastrophic regex', () => {
    const texts = ['<'.repeat(40_000), ':a'.repeat(20_000), '_a'.repeat(20_000), '```a'.repeat(10_000), '1.'.repeat(20_000), 'I '.repeat(20_000), `${'.'.repeat(39_999)}x`, '!?'.repeat(20_000), ', i'.repeat(13_000), '. '.repeat(20_000), '\n\nx\nxx'.repeat(6_700)];
    const started = performance.now();
    for (const text of texts) expect(() => scoreAnswer(text)).not.toThrow();
    // Generous bound: a quadratic pass over 40,000 characters takes seconds, a linear one milliseconds.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('accepts a principle by alias and rejects an unknown one with the valid ids', () => {
    expect(scoreAnswer(CRISP_SPECIFIC, { principle: 'cx', content: CONTENT }).principle.asked).toBe('customer-obsession');
    expect(scoreAnswer(CRISP_SPECIFIC, { principle: 'dive-deep' }).principle.asked).toBe('dive-deep');
    expect(() => scoreAnswer(CRISP_SPECIFIC, { principle: 'be-nice', content: CONTENT })).toThrow(UnknownPrincipleError);
    try {
      scoreAnswer(CRISP_SPECIFIC, { principle: 'be-nice', content: CONTENT });
    } catch (error) {
      expect((error as UnknownPrincipleError).validIds).toContain('frugality');
    }
  });
});

describe('follow-ups and tips', () => {
  it('asks 2-4 follow-ups aimed at the weakest criteria, using the question probes first', () => {
    const answer = 'Our search was slow. I added an index on the orders table. Search got faster.';
    const feedback = scoreAnswer(answer, { question: 'dd-slow-service', content: CONTENT });
    expect(feedback.followUps.length).toBeGreaterThanOrEqual(2);
    expect(feedback.followUps.length).toBeLessThanOrEqual(4);
    expect(feedback.followUps).toContain('What did the numbers look like before and after your fix?');
    expect(feedback.followUps).toContain('Which fixes did you rule out, and why?');
  });

  it('draws on other questions of the principle when the question has no probe of the kind needed', () => {
    const feedback = scoreAnswer('Our search was slow. I added an index. Search went from 4s to 1s.', { question: 'dd-slow-service', content: CONTENT });
    expect(feedback.followUps).toContain('What would you check first if this happened again?');
  });

  it('still probes a strong answer at least twice', () => {
    expect(scoreAnswer(STRONG_LABELLED).followUps.length).toBeGreaterThanOrEqual(2);
  });

  it('gives 1-3 distinct tips, the blocking gap first', () => {
    const feedback = scoreAnswer('At my last job the build was slow. I was asked to fix it. I profiled the build and I cached the dependencies.');
    expect(feedback.tips.length).toBeGreaterThanOrEqual(1);
    expect(feedback.tips.length).toBeLessThanOrEqual(3);
    expect(new Set(feedback.tips).size).toBe(feedback.tips.length);
    expect(feedback.tips[0]).toMatch(/Result/);
  });
});
