import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v18: trade-offs told the way people speak (a sentence strung together with commas and "yeah", an article or
 * a subject dropped, someone else's plan put on the table), words that only look like a trade-off (a result compared
 * with the number before, what the work "is about"), choices in a story with no step of the speaker's, past tenses the
 * reader missed ("I agreed", "I flew"), and Results that are still to come ("the next season will show whether...");
 * then lessons told as advice: a command after the words that frame it or after the condition that leads it, and
 * "If I ran it again, I'd...", "I've learnt", "What I'd say now is"; and from the batch after: the habit a story left
 * told in the present in its last sentences, options named in turn ("One option was..."), a loss as the subject ("Losing
 * ten pushes meant..."), the speaker's own initiative ("Nobody asked me to"), a Result someone "will confirm", a
 * fallback ("so if the stream failed we could cut back in"), and "the people I work with" as no habit.
 * Each case is told in a trade other than the answers it was found in.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });

const kitchen =
  'I run the kitchen of a hospital canteen in Leeds that serves about 900 lunches a day. Last spring food waste had reached 70 kilos a day, most of it soup and rice left in the pans at two o\'clock. ' +
  'I weighed the leftovers every day for three weeks, pan by pan, and found that Fridays and school holidays were the worst, when half the day staff are away. ' +
  'I cut the first cook to 60% of the old quantity and cooked the rest in a second, smaller batch at half past twelve, only if the first had sold out. ';

const kitchenEnd = 'By June waste was down from 70 to 25 kilos a day, and the money saved paid for a second fridge.';

describe('trade-offs told aloud', () => {
  it('reads a risk in a long spoken sentence strung together with commas, not as a list of buzzwords', () => {
    const feedback = score(`${kitchen}The risk was running out before the late shift, and yeah, we did, twice in the first week, and the porters were not happy. ${kitchenEnd}`);
    expect(feedback.criteria.tradeoffs.score).toBeGreaterThanOrEqual(1);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/risk named/);
  });

  it('reads "Easy thing was to..." and "Cost us..." with the article and the subject dropped', () => {
    const feedback = score(
      `${kitchen}Easy thing was to order smaller deliveries and leave the cooking alone. But the supplier charges the same van whatever we order. Cost us some queues, the line ran maybe five minutes longer those first weeks. ${kitchenEnd}`,
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/1 alternative weighed \("Easy thing was to order/);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/1 cost accepted \("Cost us some queues/);
    expect(feedback.criteria.tradeoffs.score).toBeGreaterThanOrEqual(3);
  });

  it('reads someone else\'s plan, or the speaker\'s first idea, as an option on the table', () => {
    for (const plan of ["The catering manager's plan was to buy a blast chiller for about £9,000.", 'My first idea was to buy a blast chiller for about £9,000.']) {
      const feedback = score(`${kitchen}${plan} ${kitchenEnd}`);
      expect(feedback.criteria.tradeoffs.verdict, plan).toMatch(/1 alternative weighed \(".*blast chiller/);
    }
  });

  it('does not read a result compared with the number before as an option weighed', () => {
    const feedback = score(`${kitchen}In the next month we threw away about 25 kilos a day instead of around 70, and nobody went without lunch.`);
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });

  it('does not read what the work "is about" as a choice weighed', () => {
    const feedback = score(`${kitchen}${kitchenEnd} It is kind of about finding the balance between those two things, I guess, which is not always easy.`);
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });
});

describe('choices in a story with no step of the speaker\'s', () => {
  it('caps trade-offs at 1 and says why', () => {
    const feedback = score(
      'So there was this problem with the night buses on our depot, the engines kept overheating in summer, and passengers were complaining a lot. ' +
      'At first the thinking was that it was the heat, and there was talk about buying new radiators, but that costs money and takes time, so it was decided to look a bit more carefully first. ' +
      'The cooling records were checked and some blocked filters were found, and those were cleaned, and after that it was much better. ' +
      'For me that is what diving deep means, not just accepting the first answer.',
    );
    expect(feedback.gate?.id).toBe('no-own-action');
    expect(feedback.criteria.tradeoffs.score).toBeLessThanOrEqual(1);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/no step of your own in the story, the choices told are someone else's/);
  });
});

describe('past tenses the reader missed', () => {
  it('reads "I agreed" and "I flew" as the speaker\'s own steps', () => {
    const feedback = score(
      'I plan spare parts for a regional airline with 14 turboprops. In March a supplier strike held 30 brake units at a port in Rotterdam with no release date, and two aircraft were due their brake change within a week. ' +
      'I flew 8 units from the manufacturer in Toulouse at about €400 a unit extra, enough for the two aircraft and two spares. ' +
      'I agreed with finance that if the port released the shipment before the end of the month I would return the spares unused. ' +
      'Both aircraft flew their schedules without a day lost, and the shipment arrived three weeks later.',
    );
    expect(feedback.gate?.id).not.toBe('no-own-action');
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(2);
    expect(feedback.criteria.ownership.verdict).toMatch(/2 "I" actions/);
  });
});

describe('a Result still to come', () => {
  const vineyard =
    'I manage a 40-hectare vineyard in the Douro. Last summer mildew took about 15% of the crop on the lower terraces, twice what the upper ones lost. ' +
    'I went through the spray records for five years and found that the lower rows stayed wet until noon, because the hedges on the river side block the morning wind. ' +
    'I had the hedges cut back on two terraces and moved the first spray a week earlier there, and kept the other lower terraces as they were to compare. ';

  it('holds a story whose Result is "the next harvest will show whether..." at the no-result gate', () => {
    for (const end of ['The next harvest will show whether the cut terraces lose less.', 'The harvest is in September. Hopefully it shows the cut terraces lose less.']) {
      const feedback = score(`${vineyard}${end}`);
      expect(feedback.gate?.id, end).toBe('no-result');
    }
  });

  it('reads a plan reported as hanging on the outcome ("the owner says if ... he will ...") as still to come', () => {
    const feedback = score(`${vineyard}We will know if it worked after the harvest in September. The owner says if the numbers are good he will cut the hedges on every terrace.`);
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('still reads a Result that is in, with a plan after it', () => {
    const feedback = score(`${vineyard}At harvest the cut terraces lost 4% to mildew against 14% on the others. The owner says if next year matches he will cut the hedges everywhere.`);
    expect(feedback.gate?.id).not.toBe('no-result');
  });
});

describe('a lesson told as advice', () => {
  const bakery =
    'I run a bakery with two shops in Porto. Last spring flour went up 30% in three months, and my partner wanted to put every loaf up by 20 cents. ' +
    'I went through the bins for two weeks and found we were throwing away about 15 kilos of dough a day, mostly the second bake on Mondays. ' +
    'I cut the Monday second bake and moved it to Saturday, and we raised prices by 10 cents instead of 20. ' +
    'By June waste was under 4 kilos a day and sales were the same as the year before. ';

  it('reads a command after the lesson\'s frame, or after the condition that leads it, as a specific rule', () => {
    for (const lesson of [
      'What I learned is, um, look in the bins before you touch the prices.',
      'The lesson I took: ask what is being thrown away before you ask customers to pay more.',
      'What I learned: before you charge the customer more, look in your own bins first.',
    ]) {
      const feedback = score(`${bakery}${lesson}`);
      expect(feedback.criteria.learning.score, lesson).toBeGreaterThanOrEqual(3);
      expect(feedback.criteria.learning.verdict, lesson).toMatch(/specific lesson/);
    }
  });

  it('reads "If I ran it again, I\'d...", "I\'ve learnt" and "What I\'d say now is" as reflection', () => {
    for (const lesson of [
      "If I ran it again I'd bring the shop staff into the counting from the first day.",
      "I've learnt that the bins tell you more about costs than the invoices do.",
      "What I'd say now is that most of our costs were decisions nobody had looked at in years.",
    ]) {
      const feedback = score(`${bakery}${lesson}`);
      expect(feedback.criteria.learning.score, lesson).toBeGreaterThanOrEqual(1);
      expect(feedback.criteria.learning.verdict, lesson).not.toMatch(/No lesson/);
    }
  });

  it('still reads a platitude told as advice as generic', () => {
    const feedback = score(`${bakery}What I learned is that you should always work hard and stay positive when times are tough.`);
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(2);
  });
});

describe('from the next batch', () => {
  const depot =
    'I manage a parcel depot in Lille with 60 drivers. Last year new drivers kept quitting in their first month: 9 of the 14 we hired in spring left before week five. ' +
    'I sat in the cab with four of them for a day each and found the first routes we gave them were the hardest ones, the ones the old drivers refused. ' +
    'I gave new drivers the three shortest rounds for their first month, with a senior driver on the phone for the first week, and we only hired people who had done a trial day. ' +
    'In the autumn intake, 11 of 12 were still with us after two months. ';

  it('reads a closing sentence in the present, in a story told in the past, as the habit it left', () => {
    const before = score(depot);
    const after = score(`${depot}I stopped hiring on the CV alone. I give every candidate a trial day on a real route, and I ride the first hour with them.`);
    expect(before.criteria.learning.score).toBe(0);
    expect(after.criteria.learning.score).toBeGreaterThanOrEqual(2);
    expect(after.criteria.learning.verdict).not.toMatch(/No lesson/);
  });

  it('reads "Now, before..., I read..." with a verb that looks past as a habit kept', () => {
    const feedback = score(`${depot}Now, before a new driver starts, I read their trial-day notes with the senior driver.`);
    expect(feedback.criteria.learning.verdict).not.toMatch(/No lesson/);
  });

  it('does not read a closing "every event I organise" or "something I care about" as a habit', () => {
    const feedback = score(`${depot}It is important to me to give people a good start, and it is something I really care about in every team I lead.`);
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(1);
  });

  // A guard: the closing-habit reading of the round before would have read "I work" here as a habit kept.
  it('does not read "the people I work with" in a closing sentence as a habit', () => {
    const feedback = score(`${depot}I always try to give people a fair start, and I think the people I work with know that about me.`);
    expect(feedback.criteria.learning.score).toBeLessThanOrEqual(2);
  });

  it('reads "so if the stream failed we could cut back in a minute" as a fallback put in place', () => {
    const guardrails = (verdict: string) => Number(/(\d+) guardrails? \(/.exec(verdict)?.[1] ?? 0);
    const without = score(`${depot}We kept a senior driver at the depot in the mornings.`);
    const withFallback = score(`${depot}We kept a senior driver at the depot in the mornings, so if a new driver's van broke down we could send help within the hour.`);
    expect(guardrails(withFallback.criteria.tradeoffs.verdict)).toBe(guardrails(without.criteria.tradeoffs.verdict) + 1);
  });

  it('reads "One option was..." and "Losing ten routes meant..." as an option and a cost, and "Nobody asked me to" as neither', () => {
    const option = score(`${depot}One option was to pay the old drivers to take the new ones along for a week. The other was to fix the routes.`);
    expect(option.criteria.tradeoffs.verdict).toMatch(/alternatives? weighed \(.*"One option was/);
    const cost = score(`${depot}Losing ten routes meant our delivery rate would show red for a month.`);
    expect(cost.criteria.tradeoffs.verdict).toMatch(/1 cost accepted \("Losing ten routes/);
    const initiative = score(`${depot}Nobody asked me to look at it, but I could not keep hiring people to lose them.`);
    expect(initiative.criteria.tradeoffs.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });

  it('holds a story whose saving "finance will confirm when the next invoice comes through" at the no-result gate', () => {
    const story =
      'I look after software licences for a housing association with 300 staff. In January I found that 71 people with a paid reporting licence had not opened a report in six months. ' +
      'I moved their three reports to a weekly email, wrote to the 71 to explain, and kept licences for the officers who filter reports every day. ' +
      'The licences come off at renewal in April. On paper it should save about £9k a year; finance will confirm when the next invoice comes through.';
    expect(score(story).gate?.id).toBe('no-result');
  });
});
