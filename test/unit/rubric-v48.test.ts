import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v48: a check done where the doubters can read it fits Earn Trust; "every invoice has the amount checked by a
 * second clerk", "To avoid X, we never Y" and an option's extra price followed by "So I..." are trade-offs; "in the end"
 * inside a lesson leaves it a lesson; "Since that round, in about 700 nights, we had two" is how it turned out.
 */
const content = loadContent();
const score = (answer: string, principle?: string) => scoreAnswer(answer, { content, principle });

describe('a check done in front of the people who doubted it', () => {
  it('fits Earn Trust best', () => {
    const feedback = score("I weigh scrap metal at a recycling yard in Lodz. When I started in 2023, the sellers, mostly men with vans full of copper and cable, were sure our scale was set to cheat them, and almost every load ended in an argument. I could not prove anything with words. So every morning I weighed a certified 20 kg block in front of whoever was waiting, and I turned the display so each seller could read the number himself. When a seller doubted a reading, I weighed the load again with him standing on the platform edge. Within three months the arguments went from about fifteen a day to two or three, and four of the biggest van drivers started bringing their loads only to us. What I learned is that people believe a check they can see, not a promise.", 'earn-trust');
    expect(feedback.principle.detected[0]).toBe('earn-trust');
    expect(feedback.criteria.alignment.score).toBe(4);
  });
});

describe('guardrails and prices in plain words', () => {
  it('counts "every invoice over 1,000 euros has the amount checked by a second clerk" as a guardrail', () => {
    expect(score("I run accounts payable for a chain of nine bakeries in Lyon. In 2024 we paid the same flour invoice twice, 6,200 euros, and it took two months to get it back. I changed how we pay: every invoice over 1,000 euros has the amount checked by a second clerk before it goes to the bank. It adds about a day to the larger payments. In the next twelve months we paid nothing twice, and the supplier complaints about late payment stayed at one or two a quarter. I learned that a second look is cheaper than a recovery.").criteria.tradeoffs.verdict).toContain('has the amount checked by a second');
  });

  it('counts "To avoid paying for goods we never got, we never pay..." as a guardrail', () => {
    expect(score("I keep the books for a builders' merchant in Cork. In 2023 we paid three invoices for timber that never arrived, about 4,800 euros in total. I set one restriction for the whole office. To avoid paying for goods we never got, we never pay an invoice without the signed delivery note attached. Two suppliers complained that payments came a week later. In the next year we paid for nothing that was missing, and the two suppliers now send the notes with the invoice. I learned that a simple restriction, written down, works better than asking people to be careful.").criteria.tradeoffs.verdict).toContain('1 guardrail ("To avoid paying for goods we never got, we never pay")');
  });

  it('does not count a purpose that restricts nothing', () => {
    const feedback = score('I run a bike repair shop in Utrecht. To keep costs down, I bought a second-hand truing stand in 2023.');
    expect(feedback.criteria.tradeoffs.verdict).not.toContain('guardrail (');
  });

  it('counts "A steel frame costs about 30 percent more per bay. So I chose steel for the loading bays" as a price', () => {
    const feedback = score("I manage a small construction firm in Tampere, and in 2024 we built a warehouse for a logistics client with a tight budget. The client wanted the whole frame in glulam timber because it was cheaper and quicker to raise. The two loading bays take hits from forklifts every day, and timber posts there would need repairs within a few years. A steel frame costs about 30 percent more per bay. So I chose steel for the two loading bays and timber for the rest of the building, and I showed the client the repair costs of a similar warehouse we had built in 2019. The warehouse opened on time, the frame came in 4 percent over the timber-only price, and after eighteen months the bays have had no structural repairs. I learned to spend where the damage happens and save everywhere else.");
    expect(feedback.criteria.tradeoffs.verdict).toContain('1 cost accepted ("steel frame costs about 30 percent more per bay")');
    expect(feedback.criteria.tradeoffs.score).toBeGreaterThanOrEqual(2);
  });
});

describe('where a story ends', () => {
  it('keeps "I learned that patience with young players pays off in the end" as the lesson', () => {
    expect(score("I coach the under-14 football team at a club in Bristol. In autumn 2023 we had lost eight games in a row and three players wanted to quit. I stopped the drills where children queue and wait, and I built every session around small games of four against four, so each player touched the ball about five times more often. I also phoned every parent myself to explain the change. By spring we had won five of our last nine games and all three players stayed. I learned that patience with young players pays off in the end.").criteria.structure.verdict).toContain('Found Situation, Action, Result, Learning');
  });

  it('reads "Since that round, in about 700 nights, we had two" as the result', () => {
    const feedback = score("I am the night charge nurse on a 28-bed orthopaedic ward in Leeds. In 2023 our older patients kept falling on their way to the toilet at night, often after their sleeping tablets. I started a two-hourly toilet round for every patient over 75, and I moved the highest-risk patients to the beds nearest the nurses' station. Before, we had six falls every winter on nights. Since that round, in about 700 nights, we had two. I learned that most falls at night follow a need nobody met in time.", 'ownership');
    expect(feedback.gate?.id).not.toBe('no-result');
    expect(feedback.criteria.structure.verdict).toContain('Result');
    expect(feedback.level).toBe('Meets the bar');
  });
});
