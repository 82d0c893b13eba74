import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v4: a result told as an increment, "200 more events a year", "30 fewer returns a month", is a change measured
 * against what came before, as "up 30%" is. Seen on answers the rubric had never seen (fresh9); shown here in other trades.
 */
const content = loadContent();
const SETUP = 'I look after the booking desk at a community sports centre. Last year our court bookings were slipping and I changed how the online calendar showed free slots. ';

function metricsOf(answer: string) {
  return scoreAnswer(answer, { principle: 'deliver-results', content }).criteria.metrics;
}

describe('"N more / fewer X" measures a change', () => {
  it.each([
    ['By the spring we were taking about 60 more court bookings a week.'],
    ['The hive inspections now catch around 15 more mite cases a season.'],
    ['The clinic now sends 40 fewer letters to the wrong address each month.'],
    ['Our van now fits an extra 12 parcels a round.'],
    ['The printers ran 300 additional jobs a day without a new machine.'],
  ])('a change: %s', (sentence) => {
    expect(metricsOf(SETUP + sentence).score).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['For the tournament we needed 50 more chairs, so I borrowed them from the school.'],
    ['It took two more weeks before the calendar was finished.'],
    ['There was one more thing I wanted to sort out, the signage by the door.'],
    ['By the spring we had more than 200 members using it.'],
    ['I asked the council for another 20 cones for the car park.'],
  ])('no change measured: %s', (sentence) => {
    expect(metricsOf(SETUP + sentence).score).toBeLessThanOrEqual(2);
  });
});
