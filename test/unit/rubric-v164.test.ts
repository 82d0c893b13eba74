import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { BAKERY_STEPS, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v164: a thing "written into the rota" among the steps, before any outcome, is a step rather than the lesson; a
 * quoted survey question ("would you order from us again") makes no figure a target; "it took me about two hours a day"
 * prices the step; "I let suppliers opt out" leaves a way out; "I mostly listened", listening to the radio traffic,
 * watching an incident unfold and being "on the team" are no steps of the speaker's own.
 */

const content = loadContent();

describe('sections', () => {
  it('reads a thing written into the rota among the steps as a step', () => {
    const story =
      'I run the delivery side of a bakery in Tampere. Last year three of our nine drivers quit. I rebuilt the delivery rota with the two shift leads so everyone drives one early run in three. Every driver also got two paid hours a month for training, written into the rota. I got a tail lift for the oldest van approved.';
    expect(sectionOfLine(story, 'Every driver')).toBe('action');
    expect(sectionOfLine(`${BAKERY_STEPS} Late deliveries fell from 9% to 2% by May. The loading order by route is now written into the shift checklist.`, 'The loading order')).toBe('learning');
  });

  it('does not take the figures after a quoted survey question for targets', () => {
    const story =
      'I rebuilt the delivery rota with the two shift leads so everyone drives one early run in three. I set up a monthly half-hour slot where any driver can bring me a problem. The year after: one resignation, and the drivers\' survey "would you recommend working here" went from 48% to 81%.';
    expect(sectionOfLine(story, 'The year after')).toBe('result');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads "it took me about two hours a day" after the step as its cost', () => {
    expectKind('costs', ['I called every supplier the day before delivery, and it took me about two hours a day, so I handed the invoice checks to a colleague.']);
    expectNoKind('costs', ['I called every supplier the day before delivery, and it took about two hours to unload.']);
  });

  it('reads "I let suppliers opt out" as a way out left to others', () => {
    expectKind('guardrails', ['I called every supplier the day before delivery. I also let suppliers opt out with one word.']);
    expectNoKind('guardrails', ['Two suppliers opted out of the scheme.']);
  });
});

describe('own steps', () => {
  it('does not count listening in someone else\'s meeting or to the radio as steps', () => {
    expect(ownStepsOf('I was there for the site visit, and I mostly listened.')).not.toContain('listened');
    expect(ownStepsOf('I watched the fire unfold on the screens and listened to the radio traffic.')).toEqual([]);
    expect(ownStepsOf('I listened to the drivers and changed the loading order.')).toContain('listened');
  });

  it('does not count being on the team as a step', () => {
    const story =
      'I work at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our deliveries left after 6 a.m. The night manager timed every station and ordered 12 extra racks. I was on the team and, um, I was kept in the loop by email. Late deliveries fell from 9% to 2% by May, and the owners thanked the night crew.';
    expect(scoreAnswer(story, { principle: 'deliver-results', content }).gates).toContain('no-own-action');
  });
});
