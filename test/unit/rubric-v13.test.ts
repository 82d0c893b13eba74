import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { readTemplate } from '../../src/core/rubric/template-check.js';
import { readTradeoffs } from '../../src/core/rubric/tradeoff-reading.js';
import { expectPhraseCounts, fitOf, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v13: Results, gates and measures that answers the rubric had never seen (fresh33, fresh34) told in ways it
 * misread. Each family is shown in other trades than the answers it came from, with near misses.
 */
const content = loadContent();
const resultWords = (text: string) => findSections(analyzeAnswer(text)).words.result;
const { expectKind, expectNoKind } = tradeoffExpectations('I run the parts store of a bus depot, three of us on two shifts. In October our brake pads kept running out. ');
const sentencesOf = (text: string) => analyzeAnswer(text).facts.map((f) => f.sentence.tokens.map((t) => t.text).join(' '));

describe('where the Result is', () => {
  const STEPS = 'I run the kitchen of a care home, forty residents. In spring the new menu left a third of the plates half eaten. I sat with residents at lunch for a week and rewrote the menu with them. ';

  it('does not end a sentence at "p.m." when the sentence goes on in lower case', () => {
    expect(sentencesOf('The last van left at 9 p.m. on Friday, with every order on it.')).toHaveLength(1);
    expect(sentencesOf('The last van left at 9 p.m. The next morning we counted the returns.')).toHaveLength(2);
    const text = `${STEPS}By 1 p.m. on the Monday after, the plates were coming back clean.`;
    expect(resultWords(text)).toBeGreaterThan(0);
  });

  it('reads "at the end", as many people say "in the end", after the steps as the Result', () => {
    expect(resultWords(`${STEPS}At the end everyone was eating well again.`)).toBeGreaterThan(0);
    // "At the end of the week" before anything was done is still the scene.
    expect(resultWords('At the end of the week I was asked to look at the menu. I sat with residents at lunch.')).toBe(0);
  });

  it('reads where things stand now, said of the things, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}Now the new menu is used in all three of our homes.`)).toBeGreaterThan(0);
    expect(resultWords(`${STEPS}And now the recipes are being shared with the day centre too.`)).toBeGreaterThan(0);
  });

  it('reads how people took the change, and a mood that changed, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}The residents said they liked the changes, and the dining room became more lively.`)).toBeGreaterThan(0);
  });

  it('reads being back in a span of time, "19 and a half days" too, after the steps as the Result', () => {
    expect(resultWords(`${STEPS}We were back to full plates in 12 and a half days.`)).toBeGreaterThan(0);
    const [days] = analyzeAnswer('It took 12 and a half days.').facts[0]!.numbers;
    expect(days?.kind).toBe('duration');
  });

  it('reads what others have done since, with nobody of ours in it, as the Result, not a lesson', () => {
    const text = `${STEPS}Since then the other two homes have copied the menu, and none of them has had a week of plates sent back.`;
    const sections = findSections(analyzeAnswer(text));
    expect(sections.words.result).toBeGreaterThan(0);
    expect(sections.words.learning).toBe(0);
    // The speaker's own habit since is still the lesson applied.
    expect(findSections(analyzeAnswer(`${STEPS}Since then I always taste a new dish with residents first.`)).words.learning).toBeGreaterThan(0);
  });

  it('does not read "has had to" as a task set: it reports how things went', () => {
    expect(resultWords(`${STEPS}We went live with the new menu a week later, and no dish has had to be taken off since.`)).toBeGreaterThan(0);
    expect(findSections(analyzeAnswer(`${STEPS}I had to order from a new supplier.`)).words.task).toBeGreaterThan(0);
  });

  it('reads where everyone stood after the steps ("Every shop had its order before opening") and "after these changes" as the Result', () => {
    expect(resultWords(`${STEPS}Every home on the round had its new menu by the Friday, except one.`)).toBeGreaterThan(0);
    expect(resultWords(`${STEPS}After these changes the residents were more happy and the dining room became better.`)).toBeGreaterThan(0);
    // Before the speaker acts, the same sentence sets the scene.
    expect(resultWords('Every home on the round had its own menu. I was asked to merge them.')).toBe(0);
  });

  it('passes the no-result gate for a story told to its outcome in these ways', () => {
    const text =
      'I run the kitchen of a care home with forty residents. In spring a new menu from head office left a third of the plates half eaten, and two residents lost weight. ' +
      'I sat with residents at lunch for a week, wrote down what they left and why, and rewrote six dishes with them. I kept the head office costing, so the budget did not change. ' +
      'At the end everyone was eating well again. Now the menu is used in all three of our homes. ' +
      'I learned to ask the people who eat the food before I change it.';
    expect(scoreAnswer(text, { principle: 'customer-obsession', content }).gates).not.toContain('no-result');
  });
});

describe('a note after the Action label', () => {
  it('reads a step told without its "I" right after "What I did:" as the speaker\'s own', () => {
    const facts = analyzeAnswer('Context: our depot ran out of brake pads twice in October.\nWhat I did: moved the reorder point up by a week and rang the second supplier.').facts;
    expect(facts.some((f) => f.voice.iActions.some((v) => v.lower === 'moved'))).toBe(true);
  });
});

describe('changes told without "from"', () => {
  const numbersOf = (text: string) => analyzeAnswer(text).facts.flatMap((f) => f.numbers);

  it('reads a figure brought down ("2,300 a month to about 400", "9% to 4%") as a change', () => {
    expect(numbersOf('Letters: 2,300 a month to about 400.').some((n) => n.delta && n.baseline)).toBe(true);
    expect(numbersOf('Missed appointments: 9% to 4%.').some((n) => n.delta && n.baseline)).toBe(true);
    // A range is told rising, and another clause counts other things.
    expect(numbersOf('The job takes two to three weeks.').some((n) => n.baseline)).toBe(false);
    expect(numbersOf('They agreed to 12 laptops but not to the two new ones.').some((n) => n.baseline)).toBe(false);
  });

  it('reads none set against a count ("no leaks, against three last time") as a change', () => {
    expect(numbersOf('That shutdown our crew had no flange leaks at start-up, against three on the last one.').some((n) => n.delta && n.baseline)).toBe(true);
  });
});

describe('labelled answers', () => {
  it('reads "Result after six weeks:" as the Result label', () => {
    const text =
      'Context: I drive the mobile library van for a rural county, 40 stops a fortnight.\nProblem: borrowers at the far stops waited three weeks for requested books.\n' +
      'What I did: I asked the branch to send requests out on the courier run, and I carried a box of them myself.\n' +
      'Result after six weeks: requests arrived in 5 days instead of 21.\nLesson: ask where the wait really is before adding stops.';
    const sections = findSections(analyzeAnswer(text));
    expect(sections.text.result).toContain('5 days instead of 21');
  });

  it('reads the speaker\'s own steps under "Problem:" as the Action when no Action label is given', () => {
    const text =
      '- Context: I run the parts desk of a tractor dealer.\n- Problem: in 2023 our stock budget was cut by a fifth. Each month we held about 900 lines.\n' +
      '- What I chose: I moved slow lines to order-on-demand and I kept a safety stock only for harvest parts.\n' +
      '- Result: stock value down from £310,000 to £240,000, no harvest breakdown waited more than a day.\n- Lesson: keep stock where waiting costs most.';
    const sections = findSections(analyzeAnswer(text));
    expect(sections.words.action).toBeGreaterThan(0);
    expect(sections.words.result).toBeGreaterThan(0);
  });
});

describe('a count told again later', () => {
  it('links a count told in an early sentence read as a Result with the same count after the fix', () => {
    const text =
      'I lead the night shift of a parcel depot. After my first month I became lead of the sorting line. ' +
      'On the shift logs for four weeks, the last trailer left on time on only 5 of 20 nights. ' +
      'I moved the break to before the last wave and trained two pickers to cover the chute. ' +
      'After two months, the last trailer left on time on 19 of 20 nights.';
    const metrics = scoreAnswer(text, { principle: 'deliver-results', content }).criteria.metrics;
    expect(metrics.verdict).toMatch(/a change is stated/);
    // The same count told again unchanged is no change.
    const same = text.replace('19 of 20 nights', '5 of 20 nights, as before');
    expect(scoreAnswer(same, { principle: 'deliver-results', content }).criteria.metrics.verdict).not.toMatch(/a change is stated/);
  });
});

describe('trade-offs told in everyday shapes', () => {
  it('reads "I could X, which would have ..., or Y" when the first verb looks like a past ("spread", "set")', () => {
    expectKind('alternatives', [
      'I could spread the order across our two suppliers, which would have left four buses off the road for a week, or pay for a special delivery.',
      'I could set the reorder level higher, or ask the fitters to book pads a day ahead.',
    ]);
    // "I could see" and "so I could" are no option.
    expectNoKind('alternatives', ['I could see the shelf was empty, so I rang the supplier.']);
  });

  it('reads the expected course named and then set aside with "but"', () => {
    expectKind('alternatives', [
      'The normal route is a purchase order through head office. But that takes nine days, and the buses were due out on Monday.',
      'The usual fix would be to borrow pads from the other depot, but they were short too.',
    ]);
    // Told without being set aside, it is how things are done.
    expectNoKind('alternatives', ['The normal route is a purchase order through head office, which I raised that morning.']);
  });

  it('reads a downside the speaker told someone about beforehand as a cost', () => {
    expectKind('costs', ['I told the depot manager up front that our stock value would look worse for a month.']);
    // A promise of something better is no cost.
    expectNoKind('costs', ['I told the depot manager that the new system would save us money.']);
  });

  it('reads someone kept waiting longer, with a few words of subject, as the cost of the step', () => {
    expectKind('costs', ['I moved my colleague to the counter for an hour, which meant fitters on the late shift waited longer for parts.']);
  });

  it('reads a way back agreed with its condition as a guardrail', () => {
    expectKind('guardrails', ["We agreed I'd go back to the old ordering if stock-outs were not down by the end of the month."]);
    // Going back without a condition is a step, not a limit set.
    expectNoKind('guardrails', ['I went back to the supplier and asked again.']);
  });

  it('reads a surcharge paid for the course taken as a cost', () => {
    expectKind('costs', ['I ordered twenty sets for next-day delivery at a £90 surcharge.']);
    expectNoKind('costs', ['The supplier charges a £90 fee for next-day delivery, which head office pays.']);
  });

  it('reads "A whole new X would have ..., so I Y" as an option weighed and why', () => {
    expectKind('alternatives', ["A full new stock of pads would have waited for next quarter's budget, so I bought just the twelve sets we needed."]);
    expectKind('reasons', ["A full new stock of pads would have waited for next quarter's budget, so I bought just the twelve sets we needed."]);
  });
});

describe('more trade-offs told in everyday shapes', () => {
  it('reads an option and its "but" with a short aside between ("Quicker, yes.")', () => {
    const text = "I could've just reset the counter quietly and moved on. Quicker, yes. But then the fitters would have had no reason to trust the count.";
    expectKind('alternatives', [text]);
    expectKind('reasons', [text]);
  });

  it('reads options announced by a count, the second opening with "Or", and the one taken by name', () => {
    const text = 'Two options. Wait, and send the buses out without new pads. Or fit the spare pads from the van kit and order more tomorrow. I chose the spare pads.';
    expectKind('alternatives', [text]);
    expect(readTradeoffs(analyzeAnswer(text)).alternatives.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a short sentence after the step saying what it left worse as a cost', () => {
    expectKind('costs', ['I moved one of the two fitters onto the brake line. The tyre bay got slower.']);
    // Said with the speaker in it, it is a step, not what the step cost.
    expectNoKind('costs', ['I moved one of the two fitters onto the brake line. We got slower at first but caught up.']);
  });

  it('reads a way back with its object between ("pull the patrol back if") as a guardrail', () => {
    expectKind('guardrails', ["I agreed with the depot manager I'd pull the extra van back if the town rounds slipped past our target."]);
  });

  it('reads something lost right after the speaker\'s step as the price of it', () => {
    expectKind('costs', ['I asked the supplier to hold the delivery for a week. We lost a good slot at the auction.']);
    // A loss in the set-up, before anything was done, is the problem.
    expectNoKind('costs', ['We lost a good slot at the auction.']);
  });

  it('reads the easy option set aside with "but", and a "no" given with its reason', () => {
    expectKind('alternatives', ['A note on the invoice was the easy option, but nobody reads the notes.', 'I said no, because a part fitted twice is the first thing an auditor finds.']);
    expectKind('reasons', ['I said no, because a part fitted twice is the first thing an auditor finds.']);
    expectNoKind('alternatives', ['The easy option was ready on Monday.']);
  });

  it('reads a step that heads off a decline ("To stop X getting grim, I ...") as a guardrail', () => {
    expectKind('guardrails', ['To stop the new store room getting cluttered, I gave one fitter the key to it.']);
  });
});

describe('options named in turn, and an option refused in the next sentence', () => {
  it('reads "Option one was X" and "Option two was Y" as options weighed', () => {
    expectKind('alternatives', ['Option one was ordering from the dealer, which the manager wanted. Fast, but it would have cost twice as much.']);
    expectNoKind('alternatives', ['One option the dealer offers is next-day delivery.']);
  });

  it('reads "I could have X. I didn\'t: ..." as an option set aside, and why', () => {
    const text = "I could have rebuilt the ordering system for more suppliers. I didn't: about six months of work, and it would have hidden the real fault.";
    expectKind('alternatives', [text]);
    expectKind('reasons', [text]);
    // "could have done more" is regret, not an option.
    expectNoKind('alternatives', ["I could have done more. I didn't know how."]);
  });

  it('reads conditions the speaker asked for as guardrails', () => {
    expectKind('guardrails', ['I asked for two conditions, which he accepted: a weekly stock count and a second supplier on call.']);
  });
});

describe('courses put to the speaker, and terms agreed', () => {
  it("reads someone's wish answered in the same sentence by the speaker's own course", () => {
    expectKind('alternatives', ['The manager wanted a second van, about £18,000, and I argued we put that money into a parts runner.']);
  });

  it('reads something offered to the speaker and set aside with "but" as an option', () => {
    expectKind('alternatives', ['A company came to sell us a stock app with barcode scanners, very nice, but £40 per fitter every month.']);
    expectNoKind('alternatives', ['I offered them a lift, but they had a car.']);
  });

  it('reads a course priced and then replaced with "so instead" as an option set aside', () => {
    expectKind('alternatives', ['Ready-made kits from the supplier cost £1.40 more per kit, so instead one fitter packs them from our own stock.']);
  });

  it('reads a trial "only with" one group "for two months" as a guardrail', () => {
    expectKind('guardrails', ['I was worried the fitters would lose time, so I tried it only with the night shift for two months.']);
  });

  it('reads a second term joined with "and if", with the old way coming back, as a guardrail', () => {
    expectKind('guardrails', ['I agreed with the depot manager we count the pads every Friday, and if stock falls below 20 sets, the old order comes back.']);
    // A "when" that only says when something happens is no term agreed.
    expectNoKind('guardrails', ['I suggested that we should tell drivers when their buses would be ready.']);
  });
});

describe('what is no trade-off', () => {
  it('does not read a task given to the speaker, followed by a doubt about something else, as a proposal set aside', () => {
    expectNoKind('alternatives', ["My manager asked me to find out why before the audit. I didn't trust the stock count on its own, so I walked the shelves."]);
    // Answered by the speaker's own view of it, the proposal was weighed.
    expectKind('alternatives', ["My manager wanted me to order double the pads. I didn't agree: we had nowhere dry to keep them."]);
  });

  it('does not read watching videos or a talk as keeping watch', () => {
    const watches = (text: string) => readTradeoffs(analyzeAnswer(text)).watches.length;
    expect(watches('I knew nothing about hydraulics, so I watched some videos and went to two evening talks.')).toBe(0);
    expect(watches('I watched the stock levels every morning for a month.')).toBeGreaterThan(0);
  });

  it('does not read a maxim told to anyone, "you have to X rather than Y", as an option weighed', () => {
    expectNoKind('alternatives', ['Every fitter is different and you have to work with their habits rather than expecting them to change.']);
    expectKind('alternatives', ['I chose to work with the fitters\' habits rather than changing the booking system.']);
  });
});

describe('lessons', () => {
  const STORY =
    'I run the front desk of a dental practice with four dentists. Last spring our no-show rate hit 12% and the dentists were losing an hour a day. ' +
    'I rang every patient who missed twice, moved reminders to two days before, and offered early slots. By June no-shows were down to 5%. ';
  const learning = (ending: string) => scoreAnswer(STORY + ending, { principle: 'ownership', content }).criteria.learning.score;

  it('reads a lesson named as a rule as specific', () => {
    expect(learning('I learned that a reminder nobody reads costs more than a call. My rule now is to ring anyone who has missed twice.')).toBeGreaterThanOrEqual(3);
  });

  it('does not take a "you" inside a quoted question for a maxim told to anyone', () => {
    expect(learning("Now the first question I ask is 'what would make this easier for you?'")).toBeGreaterThanOrEqual(3);
    expect(learning('You have to be patient with people.')).toBeLessThanOrEqual(2);
  });

  it('reads a lesson added to a saying, the habit a story left, and the count of uses since', () => {
    expect(learning("My old boss used to say 'never chase a patient'. I'd add: always ring before you write. Every reminder plan I've written since starts with a call list.")).toBeGreaterThanOrEqual(3);
    expect(learning('The habit it left me with: before I change a process, I ask two patients how it feels. On three changes since, that caught a problem first.')).toBe(4);
    expect(learning('What stuck: ring the people who miss twice, before they miss a third time.')).toBeGreaterThanOrEqual(3);
  });

  it('reads "Two rules came out of it", "What I actually took from this" and "I used the same rule in May" as lessons', () => {
    expect(learning('Two rules came out of it: any reminder list gets a second reader, and when a patient misses twice, I ring them.')).toBeGreaterThanOrEqual(3);
    expect(learning('What I actually took from this is that the diary includes the bit the patients see. If it stops a patient, I go and look.')).toBeGreaterThanOrEqual(3);
    expect(learning('What I took from it: when a change is cheap to undo, make it now and let the numbers tell you to reverse it. I used the same rule in May when the hygiene list jumped overnight.')).toBe(4);
  });

  it('reads a command with its condition as a rule though it says "you", and "of mine" as the speaker\'s own', () => {
    expect(learning('Lesson: count the hand-offs before you add staff. I applied it to the recall letters last year.')).toBe(4);
    expect(learning('What I learned: give people a date and beat it. Every complaint of mine has a promised answer date now.')).toBe(4);
  });

  it('reads a course set against another as a rule though it says "you", a command with "where", and "What I keep:"', () => {
    expect(learning('I learned that with new patients you ring on the first miss and write later, not the other way round.')).toBeGreaterThanOrEqual(3);
    expect(learning('Lesson: spend the expensive appointment slots where the risk is. I have used that split on four lists since.')).toBe(4);
    expect(learning('- What I keep: reminders work best two days out, but only if someone rings the ones who miss twice.')).toBeGreaterThanOrEqual(3);
    // An exhortation stays a platitude: "..., not be afraid to ...".
    expect(learning("What I learned is that it's good to think big and, you know, not be afraid to put your ideas out there.")).toBeLessThanOrEqual(2);
  });

  it('reads the speaker\'s own way kept since ("This is my way now with all staff") as the lesson applied, not a Result', () => {
    const text = `${STORY}I learned that a reminder nobody reads costs more than a call. This is my way now with all patients.`;
    expect(findSections(analyzeAnswer(text)).text.result).not.toContain('my way now');
    expect(scoreAnswer(text, { principle: 'ownership', content }).criteria.learning.verdict).toMatch(/applied/);
  });

  it('reads "buys you time" as who gets the time, and "now ships with" as a change standing since', () => {
    expect(learning('What I learned is that a reversible limit buys you time to find the real cause. Every new booking now ships with a reminder call.')).toBeGreaterThanOrEqual(3);
  });

  it('reads a virtue defined, said to take time or always held, and what anyone deserves, as platitudes', () => {
    for (const ending of [
      'I learned that building relationships takes time and that you have to be patient and persistent.',
      'I learned that being frugal is about being smart with money rather than just cutting things.',
      'I learned that high standards have to come from the leader and be reinforced every day.',
      'What I learned is that everybody has potential and sometimes people just need someone to believe in them.',
      "That's something I've always believed in and it's why I do this job.",
      'I learned that everyone learns at their own pace, and that patience and encouragement are really important.',
      'I learned that you should never stop learning and that being curious is really the key to being good at this.',
      'It taught me to always stick to my standards and not let things slide just because people are in a hurry.',
      'I learned that it is good to speak up. Now I try always to say my opinion when I do not agree.',
      "What I learned is that you're never too old to learn something new, and that asking for help is a strength.",
    ]) {
      expect(learning(ending), ending).toBeLessThanOrEqual(2);
    }
  });
});

describe('principle fit', () => {
  const story = 'I run the stores of a hospital estates team, five of us. Last year the night porters kept coming to us for parts. {} The porters were happy.';
  it.each([
    ['invent-and-simplify', 'We had eleven kinds of spare kit bag, so I cut us down to two.', 'We had eleven kinds of spare kit bag, so I cut two of them.'],
    ['invent-and-simplify', 'Most of the wait was fetching, so I set up one trolley for each ward.', 'Most of the wait was fetching, so I set up a trolley for each ward.'],
    ['success-and-scale-bring-broad-responsibility', 'On paper we were compliant, but used batteries were going into the general bins, so I set up a returns box with the recycler.', 'Used batteries went into the bins, and I set up a returns box.'],
    ['ownership', 'The lift belongs to facilities, but it was our porters waiting, so I treated it as my problem and chased it daily.', 'The lift belongs to facilities, but it was our porters waiting, so I treated the problem as mine and chased it daily.'],
  ] as const)('%s counts its behaviour phrases', (id, phrased, plain) => {
    expectPhraseCounts(id, story, phrased, plain);
  });

  it.each([
    ['earn-trust', 'I rang the ward sister myself, told her the order had gone missing and let her choose between two spare kits.'],
    ['learn-and-be-curious', "I didn't actually know why the valves failed, only what the box said, so I paid for the course with my own money."],
    ['dive-deep', 'For a month I kept a notebook of every part we handed out, and walked each missing one back to its cause.'],
    ['deliver-results', 'We had promised the theatres their supply within two days, and we got it there 20 hours inside the promise.'],
    ['are-right-a-lot', "I didn't want to decide on a guess, so I tried the new seals on one machine first; that settled it."],
  ] as const)('%s: told in these everyday words, the story fits it plainly', (id, phrased) => {
    expect(fitOf(story.replace('{}', phrased), id)?.fit).toBe('strong');
  });

  it('reads a way of working made so a tired person cannot get it wrong as Invent and Simplify', () => {
    expect(fitOf(story.replace('{}', "I went low-tech: one labelled bag per job, hung in order, so a tired fitter can't get it wrong."), 'invent-and-simplify')?.fit).not.toBe('weak');
  });

  it('reads teaching beside someone, feedback in private and a starter kept who grew, as Hire and Develop', () => {
    const phrased = 'The new starters bruised the parts, so I worked next to each one for a week and gave the counts in private; one of them is a team leader now.';
    expect(fitOf(story.replace('{}', phrased), 'hire-and-develop-the-best')?.fit).toBe('strong');
  });

  it('reads two readings that differ, weighed rather than counted, as Are Right, A Lot', () => {
    expectPhraseCounts(
      'are-right-a-lot',
      story,
      'Two fitters read the fault differently and neither read fitted the noise, so I asked for a test.',
      'Two fitters looked at the fault and neither idea fitted the noise, so I asked for a test.',
    );
  });

  it('reads the speaker claiming their part of a failure ("the reorder rule was mine") as Ownership', () => {
    expect(fitOf(story.replace('{}', 'In the review I said the reorder rule was mine and I had set it too low.'), 'ownership')?.fit).not.toBe('weak');
  });

  it('does not call a principle a strong fit when another principle shows four times as much', () => {
    const answer =
      'A client complained that card payments on our till were £4,000 higher than what reached the bank, three months running, and the manager blamed card fees. ' +
      'I exported every transaction, about 6,000 lines, and matched each one to the settlement file by amount and timestamp. ' +
      'I went through the logs line by line and traced the gap to its root cause: late-night payments settled into the next day batch. ' +
      'For the last £600 I dug into the records and found 14 refunds keyed as new sales; the data showed the same pattern in every month I sampled. ' +
      'I moved our month-end cut-off and showed the reception team how to key a refund. The next month the gap was £37. ' +
      'Before I accept an explanation for a number, I trace a sample back to its source.';
    const fit = fitOf(answer, 'customer-obsession');
    expect(fit?.rank).toBeGreaterThan(1);
    expect(fit?.fit).not.toBe('strong');
  });
});

describe('templates', () => {
  const isTemplate = (text: string) => {
    const analysis = analyzeAnswer(text);
    return readTemplate(analysis, findSections(analysis)).isTemplate;
  };

  it('reads verbs told one to a sentence ("I listened. I analysed. I decided.") as a list of verbs', () => {
    const template =
      'I always put the customer first. On a big launch for an important client, the client raised concerns. I listened. I analysed. I decided. I owned it. ' +
      'I partnered with cross-functional teams to deliver a solution that exceeded expectations. The result was a 40% improvement and the client was delighted. ' +
      'I learned that the customer is at the heart of everything I do.';
    expect(isTemplate(template)).toBe(true);
    expect(scoreAnswer(template, { principle: 'customer-obsession', content }).level).toBe('Not yet');
  });

  it('keeps a real story told with short sentences', () => {
    const real =
      'I manage the box office of a 600-seat theatre in Leeds. On the opening night of our Christmas show the ticket system sold 40 seats twice. ' +
      'I stopped. I listened. I apologised. Then I moved the 40 families to the front two rows of the dress circle and gave each a free programme. ' +
      'The show started nine minutes late and we had two complaints, against 31 after the same fault in 2022. I learned to check the seat map against the sales report an hour before doors.';
    expect(isTemplate(real)).toBe(false);
  });
});

describe('tone', () => {
  const toneOf = (ending: string) =>
    scoreAnswer(
      'I run the maintenance desk of a housing association, four of us. In 2023 the door entry panel at one block failed twice in a week. I replaced the power supply myself and checked every panel on the estate. ' + ending,
      { principle: 'ownership', content },
    ).criteria.tone;

  it('does not read "There\'s a fault log" or faults in a thing as blame', () => {
    expect(toneOf("There's a fault log on every block I look after now, and the last four faults were closed the same day.").score).toBe(4);
    expect(toneOf("It was the installer's fault, and I told him so.").score).toBeLessThan(4);
  });

  it('reads blame inside words someone else said, across a comma, as reported', () => {
    expect(toneOf('He said the last time anyone fixed a panel here, the installer was to blame, and he never wanted that again.').score).toBe(4);
    // The speaker's own verdict after "and" is theirs.
    expect(toneOf('He said the panel was old, and honestly the installer was to blame.').score).toBeLessThan(4);
  });

  it('does not read "before I believe a report" as a hedge, nor how far people got as blame', () => {
    expect(toneOf('I go and look at the panel before I believe a report. Residents often never called, because they never got as far as finding the number.').verdict).toMatch(/^0 hedges/);
    expect(toneOf('I believe the panel was the cause.').verdict).not.toMatch(/^0 hedges/);
  });
});
