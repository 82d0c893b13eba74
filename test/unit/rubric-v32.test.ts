import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v32: "Next winter nobody left" after the speaker's steps is the Result; "I hope yes" after "then we will see
 * if..." reports no outcome; "I decided we're not lifting until the shoulder reads 75 degrees" holds a step back until a
 * condition holds; "It adds about ten minutes per document" after the speaker's step is its price; and "if you're the
 * biggest seller, ..., so I have to pick them on purpose" is the speaker's own rule, not a saying. Each story is told
 * in a trade of its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs.verdict;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('the Result and the outcome still to come', () => {
  const rink = (ending: string) =>
    'I manage a small ice rink in Tampere with six staff. In the winter of 2022 two of our three ice technicians quit after a season of night shifts, and the third was off sick for a month. ' +
    'I asked each of them what had worn them down; it was the 2 a.m. resurfacing. I moved the last resurfacing to 22:30 and closed the public session half an hour earlier. ' +
    `I also bought proper thermal boots for the night crew. ${ending}`;

  it('reads "Next winter nobody left" after the steps as the Result', () => {
    const feedback = score(rink('Next winter nobody left, and sick days on the crew were four, not nineteen.'));
    expect(feedback.sections.result ?? '').toContain('Next winter nobody left');
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.;]*Result/);
    // Guard: the speaker's next step, told on the next period, is still a step.
    const step = score(rink('The next winter I hired a fourth technician for the weekend nights.'));
    expect(step.sections.result ?? '').not.toContain('hired a fourth technician');
  });

  it('reads "I hope yes" after "then we will see if..." as no outcome yet', () => {
    const feedback = score(rink('The new timetable starts in October. Then we will see if the crew stays. I hope yes.'));
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('trade-offs said plainly', () => {
  const bakery = (middle: string) =>
    'I translate birth certificates and diplomas for a notary office in Łódź. In 2023 the registry office queried five of my files in one month because the names did not match the passports. ' +
    `${middle} From May to December I had one query in about 300 documents, against five a month before.`;

  it('reads "I decided we\'re not sending until..." as a step held back until a condition holds, not "didn\'t know until"', () => {
    expect(tradeoffsOf(bakery('I decided we are not sending any file until the client has confirmed the passport spelling in writing.'))).toMatch(FOUND('guardrail'));
    expect(tradeoffsOf(bakery('I told the notary I did not know until the registry called me. I now check every name against the passport.'))).not.toMatch(FOUND('guardrail'));
  });

  it('reads "It adds about ten minutes per document" after the speaker\'s step as its price', () => {
    expect(tradeoffsOf(bakery('I changed my method and asked every client for a passport scan first. It adds about ten minutes per document.'))).toMatch(FOUND('cost'));
  });
});

describe('lessons', () => {
  const dairy = (lesson: string) =>
    'I sell milk to the collection centre in Nakuru, about 400 litres a day from 30 cows. In 2020 I stopped treating cows with antibiotics without the vet and paid for a residue test each month. ' +
    `Rejected loads from our area went from eight a month to two. ${lesson}`;

  it('reads a rule the speaker draws after "so", with a condition leading, as specific; a saying stays generic', () => {
    expect(score(dairy("What I learned: if you're the biggest seller, your habits become everybody's habits, so I have to pick them on purpose.")).criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(score(dairy('What I learned is that if you look after your people, they will look after the work.')).criteria.learning.score).toBeLessThanOrEqual(2);
  });
});
