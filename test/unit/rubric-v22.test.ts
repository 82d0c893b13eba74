import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v22: what first contact with new answers showed. Trade-offs: an "instead of" at the end of a run-on sentence's
 * first half; a time taken set against a shorter one, which is a price only when it is longer; a price told in the
 * present by someone speaking a second language; goodwill lost with the speaker's step told after it ("because ...
 * when I ..."); others disliking the step just told, and why; a cheap try-out before money is spent; a condition set
 * with a yes to the speaker's proposal; a rule applied through the story for the case going wrong. A rehearsal named
 * as a point in a show's schedule guards nothing. Endings: trouble that did not come back ("didn't stop us once") is a
 * Result; a closing rule for anyone in the present tense is the lesson; "dropped to 3" measures; "a 4x4" is a vehicle.
 * Principle fit: decisions put where the doubters can check them (Earn Trust), the bar held in the work itself
 * (Highest Standards), a tool made from what was at hand so the work no longer stops (Invent and Simplify). Each
 * story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string, principle?: string) => scoreAnswer(answer, { content, ...(principle === undefined ? {} : { principle }) });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs', () => {
  it('reads "instead of" closing the first half of a run-on sentence as an option weighed, not as a list of items', () => {
    const answer =
      'I am the stock controller at a builders merchant in Leeds, four branches, one yard. In May the cement count was off by 300 bags. ' +
      'What I did, I split the count by branch on one sheet, 4 branches, and instead of counting bag by bag, I asked each branch manager to weigh the pallets on the forklift scale at closing time. ' +
      'The gap was in one branch, a delivery booked twice.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('does not read a job done in less time than before ("took two minutes instead of ten") as a price', () => {
    const answer =
      'I run the returns desk at a sports shop in Cork. Each return meant a paper form and a phone call to the warehouse. ' +
      'I set up a shared sheet the warehouse could see, with one line per return. After that, a return took two minutes instead of ten.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads a longer time told in the present ("the round take two hours instead of one") as a price', () => {
    const answer =
      'I read the water meters for our village in the hills. People said my readings were wrong. ' +
      'I started to take one of them with me on every round. It was slow, the round take two hours instead of one, but the complaints stopped.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads someone angry with the speaker, with the speaker\'s step told after "because", as a price in goodwill', () => {
    const answer =
      'I keep the rota for the lifeguards at a lake beach. The same four people always got the weekend shifts. ' +
      'I put every name in a rotation for the summer. My oldest friend on the team was angry with me, because her weekends went from four to two when I made it equal.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads others disliking the step just told, and why, as a price; a passing "didn\'t like it at first" is not one', () => {
    const told = (after: string) =>
      'I supervise the night shift at a parcel depot. Two loaders hurt their backs in one month. ' +
      `We moved the heavy parcels to the middle shelves and swapped the loaders between lanes every hour. ${after}`;
    expect(tradeoffsOf(told('Some of the drivers did not like it, because their routes now started twenty minutes later.')).verdict).toMatch(FOUND('cost'));
    expect(tradeoffsOf(told("Some drivers didn't like it at first.")).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads a cheap try-out before money is spent ("to test before we paid for") as a guardrail', () => {
    const answer =
      'I manage a small cafe kitchen in Porto. The cooks kept burning their arms on the top oven. ' +
      'We made a rail from an old shelf bracket to test before we paid for the proper oven guard. Burns stopped that month.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a condition set with a yes to the speaker\'s proposal ("She said yes, on one condition: ...") as a guardrail', () => {
    const answer =
      'I work the ticket office at a ferry port. The card machines went down an hour before the last sailing. ' +
      "I rang the duty manager and said I'd sell paper tickets and log each one by number. She said yes, on one condition: no refunds at the desk that night. " +
      'All 212 passengers sailed.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a rule applied through the story for the case going wrong as a guardrail, not a regret', () => {
    const told = (rule: string) =>
      'I inspect roofs for a housing association. After a storm we had 600 repair requests in a week. ' +
      `I grouped the houses by street and judged each terrace from the ground with a drone photo. ${rule} We finished in nine days.`;
    expect(tradeoffsOf(told('If any tenant disagreed with the photo, I climbed up and checked that roof myself.')).verdict).toMatch(FOUND('guardrail'));
    expect(tradeoffsOf(told('If I had known, I would have started sooner.')).verdict).not.toMatch(FOUND('guardrail'));
  });

  it('does not read a rehearsal named as a point in the schedule ("at the first rehearsal") as a guardrail', () => {
    const answer =
      'I lead the brass section of a town band. In March we played with the choir, and at the first rehearsal with the choir the conductor stopped us three times for tempo. ' +
      'I marked every tempo change in our parts and met the section twice alone. The concert went through without a stop.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('guardrail'));
  });
});

describe('endings', () => {
  it('reads trouble that did not come back ("didn\'t stop us once") after the steps as the Result', () => {
    const answer =
      'I run the kitchen pass at a hotel in Split. The head chef sent back plates every night for cold sauce. ' +
      'I moved the sauce station next to the pass and warmed the jugs before service. ' +
      'At the Saturday wedding the head chef didn\'t send a plate back once. I learned to put the hot things where the plates leave.';
    expect(score(answer).criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });

  it('does not read a condition ("If the seams weren\'t straight, we did it again") as the Result', () => {
    const answer =
      'I sew sails at a loft in Cowes. A racing team sent a jib back because the seams puckered. ' +
      "I slowed the machine and marked every seam. If the seams weren't straight, we did it again.";
    expect(score(answer).sections.result).toBeNull();
  });

  it('reads a closing rule for anyone in the present tense, after the ending, as the lesson', () => {
    const answer =
      'I plan the routes for the school buses in our district. In 2023 I cut one route from three buses to two, which saved fuel, but the smallest children now rode for 70 minutes. ' +
      'Two parents came to see me. I split the long route again for the morning run only and kept the saving in the afternoon. ' +
      'The morning ride went back to 35 minutes. A timetable can be cheap and still be wrong for the children who ride it.';
    const feedback = score(answer);
    expect(feedback.sections.learning).toContain('A timetable can be cheap');
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(1);
  });

  it('reads "complaints dropped to 3" after the steps as a measured change', () => {
    const answer =
      'I check the audio description tracks for a broadcaster. One week viewers complained that the description talked over the actors. ' +
      'I found the tracks were cut for the old edit, re-timed the episodes and listened through each one. After re-delivery, complaints dropped to 3 the next week.';
    expect(score(answer).criteria.metrics.verdict).toContain('a change is stated');
  });

  it('does not read "a 4x4" as a measured number', () => {
    const answer =
      'Mobile vet, Highland round. In January snow closed the road at my third farm. Two calvings left on the list. ' +
      "Borrowed a neighbour's 4x4, reached both farms, both calves alive. Practice keeps a 4x4 for winter now.";
    expect(score(answer).criteria.metrics.verdict).not.toMatch(/measured number/);
  });
});

describe('principle fit', () => {
  it('reads decisions put where the doubters can check them as Earn Trust', () => {
    const answer =
      "I allocate the market stalls for our town's Saturday market. In 2022 the newer traders said I gave the best pitches to the old families, and four of them stopped paying their pitch fee. " +
      'I understood it: nobody could check how I decided, the plan was only in my notebook. I painted the pitch numbers on the ground and pinned the full plan for every Saturday on the board by the fountain, with the rotation. ' +
      "The four paid again, and after that summer nobody raised the pitches at the traders' meeting. Now I think if people cannot see how I decide, they will imagine the worst, so I put it where people can see it.";
    expect(score(answer, 'earn-trust').criteria.alignment.score).toBeGreaterThanOrEqual(2);
  });

  it('reads the bar held in the work itself ("stopped accepting", "did it again") as Insist on the Highest Standards, and the trouble gone as the Result', () => {
    const answer =
      'I train the youth dance company at a regional theatre in Lyon, 28 dancers. In 2024 we toured a piece with live drummers, and at the first run with the band the choreographer stopped us twice in the opening. ' +
      'The counts were a mess. I realised I had taught the steps first and left the music to the end, which is how we always did it. I changed the plan for the last four weeks. ' +
      'I brought the lead drummer to two rehearsals a week and filmed each group dancing the opening, then sent the clips to the group leaders with his notes. ' +
      'And I stopped accepting "nearly" in the studio. If the counts weren\'t there, we did it again, even when we were running late. ' +
      "At the premiere the choreographer didn't stop us once. Now I start every piece with the music before the steps.";
    const feedback = score(answer, 'insist-on-the-highest-standards');
    expect(feedback.criteria.alignment.score).toBeGreaterThanOrEqual(2);
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
  });
});
