import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v56: a fluent answer told in the stock claims of the genre ("took ownership of the situation", "put the
 * customer first", "above and beyond", "a mindset I bring to everything I do") with stand-ins for the names is a
 * template; "the results come next week" and a guess at what the outcome will bring ("I don't think the next village
 * will...") leave a story still waiting.
 */
const content = loadContent();
const score = (answer: string, principle: string) => scoreAnswer(answer, { content, principle });

describe('a fluent template of stock claims', () => {
  it('is "Not yet", held at the template gate, though it names a city and a figure', () => {
    const feedback = score("At the hotel where I worked in Mombasa, one of our most important corporate clients had a critical problem with a group booking the day before a conference. I took ownership of the situation and put the customer first. I contacted the relevant departments, including reservations and the events team, and worked through the options with them. I kept the client informed at every step and made sure everyone was aligned on the plan. The booking was fixed the same evening, the conference went ahead smoothly and the client was extremely satisfied. As a result, our client satisfaction scores improved by 15% that quarter. This reinforced my belief that you have to go above and beyond for customers, and it is a mindset I bring to everything I do.", 'customer-obsession');
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a story that ends waiting', () => {
  it('reads "The supplier says the results come next week" as no result yet', () => {
    expect(score("I make batches of liquid soap at a toiletries plant in Izmir. In May three batches came out thin, and QA blamed our mixing. I checked the mixing logs against the raw material lots and saw all three used the same new lot of surfactant. I ran a small test in the lab with the new lot and an old one, 200 grams each, and the new lot thickened less. I sent both results to the supervisor and to purchasing, and they sent a sample of the lot to the supplier's lab. The supplier says the results come next week.", 'dive-deep').gate?.id).toBe('no-result');
  });

  it('reads "that\'s when we\'ll see whether the trust holds..., I don\'t think the next village will..." as no result yet', () => {
    expect(score("I work as a paralegal with a land rights project in Mzimba. Families in two villages had farmed the same fields for generations but had no papers, and the local chief was worried that registering land would start disputes. I walked every boundary with both neighbours present and made sure the wife's name went on the form next to the husband's. I explained each step of the form in Tumbuka at village meetings. The applications went to the land registry in March. The certificates are supposed to come back before the end of the year, and that's when we'll see whether the trust holds, because if they come back with mistakes, I don't think the next village will open the door to us.", 'earn-trust').gate?.id).toBe('no-result');
  });
});
