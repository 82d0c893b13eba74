import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v3 (issue 9): measures told in everyday words that the metrics criterion and the section reader missed on
 * answers they had never seen (fresh8). Each family is shown in trades other than the suite answers that showed it.
 */
const content = loadContent();

function numbersOf(sentence: string) {
  return analyzeAnswer(sentence).facts.flatMap((f) => f.numbers);
}

function metricsOf(answer: string): number {
  return scoreAnswer(answer, { principle: 'deliver-results', content }).criteria.metrics.score;
}

describe('a share of a whole told in words reads like a percentage', () => {
  it.each([
    ['About a fifth of the returned parcels had the wrong postcode.', 'a fifth'],
    ['Two thirds of the invoices we checked were paid twice.', 'two thirds'],
    ['Roughly one in four calls was a repeat of the same fault.', 'one in four'],
    ['By spring, 1 in 5 hives showed signs of the mite.', '1 in 5'],
  ])('"%s" gives a measure (%s)', (sentence, text) => {
    const found = numbersOf(sentence).find((n) => n.text.toLowerCase() === text);
    expect(found?.kind).toBe('metric');
  });

  it.each([
    ['Half the team was on leave that week.'],
    ['It took a quarter of an hour to load the van.'],
    ['We spoke to half of them on the phone.'],
    ['The results came in at the end of the quarter.'],
    ['He came back at half past six.'],
    ['We won 2 in 2019.'],
  ])('"%s" gives no share', (sentence) => {
    expect(numbersOf(sentence).filter((n) => n.kind === 'metric')).toEqual([]);
  });

  it('links "from one in four to just over half" as a change with its baseline', () => {
    const numbers = numbersOf('The share of orders picked right first time went from about one in four to just over half.');
    expect(numbers.length).toBe(2);
    expect(numbers.every((n) => n.baseline && n.delta)).toBe(true);
  });

  it.each([
    [
      'I run the returns desk at an outdoor clothing shop. Customers kept sending boots back because of the fit, and the returns cost us a lot in postage and restocking. I read every return note for a month and found most people ordered their usual size, which runs small in our two best-selling brands. I added a line on each product page telling people to go half a size up and a short video on measuring their feet. Returns on those boots went from about one in three to roughly one in ten within two months. I learned to read what customers write before I change the process.',
    ],
    [
      'I coordinate volunteers for a food bank with six collection points. Donors told us they never knew what we were short of, so shelves filled with pasta while we ran out of tinned fish. I started a weekly shortage list that the collection points print and pin by their trolleys, and I text the same list to regular donors each Friday. Before that, tinned protein made up a tenth of what came in; three months later it was over a quarter of it. I learned that donors give what we ask for if we ask plainly.',
    ],
  ])('scores a story whose change is told as shares at 3 or more', (answer) => {
    expect(metricsOf(answer)).toBeGreaterThanOrEqual(3);
  });
});

describe('a count brought down to zero is a measured outcome', () => {
  it.each([
    ['After the new tagging, lost-bag claims on that route dropped to zero.'],
    ['Late supplier payments went down to 0 within a quarter.'],
  ])('"%s"', (sentence) => {
    expect(numbersOf(sentence).some((n) => n.kind === 'metric' && n.delta)).toBe(true);
  });

  it('but a zero that is no change stays a plain quantity', () => {
    expect(numbersOf('We started the season with zero in the kitty.').some((n) => n.kind === 'metric')).toBe(false);
  });
});

describe('a harm that stopped, or time since the change, reports the result', () => {
  const sectionsOf = (answer: string) => {
    const analysis = analyzeAnswer(answer);
    return findSections(analysis).of;
  };
  it.each([
    [
      'I look after the lifts in a council tower block. Tenants kept getting stuck on Sundays when nobody was on call. I rewrote the rota so an engineer is within twenty minutes every weekend and fitted remote alarms to both cars. We have had no trapped tenants waiting more than half an hour in the eighteen months since.',
    ],
    [
      'I manage the night shift at a care home. Two residents fell on the way to the bathroom in one month. I moved the night checks to the hour before most residents wake and put motion lights in the corridors. The home has shown no falls at night in the six months since.',
    ],
  ])('the last sentence is the Result', (answer) => {
    const of = sectionsOf(answer);
    expect(of[of.length - 1]).toBe('result');
  });
});

describe('a change stated as the sum of money it came to', () => {
  it.each([
    ['After the new rota, agency spend fell by about £12,000 a quarter.'],
    ['Switching the couriers cut the freight bill by $40k.'],
  ])('"%s" carries its own size, like a percentage', (sentence) => {
    expect(numbersOf(sentence).some((n) => n.kind === 'metric' && n.delta && n.relative)).toBe(true);
  });

  it('but a sum spent is not a change', () => {
    expect(numbersOf('The new scanner cost £12,000 and arrived by courier.').some((n) => n.relative)).toBe(false);
  });
});

describe('a span made longer or shorter by a fraction', () => {
  it.each([
    ['The new charging rota extended the e-bikes\' daily range by a third.'],
    ['At the passport counter, online booking shortened the wait by half.'],
  ])('"%s" is a relative change', (sentence) => {
    expect(numbersOf(sentence).some((n) => n.kind === 'metric' && n.delta && n.relative)).toBe(true);
  });
});

describe('people counted with what happened to them, and harm counted as averted', () => {
  it.each([
    [
      'I run bookings for a dental practice. The new system was about to cancel every appointment made by phone before March. I checked the phone log against the diary by hand over two evenings and re-entered them myself. In the end we found 212 patients whose appointments would have vanished, and none of them lost their slot. I now test every data move on a week of real bookings first.',
    ],
    [
      'I plan loading at a freight forwarder. A customs system change meant export declarations filed after 4pm would be held for a day. I moved the filing cut-off to 2pm and filed the late ones myself from the quay. That week 46 containers would have missed the Friday sailing, and not one did. Since then I read every customs bulletin on the day it comes out.',
    ],
  ])('%# scores the averted count as a measured change', (answer) => {
    expect(metricsOf(answer)).toBeGreaterThanOrEqual(3);
  });
});
