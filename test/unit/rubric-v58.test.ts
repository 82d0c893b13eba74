import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v58: a figure weighed against another course is the price of a step, not the outcome a story waits on; a
 * fluent template with "a key vendor" and "a major event" for names is "Not yet"; a rule for anyone told just before the
 * step that applied it later is the lesson; "What I changed:" before "Result:" heads the Action; a payment that was late
 * and set the speaker acting is no cost accepted, and "risk allowance" names no risk; a thin lesson drawn from the
 * story's own things is a 2, a platitude still a 1.
 */
const content = loadContent();

describe('a story still waiting on its outcome', () => {
  it('holds "then we\'ll know whether we stopped it" below the bar even after "that tripled the list, but I would rather..."', () => {
    const feedback = scoreAnswer("In June 2024 I ran the measles response for Mbale district when two cases turned up at a boarding school on a Monday. The ministry's vaccine allocation was promised for the following week. I did not wait for it. That evening I borrowed 400 doses from the neighbouring district's cold store and sent two vaccination teams to the school at 7 am with the head teacher's register. I decided to vaccinate every pupil and every member of staff, not only the dormitory where the cases slept, because they all ate in one hall. That tripled the list, but I would rather use doses on children who did not need them than miss one who did. I set up a daily fever check by the matron and a shared sheet so the district officer could follow the numbers. By Friday 612 people had been vaccinated and the teams were still working through the day pupils. The incubation period runs to 21 days, so the last of them finish their watch in early July, and then we'll know whether we stopped it at the school gate.", { content, principle: 'bias-for-action' });
    expect(feedback.gate?.id).toBe('no-result');
    expect(feedback.criteria.metrics.verdict).toContain('The outcome is still to come.');
  });
});

describe('a fluent template', () => {
  it('reads "a key vendor", "a major event" and "all the stakeholders" in place of names as a template', () => {
    const feedback = scoreAnswer("Situation: In my last role a key vendor failed to deliver on the eve of a major event, and the business was at serious risk of letting our customers down.\nTask: As the person responsible, I had to protect the experience of our customers and the reputation of the business.\nAction: I stayed calm, evaluated the alternatives and acted decisively. I contacted a backup supplier, moved people around the team and set up a contingency within a couple of hours. I kept all the stakeholders up to date and made sure everyone stayed focused on the priorities.\nResult: Every customer was served on time, revenue grew 30% compared with the previous event, and feedback improved significantly.\nLearning: It taught me that acting quickly beats waiting for perfect information, and I have brought that mindset to every busy period since.", { content, principle: 'deliver-results' });
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });
});

describe('the lesson', () => {
  it('finds a rule for anyone told just before the step that applied it later', () => {
    const feedback = scoreAnswer("I manage a milk collection centre for 260 smallholders outside Eldoret. In 2021 farmers were leaving us for hawkers, because our readings of their milk were taken in the back room and the clerk wrote the litres in a book only he could see. Some said we shorted them. I could not prove we never had, so I changed what they could see. I bought a digital scale for 52,000 shillings and put it on the counter facing the queue, and every farmer now reads his own litres before the clerk types them. I printed a slip for each delivery and posted the week's price on a board by the gate every Monday. I paid on the 5th of each month without fail, even the month our buyer paid us late, from a loan I took from our Sacco. By the end of 2022 we had 410 farmers delivering, and the daily intake rose from 3,100 to 5,200 litres. Farmers believe the numbers they can read themselves, not the promises you make them. When we opened a second centre at Kapseret last year, the scale and the board were there on the first morning.", { content, principle: 'earn-trust' });
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.structure.verdict).toContain('Learning');
    expect(feedback.criteria.structure.verdict).not.toContain('missing Situation, Task, Learning');
  });

  it('gives a thin lesson about the story\'s own things a 2 and says so, and a platitude a 1', () => {
    const thin = scoreAnswer("I run the packing line at a dried mango exporter in Ouagadougou. In 2022 two of our containers were rejected in Rotterdam for moisture above 18%, and the buyer cut our order by a third. Nobody owned the moisture checks; each shift thought the other did them. I took them on myself. I bought a moisture meter for 90,000 CFA and tested ten bags from every batch before sealing, and I sent back to the dryers any batch above 16%. I showed the shift leads how to use the meter and made the test a line on the packing sheet, signed before a pallet could leave. The next season all 31 containers passed, and the buyer restored the full order in 2023. I learned that the buyer is always watching.", { content, principle: 'insist-on-the-highest-standards' }).criteria.learning;
    expect(thin.score).toBe(2);
    expect(thin.verdict).toBe('The lesson is about this story, but thin: it is not yet a rule you would follow next time.');
    const platitude = scoreAnswer("I run the packing line at a dried mango exporter in Ouagadougou. In 2022 two of our containers were rejected in Rotterdam for moisture above 18%, and the buyer cut our order by a third. Nobody owned the moisture checks; each shift thought the other did them. I took them on myself. I bought a moisture meter for 90,000 CFA and tested ten bags from every batch before sealing, and I sent back to the dryers any batch above 16%. I showed the shift leads how to use the meter and made the test a line on the packing sheet, signed before a pallet could leave. The next season all 31 containers passed, and the buyer restored the full order in 2023. I learned that communication is important in any job.", { content, principle: 'insist-on-the-highest-standards' }).criteria.learning;
    expect(platitude.score).toBe(1);
    expect(platitude.verdict).toContain('would fit any story');
  });
});

describe('labels', () => {
  it('reads "what I changed:" before "result:" as the Action', () => {
    const structure = scoreAnswer("- spring 2024, I ran the night shift of a 60-bed rehabilitation ward in Tartu with 18 nurses\n- by March people were doing four nights in a row and 3 nurses were off with back injuries in one month\n- I sat with each nurse for 15 minutes to ask where the nights went wrong and read six months of the injury log myself\n- what I changed:\n  - moved from four-night runs to a rota of no more than three nights in a row, and got 2 bank nurses through the hospital pool to cover the gap\n  - bought two ceiling hoists for the heaviest rooms and made two-person turns compulsory; the charge nurse signs it off each night\n  - put a rest room with a recliner next to the ward office\n- result: back injuries fell from 3 in March to none from June to December, sick days halved, and nobody left the night team that year\n- learning: I count the nurses' strain the way I count the patients' risks. I keep the injury log next to the rota now and used it to plan the winter nights", { content, principle: 'strive-to-be-earths-best-employer' }).criteria.structure;
    expect(structure.verdict).not.toContain('the Action is only');
    expect(structure.score).toBeGreaterThanOrEqual(3);
  });
});

describe('trade-offs', () => {
  it('does not take "the risk allowance was three weeks late, so I took the list to the office" for a cost, a risk or a guardrail', () => {
    const tradeoffs = scoreAnswer("In 2023 I was the charge nurse on an isolation ward in Blantyre during a cholera outbreak, with 22 nurses on 12-hour shifts. In the third week five nurses were off sick in a single week. I moved everyone to three 8-hour teams and brought in 4 student nurses from the college to fill the gaps. I set up a rest tent outside the ward with water and food. The risk allowance was three weeks late, so I took the staff list to the district office myself and came back with the money that afternoon. Sick days fell from 27 in week three to 5 in week six, and no nurse resigned. I keep a staff sick list next to the bed census now.", { content, principle: 'strive-to-be-earths-best-employer' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('cost accepted');
    expect(tradeoffs.verdict).not.toContain('guardrail (');
    expect(tradeoffs.score).toBeLessThanOrEqual(1);
  });
});
