import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/core/rubric/index.js';
import {
  ACCOUNTABLE_FAILURE,
  BLAME_AND_HEDGES,
  CRISP_SPECIFIC,
  HYPOTHETICAL,
  METRICS_ANSWER,
  NUMBERS_NOT_METRICS,
  STRONG_LABELLED,
  VAGUE_PADDED,
  WE_CONTEXT_I_DECISIONS,
  WE_EVERYTHING,
} from './answers.js';
import { CONTENT } from './content-fixture.js';

const criterion = (answer: string, id: Parameters<typeof pick>[1], options = {}) => pick(scoreAnswer(answer, options), id);
function pick(feedback: ReturnType<typeof scoreAnswer>, id: keyof ReturnType<typeof scoreAnswer>['criteria']) {
  return feedback.criteria[id];
}

/** Evidence must be the answer's own words: each quote, without ellipses, appears in the answer. */
function expectQuotedFrom(answer: string, evidence: readonly string[]): void {
  const flat = answer.replace(/\s+/g, ' ');
  for (const q of evidence) for (const part of q.split('…').filter((p) => p.trim() !== '')) expect(flat).toContain(part.trim());
}

describe('structure', () => {
  it('scores a complete STAR-L story 4 and a story without a Result lower, quoting where it stops', () => {
    expect(criterion(STRONG_LABELLED, 'structure').score).toBe(4);
    const noResult = 'At my last job the build was slow. I was asked to fix it. I profiled the build and I cached the dependencies.';
    const result = criterion(noResult, 'structure');
    expect(result.score).toBeLessThanOrEqual(2);
    expect(result.verdict).toContain('missing');
    expect(result.verdict).toContain('Result');
    expect(result.evidence[0]).toContain('I cached the dependencies');
  });

  it('flags a set-up that takes most of the answer', () => {
    const longSetup = `${'Our company sold furniture online and the catalogue team owned the product pages, which were built years ago on an old framework that nobody liked. '.repeat(4)}I rewrote the page template. Load time went from 4s to 1s.`;
    const result = criterion(longSetup, 'structure');
    expect(result.verdict).toMatch(/set-up takes \d+%/);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('scores a one-liner 0 or 1', () => {
    expect(criterion('We had a project with a tight deadline.', 'structure').score).toBeLessThanOrEqual(1);
  });
});

describe('ownership', () => {
  it('accepts "we" for context and execution when the decisions are "I"', () => {
    const result = criterion(WE_CONTEXT_I_DECISIONS, 'ownership');
    expect(result.score).toBe(4);
    expect(result.verdict).toMatch(/decided|proposed|chose/);
  });

  it('scores "we decided, we chose" 0 and quotes the sentences that hide the speaker', () => {
    const result = criterion(WE_EVERYTHING, 'ownership');
    expect(result.score).toBe(0);
    expect(result.evidence.some((q) => q.includes('We decided to pause feature work'))).toBe(true);
    expectQuotedFrom(WE_EVERYTHING, result.evidence);
  });

  it('does not count "I helped" as owning the work', () => {
    const helped = 'Our API was slow. I helped with the caching work and I supported the team during the rollout. We cut latency by 30%.';
    expect(criterion(helped, 'ownership').score).toBeLessThanOrEqual(1);
  });

  it('flags passive voice in the Action', () => {
    const passive = 'The outage hit checkout. I opened the incident channel. The config was rolled back and the cache was flushed. I wrote the postmortem. Errors fell by 90%.';
    const result = criterion(passive, 'ownership');
    expect(result.score).toBeLessThan(4);
    expect(result.verdict).toMatch(/2 passive/);
  });
});

describe('metrics', () => {
  it('scores baseline -> change -> impact 4', () => {
    const result = criterion(METRICS_ANSWER, 'metrics');
    expect(result.score).toBe(4);
    expect(result.verdict).toContain('a change is stated');
  });

  it('does not count years, versions, durations and headcounts, and flags a Result without a measure', () => {
    const result = criterion(NUMBERS_NOT_METRICS, 'metrics');
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.verdict).toContain('set the scene');
    expect(result.evidence).toContain('It went well and everyone was happy.');
  });

  it('gives a single end state without a baseline 2', () => {
    expect(criterion('I built a rules engine for refunds. As a result it now auto-approves 80% of refund requests.', 'metrics').score).toBe(2);
  });
});

describe('length', () => {
  it('reports words and seconds at 150 words a minute', () => {
    const result = criterion(STRONG_LABELLED, 'length');
    expect(result.score).toBe(4);
    expect(result.verdict).toMatch(/^\d+ words, about 1:\d\d min spoken: inside/);
  });

  it('flags short and long answers with the numbers', () => {
    expect(criterion(METRICS_ANSWER, 'length').verdict).toMatch(/shorter than the 60-90 s target/);
    const long = criterion(`${STRONG_UNLABELLED_WORDS} ${STRONG_UNLABELLED_WORDS}`, 'length');
    expect(long.verdict).toMatch(/longer than the 60-90 s target/);
    expect(long.tip).toMatch(/Cut about \d+ words/);
  });
});
const STRONG_UNLABELLED_WORDS = STRONG_LABELLED.replace(/\*[A-Za-z]+:\*/g, '');

describe('tradeoffs', () => {
  it('scores an alternative with its reason plus guardrails 4', () => {
    const result = criterion(STRONG_LABELLED, 'tradeoffs');
    expect(result.score).toBe(4);
    expect(result.verdict).toMatch(/feature flag|rollback/);
  });

  it('scores a single path with no risk named 0 and quotes the unweighed decision', () => {
    const result = criterion('Our reports were slow. I decided to add an index on the orders table. Reports went from 30s to 2s.', 'tradeoffs');
    expect(result.score).toBe(0);
    expect(result.evidence[0]).toContain('I decided to add an index');
  });

  it('scores monitoring alone below a real guardrail', () => {
    const watched = criterion('I moved the job to the new cluster and watched the dashboard. It ran fine.', 'tradeoffs').score;
    const guarded = criterion('I moved the job to the new cluster behind a feature flag, with a rollback plan. It ran fine.', 'tradeoffs').score;
    expect(watched).toBe(1);
    expect(guarded).toBeGreaterThan(watched);
  });
});

describe('learning', () => {
  it('scores a specific lesson applied since 4', () => {
    expect(criterion(STRONG_LABELLED, 'learning').score).toBe(4);
    expect(criterion(ACCOUNTABLE_FAILURE, 'learning').score).toBeGreaterThanOrEqual(3);
  });

  it('calls a lesson that fits any story generic and quotes it', () => {
    const result = criterion(VAGUE_PADDED, 'learning');
    expect(result.score).toBeLessThanOrEqual(2);
    expect(result.verdict).toContain('generic');
    expect(result.evidence.some((q) => q.includes('communication is really'))).toBe(true);
  });

  it('scores no reflection 0', () => {
    expect(criterion(METRICS_ANSWER, 'learning').score).toBe(0);
  });
});

describe('alignment', () => {
  it('scores a story with several signs of the principle asked 4 and reports what it shows', () => {
    const feedback = scoreAnswer(STRONG_LABELLED, { principle: 'deep dive', content: CONTENT });
    expect(feedback.principle.asked).toBe('dive-deep');
    expect(feedback.criteria.alignment.score).toBeGreaterThanOrEqual(3);
    expect(feedback.principle.fit).toBe('strong');
    expect(feedback.principle.detected).toContain('dive-deep');
  });

  it('warns when another principle fits the story clearly better', () => {
    const frugal = 'Our cloud budget was cut by 30%. I reviewed every cost line, moved logs to cheaper storage and reused our existing CI runners instead of buying new ones. We saved $18K a month and stayed within budget.';
    const result = scoreAnswer(frugal, { principle: 'earn-trust', content: CONTENT });
    expect(result.criteria.alignment.score).toBeLessThanOrEqual(2);
    expect(result.criteria.alignment.verdict).toContain('reads as Frugality');
    expect(result.criteria.alignment.evidence.join(' ')).toContain('budget was cut by 30%');
    expect(result.principle.fit).not.toBe('strong');
  });

  it('does not count naming the principle as showing it', () => {
    const named = 'I always dive deep, I love to dive deep and I dove deep on this one. It was fixed.';
    expect(scoreAnswer(named, { principle: 'dive-deep', content: CONTENT }).criteria.alignment.verdict).toContain('Asked as Dive Deep it fits weakly');
  });

  it('takes the principle from the question when none is given', () => {
    expect(scoreAnswer(CRISP_SPECIFIC, { question: 'dd-slow-service', content: CONTENT }).principle.asked).toBe('dive-deep');
  });
});

describe('specificity', () => {
  it('scores named systems, people and numbers 4', () => {
    expect(criterion(CRISP_SPECIFIC, 'specificity').score).toBe(4);
  });

  it('quotes generic claims with nothing behind them', () => {
    const result = criterion(VAGUE_PADDED, 'specificity');
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.evidence.some((q) => /aligned stakeholders|worked\s+closely|drove alignment/.test(q))).toBe(true);
    expectQuotedFrom(VAGUE_PADDED, result.evidence);
  });

  it('flags a hypothetical "I would" answer', () => {
    const result = criterion(HYPOTHETICAL, 'specificity');
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.verdict).toContain('not a real past event');
    expect(result.evidence[0]).toContain('I would first listen');
  });

  it('does not treat "what I would do differently" in the lesson as hypothetical', () => {
    const answer = `${CRISP_SPECIFIC} Next time I would add the retry budget to the runbook on day one.`;
    expect(criterion(answer, 'specificity').verdict).not.toContain('not a real past event');
  });
});

describe('tone', () => {
  it('flags blame and hedges with quotes', () => {
    const result = criterion(BLAME_AND_HEDGES, 'tone');
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.verdict).toMatch(/blaming/);
    expect(result.evidence.some((q) => q.includes('dropped the ball'))).toBe(true);
    expect(result.evidence.some((q) => /kind of|I guess|basically/.test(q))).toBe(true);
    expectQuotedFrom(BLAME_AND_HEDGES, result.evidence);
  });

  it('scores an accountable failure story 4', () => {
    expect(criterion(ACCOUNTABLE_FAILURE, 'tone').score).toBe(4);
  });

  it('does not read "lazy loaded" as blame', () => {
    expect(criterion('I lazy loaded the images and put them behind a CDN.', 'tone').score).toBe(4);
  });
});
