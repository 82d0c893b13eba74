import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v53: records shown side by side are set out to be compared, not run in parallel, and "the track to our camp"
 * is a path, not tracking; "I did not agree." refuses the course just put; a rule under its own heading ("My rule: no
 * dough goes...") limits the damage; ", which the crew hated because it was slower" is a price of the speaker's step;
 * commas around spoken fillers are pauses, not a list's items; a number promised and doubted ("I'd get five there,
 * which she thought was optimistic") is Deliver Results; "before we blamed the mothers" blames nobody.
 */
const content = loadContent();
const score = (answer: string, principle: string) => scoreAnswer(answer, { content, principle });

describe('trade-offs', () => {
  it('does not take "showed the officer the records side by side" for a safeguard', () => {
    const tradeoffs = score("I run the records office of a rural clinic in Mwanza. In 2023 our paper registers missed about 1 in 10 antenatal visits, because mothers were written down under different spellings. I built a simple tablet register with a search by phone number, and I entered the last six months myself in the evenings. Then I showed the district officer the tablet records side by side with the paper ones, and trained the two other clerks on a Saturday. Missed visits dropped from 10% to 2% by the end of the year. I learned that a register is only as good as the way you find a person in it, and I used the same phone-number search for our immunisation book last spring.", 'learn-and-be-curious').criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('side by side');
    expect(tradeoffs.score).toBeLessThanOrEqual(2);
  });

  it('does not take "the track to our camp at kilometre 38 was cut" for tracking with an alert level', () => {
    const tradeoffs = score("I lead a forest inventory crew in a timber concession in Gabon. In 2023 we had to measure 4,000 hectares before the end of the dry season, and by July we had done only 900, after weeks of late rain, and the track to our camp at kilometre 38 was cut for days at a time. I moved our camp forward into the block, so we stopped losing two hours a day walking in and out. I split the crew into two teams of four and gave each a fixed daily line. We finished the 4,000 hectares two weeks before the rains came back. I learned to put the camp where the work is, and I planned this year's block the same way.", 'deliver-results').criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('track to our camp');
    expect(tradeoffs.score).toBeLessThanOrEqual(2);
  });

  it('reads "My brother wanted to buy a gas boiler. I did not agree." as an option set aside', () => {
    const tradeoffs = score("I keep a tea shop in Kandy with my brother. In 2022 our electricity bill went up by almost half. My brother wanted to buy a gas boiler for the water, about 180,000 rupees. I did not agree. Our shop is small and the loan would take three years to pay. I timed the old electric urn and saw it was boiling all day for a rush of two hours, so I put it on a timer and moved the morning kettles to a thermos line. The bill came down from 21,000 to 14,000 rupees a month. I learned to watch how a machine is used before replacing it, and I did the same with our fridge this year.", 'frugality').criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('1 alternative weighed ("I did not agree")');
    expect(tradeoffs.score).toBe(3);
  });

  it('reads "My rule: no dough goes to the proofing room below 26 degrees" as a guardrail', () => {
    expect(score("I run a small bakery in Tartu with four bakers. In 2023 about 12% of our rye loaves came out dense in winter, and we threw them away. I measured the dough temperature every morning for a month and found the dense batches all started below 24 degrees. I moved the starter to the warm shelf above the oven and wrote it down for everyone. My rule: no dough goes to the proofing room below 26 degrees. Dense loaves went from 12% to 2% the next winter, which saved about 90 loaves a week. I learned to measure before I change a recipe, and I used the same thermometer check for our sourdough rolls.", 'dive-deep').criteria.tradeoffs.verdict).toContain('"no dough goes to the proofing room below 26 degrees"');
  });

  it('reads "inside a metre only by hand, which the crew hated because it was slower" as a price paid, with its reason', () => {
    const tradeoffs = score("I supervise a road crew for the county in northern Nevada. In 2023 our crews kept hitting buried fibre cables, three cuts in one summer, each costing the county about 8,000 dollars. I started walking every trench line with the locator myself before the crew arrived. We kept digging by machine more than a metre from my marks, and inside a metre only by hand, which the crew hated because it was slower. We had no cable cuts in the next eighteen months, and the county saved about 24,000 dollars a year. I learned that the slow metre is cheaper than the fast one, and I brought the same rule to our drainage jobs.", 'ownership').criteria.tradeoffs;
    expect(tradeoffs.score).toBe(3);
    expect(tradeoffs.verdict).toContain('1 cost accepted');
  });
});

describe('a spoken story told with fillers', () => {
  it('is held back for having no step of the speaker\'s, not called a template for its "So, yeah," commas', () => {
    const feedback = score("So, yeah, at the packing shed the big problem for the pickers has always been the heat, dizziness, everybody knows someone, cousins, aunts. And in our shed, the, uh, the afternoon shift was the worst, because the fans were broken for, like, a long time. So, in 2022, it was decided that this had to change. The fans were repaired, the owner and the union agreed on it, and the breaks were moved to every hour. Water coolers were put on each line, because before the women were bringing, like, one bottle, or nothing. There was some grumbling at first, because, well, the breaks slow the line. But it was explained to them, the union helped a lot with that. And then the heat sickness reports, they came down a lot, about half of what they were. So, yeah, I think the lesson was that, um, the health of the workers has to come first.", 'strive-to-be-earths-best-employer');
    expect(feedback.gate?.id).toBe('no-own-action');
    expect(feedback.criteria.structure.verdict).not.toContain('placeholders');
  });
});

describe('principle fit', () => {
  it('reads a number promised to the director and doubted, then beaten, as Deliver Results', () => {
    const feedback = score("I coach the under-14 swimming squad at a municipal pool in Split. In 2022 only two of my swimmers made the national junior finals, the lowest in years, and at the start of 2023 I told the club director I'd get five there, which she thought was optimistic. I went through the race videos from 2022 and saw most of my swimmers lost time on the turns, not in the strokes. So I turned one of the three stroke sessions a week into a turns session, and I stopped taking the younger ones to the small autumn meets so I could take the 12 most likely finalists to two training camps. At the nationals in July six of my swimmers made the finals, and the club's grant for 2024 went up by about 10%. What I learned is to look at where the time is lost before deciding what to train.", 'deliver-results');
    expect(feedback.gate?.id).toBeUndefined();
    expect(feedback.criteria.alignment.score).toBeGreaterThanOrEqual(3);
  });
});

describe('tone', () => {
  it('does not count "I wanted to know why before we blamed the mothers" as blame', () => {
    const tone = score("I coordinate a human milk bank at a children's hospital in Porto. In 2022 about 20% of donated milk failed the bacteria test, against 6% before. I wanted to know why before we blamed the mothers. I exported the records for 150 donations and sorted them by donor, courier route and the pump each donor used. The failures came from one batch of pumps bought that spring, and I found dried milk behind the valve, which the leaflet never mentioned. I wrote a one-page cleaning guide with photos and sent it to those donors with a spare valve. Failures dropped to 5% within two months. I learned to sort failures by equipment before I look at people, and we now log the pump serial number with every donation.", 'dive-deep').criteria.tone;
    expect(tone.score).toBe(4);
    expect(tone.verdict).not.toContain('blaming');
  });
});
