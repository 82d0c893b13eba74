import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v17: lessons told as the habit a story left ("I weigh the dough before I switch the oven on", "What I keep
 * doing: ...", "Rule I kept: ..."), a lesson that goes on in "I'd rather...", a comparison that only looks like
 * reflection ("deeper than I should have"), an option set aside in the sentence after it ("I could X. But ..."), the
 * ending a story tells just before its lesson; then, from the batch after: a rule that says where it applies, words that
 * only look like a trade-off ("pass on to", someone else's trial), "I tried to" as a real attempt, a Result that says it
 * is still early, and a template's "I decided, I led". Each case is told in a trade other than the answers it was found
 * in.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });

const bakery =
  'I run the night shift at a bakery in Lyon that supplies 40 cafés. Last winter a third of our croissants came out flat on Mondays, and two cafés cancelled their standing orders in January. ' +
  'I pulled the logs for six weeks and saw that the Monday dough was mixed by the weekend crew, who weighed the butter by the block instead of by the gram. ' +
  'I set up a scale at the lamination table, wrote the weights on a card and worked two Sunday nights beside the weekend crew. ' +
  'By March flat batches were down from about 30 a month to 4, and one of the two cafés came back with a bigger order. ';

describe('a lesson told as the habit the story left', () => {
  it('reads a closing "I ... before I ..." in the present as the lesson, and as a rule', () => {
    const before = score(bakery);
    const after = score(`${bakery}The scale stays. I weigh the butter before I start a batch.`);
    expect(before.criteria.learning.score).toBe(0);
    expect(after.criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(after.criteria.learning.verdict).toMatch(/specific lesson/);
  });

  it('reads "What I keep doing:" and "Rule I kept:" as the heading of a lesson', () => {
    for (const end of ['What I keep doing: before a step stays in the recipe, someone has to say who checks it.', 'Rule I kept: when a batch fails, check the weights first and the oven second.']) {
      const feedback = score(`${bakery}${end}`);
      expect(feedback.criteria.learning.score, end).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads "I\'d rather ..." after "What I took from it:" as more of the lesson', () => {
    const feedback = score(`${bakery}What I took from it: with a new crew, be patient and be there. I'd rather deliver half the order on time than all of it late.`);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('leaves "before" in a present-tense step earlier in the story alone', () => {
    const feedback = score(
      'I am baker in Lyon, night shift, 40 cafés. Last winter the Monday croissants come out flat, a third of them. I look at the logs of six weeks and I see the weekend crew weighs the butter by the block. ' +
        'I test the dough of the weekend crew before I say anything to them. I put a scale at the lamination table and I work two Sunday nights with them. ' +
        'By March flat batches are down from about 30 a month to 4, and one café that cancelled comes back.',
    );
    expect(feedback.criteria.learning.score).toBe(0);
  });
});

describe('a comparison that only looks like reflection', () => {
  it('is no lesson: "deeper than I should have" tells the fault', () => {
    const feedback = score(
      'I fit kitchens for a small firm in Leeds. A month after a job the customer rang about a wall cabinet pulling away from the plaster. I went round myself on the Saturday. ' +
        'I found the problem was mine: I had drilled the fixing holes deeper than I should have, into a hollow part of the wall. I told my boss straight away it was my mistake. ' +
        'I refitted the cabinet on a batten screwed into the studs and filled the old holes.',
    );
    expect(feedback.criteria.learning.score).toBe(0);
    expect(feedback.criteria.learning.verdict).toBe('No lesson or reflection.');
  });
});

describe('an option set aside in the sentence after it', () => {
  it('reads "I could X. But ..." as an alternative weighed, with its reason', () => {
    const feedback = score(
      'I service boilers for a housing association in Cardiff. In 2022 I was sent to a flat where the boiler kept cutting out, and the tenant, a woman in her eighties, had no heating in February. ' +
        'I could reset it, log the visit as fixed and be at my next job on time. But it would cut out again within days, and she lived alone. ' +
        'So I stayed, took the flue apart and found a split seal, fitted a new one from the van and rang her daughter to check on her that night. ' +
        'The boiler has run since, and the association added flue seals to the yearly check on all 600 of its boilers.',
    );
    expect(feedback.criteria.tradeoffs.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/alternative weighed \("I could reset it/);
  });
});

describe('the ending a story tells just before its lesson', () => {
  const story =
    'I was stage manager for a touring play at a festival in Edinburgh in 2023. We had the venue from 6 p.m. to 11 p.m. for one performance only. ' +
    'At 7:10 the lighting desk crashed and would not restart. The technician said it might take an hour to find the fault. ' +
    'I decided we would run the show on the house lights and two follow spots. I rewrote the cue sheet in twenty minutes and briefed the two spot operators myself. ' +
    'We struck the set at 10:50, ten minutes before the curfew, with the whole play performed. ';

  it('reads a counted or timed last step before the lesson as the Result', () => {
    const feedback = score(`${story}What I learned: when the venue time is fixed, I make the call that can be undone in minutes.`);
    expect(feedback.criteria.structure.verdict).not.toMatch(/missing[^.]*Result/);
    expect(feedback.gate?.id).not.toBe('no-result');
  });

  it('still finds no Result when the last step before the lesson counts nothing', () => {
    const feedback = score(
      `${story.replace('We struck the set at 10:50, ten minutes before the curfew, with the whole play performed. ', 'I told the director what we could and could not light. ')}What I learned: when the venue time is fixed, I make the call that can be undone in minutes.`,
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('a lesson whose rule says where it applies', () => {
  it('reads "where ..." as the condition of a rule the speaker keeps', () => {
    const feedback = score(`${bakery}What I took from it: doing the hard part for someone feels kind, but it does not teach them. Now I try to hand people the hard part in an area where they already know the most.`);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('words that only look like a trade-off', () => {
  const shop =
    'I manage a bike repair shop in Utrecht with four mechanics. Last spring our wait for a service went from three days to eleven, and people started taking their bikes elsewhere. ' +
    'I looked at the booking sheet for a month and saw that half the jobs were small fixes stuck behind full services. I set aside every morning for walk-in fixes under twenty minutes. ' +
    'By June the wait for a service was down to four days and walk-ins were done the same morning. ';

  it('reads "pass on to" someone as handing something down, not an option passed up', () => {
    const feedback = score(`${shop}It is something I try to pass on to the new mechanics: small jobs first, because they free the bench.`);
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/alternative weighed \("pass on/);
  });

  it('reads someone else\'s trial as a court\'s, not a pilot the speaker ran', () => {
    const feedback = score(
      'I am a junior clerk at a barristers\' chambers in Manchester. A senior barrister\'s trial got moved forward a week at two days\' notice. I rebooked his diary, passed his two other hearings to colleagues and had the bundles couriered overnight. ' +
        'He was in court on the Monday with nothing missed, and the client stayed with us.',
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/guardrail \("A senior barrister's trial/);
    expect(feedback.criteria.tradeoffs.score).toBeLessThanOrEqual(1);
  });
});

describe('"I tried to ..."', () => {
  it('is a past attempt, a real event, not what the speaker would or usually does', () => {
    const feedback = score(
      'I lead the entertainment team at a holiday resort in Antalya. One season a young dancer on my team was very shy and only worked with the children. ' +
        'So I tried to give her a short part in the evening show and I tried to rehearse it with her every afternoon for two weeks. ' +
        'By August she had her own number in the show, and the next season she was promoted to lead the kids club.',
    );
    expect(feedback.gate?.id).not.toBe('hypothetical');
  });
});

describe('a Result that says it is still early', () => {
  it('has no Result: "still early to say", "we\'ll have a better picture after ..."', () => {
    const feedback = score(
      'Situation: I run the screening plant at an iron ore mine in Western Australia. In 2023 the ash in our product crept up and the port started charging penalties. ' +
        'Task: I was asked to find out why. ' +
        'Action: I compared six months of plant logs with the lab samples and found that one screen had been set two millimetres too wide since a repair in March. I had it recalibrated and added a weekly gap check to the shift checklist. ' +
        "Result: The recalibration is done and the check is on the checklist. It's still early to say what it does for the ash; we'll have a better picture after the next few trains are sampled at the port. " +
        'Learning: I check the settings after every repair, not only the parts.',
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('a template that says "I decided, I led"', () => {
  it('owns nothing that happened: ownership 1 at most', () => {
    const feedback = score(
      'Situation: In my previous role, our team faced a critical challenge with a key project for an important stakeholder. ' +
        'Task: I was responsible for driving the initiative and ensuring successful delivery. ' +
        'Action: I took ownership, I analysed the data, I decided on the best approach, I led the team, I aligned the stakeholders and I escalated the risks. ' +
        'Result: As a result, we improved efficiency by X% and delivered on time. ' +
        'Learning: I learned the importance of ownership and I will continue to apply this.',
    );
    expect(feedback.level).toBe('Not yet');
    expect(feedback.criteria.ownership.score).toBeLessThanOrEqual(1);
  });
});

describe('a story told in the present, with "each", "every" and "if" in its steps', () => {
  const story =
    'I am physiotherapist for a handball club in Kiel. Last season four of our players had hamstring pain in the first month, and the coach thought they did not stretch. ' +
    'I did not believe this, because I watch them every warm-up. So I ask each of the four to show me their week, and I write a small table: training, gym, sleep, matches. ' +
    'What I find: all four do the heavy gym session the morning after a match, when the muscle is still tired. ' +
    'I change the plan: gym two days after a match, lighter on the day before, and every second week one session less. ' +
    'I ask the club doctor to test them again after six weeks, not at the end of the season, so if it does not work we know early. ' +
    'In March none of the four had missed a match for six weeks, and the club had two hamstring injuries in the season instead of seven.';

  it('reads the steps as the speaker\'s, told in the present: a real story, not what one usually does', () => {
    const feedback = score(story);
    expect(feedback.gate?.id).not.toBe('hypothetical');
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(3);
  });

  it('still reads a habit when the word of habit or condition governs the "I"', () => {
    const feedback = score(`${story} Now, when a player has the same pain twice, I look at the whole week before I look at the muscle.`);
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('a way back left for others, and the time a course took', () => {
  const migration =
    'I look after the till system for a chain of twelve bakeries in Porto. In 2024 we had to move all shops to a new payment terminal before the old contract ended in October. ' +
    'The supplier planned one switch for every shop on the same Sunday. I did not like this, because if the new terminals failed on a Monday morning, no shop could take cards. ' +
    'So I changed the plan to two shops a week. ';

  it('reads "kept the old ... so people could go back if ..." as a guardrail', () => {
    const feedback = score(`${migration}For each shop I kept the old terminal plugged in for a week so the staff could go back to it if a payment failed. All twelve shops were on the new terminals by September, with no day without cards.`);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/guardrail \("the staff could go back to it if a payment failed"\)/);
  });

  it('reads "it meant six weekends for me instead of one" as a cost accepted', () => {
    const feedback = score(`${migration}It meant six weekends for me instead of one. All twelve shops were on the new terminals by September, with no day without cards.`);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/cost accepted \("meant six weekends for me instead of one"\)/);
  });
});
