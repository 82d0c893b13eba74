import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v9: ways of weighing a choice that answers the rubric had never seen (fresh13) told and it missed, or read
 * where there was none. Each family is shown in other trades than the answers it came from, with near misses, after a
 * neutral opening so rules about a story's first sentences see it later on.
 */
const content = loadContent();
const OPENING = 'I run the loading bay at a regional food bank, three vans and about sixty volunteers. Last spring our Saturday runs kept finishing late. ';

function tradeoffs(text: string): string {
  return scoreAnswer(OPENING + text, { principle: 'frugality', content }).criteria.tradeoffs.verdict;
}

const ALTERNATIVE = /\d+ alternatives? weighed/;

describe("a course's advantage granted, then set aside with a \"but\", beside the speaker's choice", () => {
  it.each([
    ['Choice: hire a second van, or split the route in two. A second van was quicker, but it cost £900 a month. I split the route.'],
    ['I looked at simply paying the drivers overtime. It was easier, but it would have run the budget dry by June.'],
    ['The agency staff would probably be faster to start, but they would not know our donors. I trained two volunteers.'],
  ])('an alternative weighed: %s', (text) => {
    expect(tradeoffs(text)).toMatch(ALTERNATIVE);
  });

  it.each([
    ['Deliveries were faster, but the cold room was still too small.'],
    ['We were quicker, but the quality of the packing dropped.'],
    ['The new route was easier to learn, but nobody had told the drivers about it.'],
  ])('no alternative: %s', (text) => {
    expect(tradeoffs(text)).not.toMatch(ALTERNATIVE);
  });
});

describe('options counted in one sentence and named in the next', () => {
  it('an alternative weighed', () => {
    expect(tradeoffs('I had two options. Rent a refrigerated trailer for the summer, or move the chilled drop to the mornings. I chose the mornings.')).toMatch(
      ALTERNATIVE,
    );
  });

  it('no alternative when the next sentence names none', () => {
    expect(tradeoffs('I had two options. Neither was cheap. So I went to the board.')).not.toMatch(ALTERNATIVE);
  });
});

describe('an offer turned down, and a longer counter-proposal with "instead"', () => {
  it.each([
    ['The council offered us a bigger unit across town. I turned it down: the vans would have lost an hour a day on the ring road.'],
    ['I proposed keeping the Saturday run and moving the sorting shift and the volunteer briefing to Friday night instead.'],
  ])('an alternative weighed: %s', (text) => {
    expect(tradeoffs(text)).toMatch(ALTERNATIVE);
  });

  it('not when someone else turns something down', () => {
    expect(tradeoffs('The supermarket turned down our request for pallets.')).not.toMatch(ALTERNATIVE);
  });
});

describe('what the speaker wanted and did without, and a line they held', () => {
  it.each([
    ["I'd have liked a paid driver on every run, but the grant only stretched to weekends."],
    ['We would have loved a second cold room, but the landlord said no and we used cool boxes.'],
  ])('a cost accepted: %s', (text) => {
    expect(tradeoffs(text)).toMatch(/\d+ costs? accepted/);
  });

  it("a wish with no price paid, or someone else's wish, is no cost", () => {
    expect(tradeoffs('I would have liked to see the final numbers.')).not.toMatch(/costs? accepted/);
    expect(tradeoffs("The manager would have liked more volunteers, but that's normal in summer.")).not.toMatch(/costs? accepted/);
  });

  it.each([
    ['Chilled food always went out the same day. That was the line I would not cross.'],
    ['Nobody lifted over twenty kilos alone: a line we never crossed, even on the busiest Saturday.'],
  ])('a guardrail: %s', (text) => {
    expect(tradeoffs(text)).toMatch(/guardrails? \(/);
  });

  it('a line in a queue is not one', () => {
    expect(tradeoffs('The line we had outside the hall went round the corner.')).not.toMatch(/guardrails? \(/);
  });
});

describe('read where there is none: a disposition, and other people giving their time', () => {
  it.each([
    ["I think that's the kind of person I am, I like to get to the bottom of things rather than accepting the first answer."],
    ['We looked at our costs and we found some savings. Everyone pitched in, and people gave up their time and were really generous.'],
    ['Volunteers gave up whole weekends to sort the stock.'],
  ])('no alternative and no cost: %s', (text) => {
    const verdict = tradeoffs(text);
    expect(verdict).not.toMatch(ALTERNATIVE);
    expect(verdict).not.toMatch(/costs? accepted/);
  });
});

describe('principles shown by behaviour the profiles had no words for (fresh13)', () => {
  const fit = (text: string, principle: string) => scoreAnswer(text, { principle, content }).criteria.alignment.score;

  it('Insist on the Highest Standards: a level everyone accepted, refused', () => {
    const text =
      'I supervise the night shift at a commercial laundry that washes linen for nine hotels. In 2023 about 30 sheets a week went back to the hotels with stains, and everybody said that was normal: the contract limit was 50. For me one stained sheet on a guest bed is one too many. I sorted a month of the rejects myself and found most came from one tunnel washer whose dosing pump ran weak at night. I could have asked for a new washer, about £60,000, or fixed the dosing and put a light box on the folding line. I chose the light box and the pump, which cost us ten minutes a cage. Returns fell from 30 to 4 a week within two months. I learned that inside the contract is not the same as good, and I now review the reject log every Monday.';
    // Without the family it read "as much as Customer Obsession" (3).
    expect(fit(text, 'insist-on-the-highest-standards')).toBe(4);
  });

  it('Are Right, A Lot: asking what a passing report actually checked', () => {
    const text =
      "I manage stock records for a chain of garden centres. Before our move to a new till system, the supplier's report said every product code had migrated cleanly. I wasn't sure: a store had rung about a price that was a year old, and the report only checked that the prices weren't empty, not that they were current. The project lead wanted to go ahead because the weekend was booked. I asked for one more check rather than a delay, and my team compared 300 products by hand against the price file. One in twelve seasonal lines carried last year's price. We went live on time with those lines held back, the supplier fixed the mapping on the Monday, and no till charged an old price. I now ask what a test actually checks before I sign it off.";
    expect(fit(text, 'are-right-a-lot')).toBeGreaterThanOrEqual(3);
  });

  it('Deliver Results: a target and the time to reach it, set by someone else, then met', () => {
    const text =
      'I look after the lifts in a group of four hospitals. In 2024 our lifts were in service 91% of the time against a contractual 97%, and the trust was docking us £8,000 a month. My manager gave me until the end of the quarter to reach 97%. I read six months of call-out logs and found that most of the downtime was waiting for door parts, not engineers. Hiring another engineer would have been slow and expensive, so I kept the eight door parts that failed most at each site, which tied up £20,000 of stock; to limit it I agreed a monthly stock check. By the end of the quarter the lifts were in service 97.5% of the time and the deductions stopped. I learned to look at what the work is waiting for before adding people.';
    // Without the family it read "as much as Dive Deep" (3).
    expect(fit(text, 'deliver-results')).toBe(4);
  });

  it('Learn and Be Curious: a trade learned the long way, evenings with the papers', () => {
    const text =
      "I retrained as a piano tuner at forty, after fifteen years in insurance. My teacher could hear a string going false before it did, and I couldn't. In the evenings I read the papers on string inharmonicity, which took a while because I didn't know the physics words, and I recorded every piano I tuned with its age and room temperature. After eight months I had 200 recordings, and the pianos that drifted fastest were nearly all near radiators. I now tell owners where to move the piano, and my return visits for drift fell from one in five to one in twelve. What I learned is that you can shortcut years of ear if you write it down.";
    expect(fit(text, 'learn-and-be-curious')).toBeGreaterThanOrEqual(3);
  });
});

describe('a count brought down to nothing, told as a word', () => {
  const metrics = (text: string) => scoreAnswer(OPENING + text, { principle: 'frugality', content }).criteria.metrics;

  it('"from 14 in March to none in May" is a change from a baseline', () => {
    const m = metrics('I rebuilt the loading plan. Missed collections went from 11 in April to none in June, and the food bank saved £3,000 in van hire.');
    expect(m.verdict).toMatch(/a change is stated/);
    expect(m.score).toBe(4);
  });

  it('"went to none" with no baseline states no change', () => {
    expect(metrics('I rebuilt the loading plan. Missed collections went to none.').verdict).not.toMatch(/a change is stated/);
  });
});

describe('the price of the course taken granted with "but", an option refused in the next sentence, and idling (fresh14)', () => {
  it.each([
    ["I sorted the parcels by street instead of by size. It's slower at the bench, but it meant one late van held up one street, not the whole round."],
    ['I moved the heavy lifts to the morning crew. This was more expensive, but nobody lifted alone after dark.'],
  ])('a cost accepted: %s', (text) => {
    expect(tradeoffs(text)).toMatch(/\d+ costs? accepted/);
  });

  it('not a worse state of the world after the speaker acts', () => {
    expect(tradeoffs('I walked the route with the drivers. The queue was longer, but the staff were friendly.')).not.toMatch(/costs? accepted/);
  });

  it('an option named, then turned down in the next sentence', () => {
    expect(tradeoffs('The quick option was a £50 voucher to close the complaint. I didn\'t offer it, because it would not fix the missed deliveries.')).toMatch(
      ALTERNATIVE,
    );
  });

  it('not when the next sentence only says what the speaker knew', () => {
    expect(tradeoffs("The quick option was a £50 voucher. I didn't know that at the time.")).not.toMatch(ALTERNATIVE);
  });

  it('"instead of just standing there" is idling, not an option', () => {
    expect(tradeoffs('Instead of just standing there waiting like everyone else, I went in and spoke to the warehouse.')).not.toMatch(ALTERNATIVE);
  });
});
