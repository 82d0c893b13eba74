import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { findSections } from '../../src/core/rubric/sections.js';
import type { PrincipleRef } from '../../src/core/rubric/criteria/types.js';
import { othersWords } from '../../src/core/rubric/others-words.js';
import { principleFit } from '../../src/core/rubric/principle-fit.js';
import { expectPhraseCounts, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v14: the words other people say in a story no longer count for its principle, and behaviour phrases that
 * unseen answers used for eight principles. Each case is told in a trade other than the answers it was found in.
 */

const content = loadContent();
const quotedBy = (text: string) => othersWords(text).map(([start, end]) => text.slice(start, end));

describe("whose words a quote is", () => {
  it('reads a quote introduced by somebody else, in either order, as theirs', () => {
    expect(quotedBy('The depot manager rang me and said, "You need to move faster, stop waiting for head office."')).toEqual([
      'You need to move faster, stop waiting for head office.',
    ]);
    expect(quotedBy('I rang the supplier and she told me, "We can only deliver on Thursdays now."')).toEqual(['We can only deliver on Thursdays now.']);
    expect(quotedBy('"Nobody reads those reports anyway," my colleague said.')).toEqual(['Nobody reads those reports anyway,']);
  });

  it("keeps the teller's own words, names in quotation marks and unattributed quotes as the story's", () => {
    expect(quotedBy('I called her back and said, "The mistake was mine and I will fix it today."')).toEqual([]);
    expect(quotedBy('"I will sort it by Friday," I told the parents.')).toEqual([]);
    expect(quotedBy('The paper called it a "quick fix" and moved on.')).toEqual([]);
    expect(quotedBy('A sign on the door said nothing. We wrote "Please ring the bell for the pharmacy" under it.')).toEqual([]);
  });
});

describe('principle fit reads what the teller did, not what others said', () => {
  const fitTo = (answer: string, id: string) => {
    const ranked = principleFit({ analysis: analyzeAnswer(answer), asked: undefined, principles: content.principles, questions: content.questions, questionText: undefined }).ranked;
    return ranked.find((r) => r.id === id)?.similarity ?? 0;
  };
  const story = (line: string) =>
    `I run the lending desk at a town library. In March a reader complained that our late fines had doubled without notice. ${line} ` +
    'I checked the council notice, found we had never put it up, told her it was our mistake, refunded the difference and put the notice at the desk. ' +
    'She still borrows every week, and complaints about fines went from six a month to one.';

  it("counts a critic's impatient words for Bias for Action less than the same words as the teller's", () => {
    const quote = '"You people never act fast, you wait for permission and waste hours."';
    expect(fitTo(story(`She said, ${quote}`), 'bias-for-action')).toBeLessThan(fitTo(story(`I said, ${quote}`), 'bias-for-action'));
  });
});

describe('behaviour phrases for eight principles', () => {
  const story = 'I manage a bakery with two shops and eleven staff. Last winter the early shift was struggling. {} Things settled by spring.';
  // Each pair has the same words; only the first says them as the behaviour phrase.
  it.each([
    ['think-big', 'The owner asked for a fix at our shop; I thought that was the wrong question.', 'The owner asked for a fix at our shop; I thought that question was wrong.'],
    ['invent-and-simplify', 'We kept four separate order sheets, so I made one.', 'We kept order sheets separate, four of them, so I made one.'],
    ['learn-and-be-curious', 'The dough kept failing, so I spent my evenings on a chemistry course.', 'The dough kept failing, so I spent the evenings on a chemistry course.'],
    ['success-and-scale-bring-broad-responsibility', 'Our cheap flour came with a cost someone else pays: the farmers.', 'Our cheap flour came with a cost someone else, not us, pays: the farmers.'],
    ['strive-to-be-earths-best-employer', 'I walked the floor on three different shifts to see where people were hurting.', 'I walked on the floor on three shifts, different ones, to see where people were hurting.'],
    ['earn-trust', 'A new hire was wary of me, so I decided not to argue and asked him about it.', 'A new hire was wary of me, so I decided to not argue and asked him about it.'],
    ['earn-trust', 'I had priced the cake wrong, and I sent the correction and said so first.', 'I had priced the cake wrong, and I sent the correction and first said so.'],
    ['deliver-results', 'The wedding order was promised for 8 a.m. and the oven failed.', 'The wedding order for 8 a.m. was promised and the oven failed.'],
  ] as const)('%s counts its behaviour phrase', (id, phrased, plain) => {
    expectPhraseCounts(id, story, phrased, plain);
  });

  it('reads the asked principle from a quote of the teller\'s own, not only from their actions', () => {
    const asked = content.principles.find((p) => p.id === 'earn-trust') as PrincipleRef;
    const answer = story.replace('{}', 'I told the staff, "That rota was my mistake, and I have fixed it."');
    expect(principleFit({ analysis: analyzeAnswer(answer), asked, principles: content.principles, questions: content.questions, questionText: undefined }).asked?.fit).not.toBe('weak');
  });
});

describe('trade-offs told in more everyday shapes', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I run the kitchen of a care home, forty residents and four cooks. In May our oven broke. ');

  it('reads a price or a downside told after the step, in the present too', () => {
    expectKind('costs', ['I moved lunch to the small oven. But the service becomes about twenty minutes later, and the nurses were not happy.']);
    expectKind('costs', ['So I ordered the new oven from the local dealer, about £2,000 over budget.']);
    expectNoKind('costs', ['I moved lunch to the small oven. But the residents were happy with it.']);
  });

  it('reads limits the speaker set on their own course as guardrails', () => {
    expectKind('guardrails', ['I told the manager the kitchen would be back to normal by Friday at the latest.']);
    expectKind('guardrails', ['So I proposed: only the lunch menu, only the two small ovens, for one week.']);
    expectKind('guardrails', ['So I split it: half the meals from the small oven, half from the hospital kitchen next door.']);
    expectKind('guardrails', ["I told the manager I'd stop the night baking after a month if the residents didn't eat more."]);
    expectNoKind('guardrails', ['The only oven we had left was the only one big enough.', 'Half the cooks were new and half the residents were on soft food.']);
  });

  it('reads a course pointed back at and called easier, then set aside, as the option not taken', () => {
    expectKind('alternatives', ['The manager said to buy ready meals for the month. That would have been quicker and saved us the night shifts. But the residents hate them.']);
    expectNoKind('alternatives', ['The manager said to buy ready meals for the month. That would have been great. The residents loved the idea.']);
  });

  it('does not read a difficulty explained, a rush coped with, or a result against a feared loss as trade-offs', () => {
    expectNoKind('reasons', ['It was not easy because it was a busy month and everyone wanted their meals at the same time.']);
    expectNoKind('alternatives', ['Everyone wanted their meals at the same time, but we managed it together as a team.']);
    expectNoKind('alternatives', ['The month came in at 96% of the meals planned instead of losing a third of them.']);
    expectNoKind('costs', ['Some of the trays came back half full, and it meant we had to cook again more often than we wanted.', 'I pulled out the temperature records for the last two months.']);
    expectNoKind('alternatives', ['I suggested that we should think about buying from the farm shop in the village.']);
    expectNoKind('reasons', ['We repaired the small oven instead to buy a new one.']);
  });

  it('still reads a reason, a course held against a wish, and a consequence of the speaker\'s step', () => {
    expectKind('reasons', ['I chose the hospital kitchen over the small oven, because it was hard to keep the food hot on the way.']);
    expectKind('alternatives', ['Everyone wanted to close the dining room for a week, but we managed to keep it open with the small oven.']);
    expectKind('costs', ['I moved the baking to the night shift, and it meant two cooks lost their weekend.']);
  });
});

describe('where the Result is, in two more shapes', () => {
  const sectionOf = (text: string, sentence: string) => {
    const analysis = analyzeAnswer(text);
    const at = analysis.facts.findIndex((f) => analysis.doc.normalized.slice(f.sentence.start, f.sentence.end).includes(sentence));
    return findSections(analysis).of[at];
  };
  const story =
    'I run the returns desk of a mail-order pharmacy. In March parcels kept coming back for wrong addresses. ' +
    'I checked a week of returns myself and found the postcode field cut long postcodes short. I had it fixed and rang the customers affected. ';

  it('reads a count set against the count before it, after the steps, as the Result', () => {
    expect(sectionOf(`${story}May had one wrong address instead of 60.`, 'May had')).toBe('result');
    expect(sectionOf(`${story}Since then I check the field after every update, and the last update took two returns instead of 40.`, 'Since then')).toBe('learning');
  });

  it('reads "Results, March vs April:" as the Result label', () => {
    const labelled = `Context: ${story}\nWhat I did:\n- fixed the field\nResults, March vs April:\n- returned parcels: 60 -> 4\nLesson: check the form when the carrier changes.`;
    expect(sectionOf(labelled, 'returned parcels')).toBe('result');
    expect(sectionOf(`${story}So, the plan: fix the field first.`, 'the plan')).not.toBe('result');
  });
});

describe('choices announced and prices named in passing', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations('I run the canteen of a secondary school, 600 lunches a day. In January our dishwasher failed. ');

  it('reads a choice announced with its options after a colon, and an option praised then priced', () => {
    expectKind('alternatives', ['Then I had to choose: hire a machine for the month and save the term, or wash by hand until the repair.']);
    expectKind('alternatives', ['A new machine looked perfect but cost about £9,000, which the bursar said we could not find this year.']);
    expectNoKind('alternatives', ['I had to choose the menu for the week.', 'The new menu looked great and the pupils loved it.']);
  });

  it('reads money taken from what it was set aside for, and the course everyone else took, scaled down', () => {
    expectKind('costs', ['I hired the machine for a month, which used £1,200 we had saved for new trays.']);
    expectKind('alternatives', ['I ordered 300 paper plates, half of what everybody else bought.']);
    expectNoKind('costs', ['The repair used the parts we had in the store.']);
  });

  it('reads a way to switch it off, and a deal made against a named risk, as guardrails', () => {
    expectKind('guardrails', ['I added a button on the till so the cooks could switch it off on busy days.']);
    expectKind('guardrails', ['The risk was the hire firm running out of machines. So I made a deal with a second firm to hold one for us.']);
    expectNoKind('guardrails', ['The lights were so old that nobody could switch them off.']);
  });

  it('does not read a surprise as a course someone wanted, nor a level measured against as a limit the speaker set', () => {
    expectNoKind('alternatives', ['The log showed something none of us expected: the dishwasher was fine in the morning but failed every afternoon.']);
    expectNoKind('guardrails', ['We moved the washing to the sinks, and by March the water bill was under our limit for the first time.']);
    expectKind('guardrails', ['I set our limit for overtime at ten hours a week.']);
  });

  it('reads a named risk as the reason for the step that limits it in the next sentence', () => {
    expectKind('reasons', ['I moved the washing to the sinks. The risk was a pupil slipping on the wet floor. So I put a mat and a sign at the door.']);
    expectNoKind('reasons', ['I moved the washing to the sinks. The risk was a pupil slipping on the wet floor. The floor stayed dry all week.']);
  });
});
