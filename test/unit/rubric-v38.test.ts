import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v38: a list of claims standing in for the steps, with nothing real named, is a template; the line that waits
 * for the outcome does not report it by naming the change it waits on; a nod ("Fair point.") may stand between a worry
 * and what met it; "so I was behind on my own work by three weeks" and "the money came out of our margin" are prices,
 * while "we were behind schedule and over budget" is how a story starts.
 */
const content = loadContent();

describe('a claim list with nothing real named', () => {
  it('is a template, "Not yet"', () => {
    const feedback = scoreAnswer(
      'Situation: A fast-growing service operation with legacy processes and pain points across the journey.\n' +
        'Task: Own the transformation end to end and reduce friction.\n' +
        'Action: I led. I delivered. I questioned assumptions, mapped the journeys, digitised paper forms, retired manual steps, coached the supervisors, and aligned every team behind one plan. Bold, simple, fast.\n' +
        'Result: 35% reduction. 2x efficiency. 20% uplift in satisfaction. Full adoption.\n' +
        'Learning: Simple beats clever; change is a team sport.',
      { principle: 'invent-and-simplify', content },
    );
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('the line that waits for the outcome', () => {
  it('reports no outcome by naming the change it waits on', () => {
    const feedback = scoreAnswer(
      'I run a family bakery with four staff in Porto. Our bread bags were plastic, and with the café growing I wanted them gone. ' +
        'I compared a paper bag from a mill in Aveiro with a compostable film, and I chose the paper because the film needs an industrial composter the town does not have. ' +
        'I changed our order with the supplier and I put a sign by the till explaining why. The paper bags arrived in November. ' +
        "Now we wait for the winter: by March we'll know whether the bags hold up in the rain and whether regulars accept the price of our large loaf, which went up by 2 euros.",
      { principle: 'success-and-scale-bring-broad-responsibility', content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('a worry met after a nod', () => {
  it('reads "Fair point. So we got his consent..." as a guardrail', () => {
    const feedback = scoreAnswer(
      'I manage the finances of about 90 adults under a court order. A client\'s sister had stopped trusting us after a double payment. ' +
        'I offered to send her his monthly statement by email. My team leader was worried about privacy. Fair point. ' +
        'So we got the client\'s consent with his advocate in the room, and I set the statement up as a standing task in his file. ' +
        'Within six months her calls went from five a week to one a fortnight and she withdrew her complaint.',
      { principle: 'earn-trust', content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/guardrail \("So we got the client's consent/);
  });
});

describe('prices told as work set back or money taken from elsewhere', () => {
  const story = (price: string) =>
    'I teach third grade in a rural school. Place-value results were 41% in April. I built counting boards from egg cartons and used them two hours a week. ' +
    `${price} After eight weeks my class was at 73% on the same test.`;

  it('finds "so I was behind on geometry by three weeks" and "the money came out of our margin"', () => {
    expect(scoreAnswer(story('That time came from the textbook hours, so I was behind on geometry by about three weeks.'), { content }).criteria.tradeoffs.verdict).toMatch(
      /cost accepted \("so I was behind on geometry/,
    );
    expect(scoreAnswer(story('That money came out of our class fund for the trip.'), { content }).criteria.tradeoffs.verdict).toMatch(/cost accepted \("That money came out of our class fund/);
  });

  it('reads "we were behind schedule and over budget" as no price', () => {
    const feedback = scoreAnswer(
      'We were behind schedule and over budget on the school extension. I re-sequenced the trades and ran two shifts for a month. We handed over in August, two weeks late instead of ten.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/behind schedule and over budget/);
  });
});
