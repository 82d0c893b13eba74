import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v21: trade-offs and endings found at first contact with answers the rubric had never seen. The usual course
 * backed by someone ("My supervisor wanted this.") before the "But" that sets it aside; a price opening its sentence
 * with the subject dropped ("Cost them a motion fee"); the speaker's advice to do something else instead; a bound that
 * opens the line after the speaker's proposal; "if it drops more than that, we rethink"; a compromise agreed for part
 * of what was wanted. Then endings: a harm that did not happen ("Nothing went loose, nobody hurt.") is how a story
 * ended; "goal" naming a thing ("our goal picture") sets no task; "we should know by March whether..." and "the lab has
 * not sent results yet" await the outcome, as does an arrangement for when it is in. Each story is told in a trade of
 * its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs told around the choice', () => {
  const brewery = (third: string) =>
    'I brew at a small brewery in Bristol. In March our pale ale started coming out hazy and two pubs sent casks back. ' +
    'The usual fix in the brewhouse is a longer boil and more finings. The head brewer wanted that. ' +
    `${third} I had seen the same haze in 2021 from a bad batch of malt, so I asked the maltster for the batch sheets and ran two test mashes.`;

  it('reads the usual course, backed by someone in a short line, then set aside with "But", as an option weighed', () => {
    expect(tradeoffsOf(brewery('But I was not sure it was the boil.')).verdict).toMatch(FOUND('alternative'));
  });

  it('does not read the usual course as set aside when the line after its backing goes on with "So"', () => {
    expect(tradeoffsOf(brewery('So we tried it on one brew.')).verdict).not.toMatch(FOUND('alternative'));
  });

  it('reads a price that opens its sentence with the subject dropped ("Cost the school...") as a cost', () => {
    const answer =
      'I run the minibus bookings for a secondary school. A coach firm cancelled the Year 9 trip two days before. ' +
      'I booked two minibuses from the council pool and drove one myself. Cost the school an extra £220, but the trip went ahead for all 31 pupils.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it("reads the speaker's advice to do something else instead as an option weighed", () => {
    const answer =
      'I am a tree surgeon in Kent. A client wanted a 30-metre beech taken down because a branch had fallen on her shed. ' +
      'I climbed it and found one dead limb, the rest healthy. I told her to keep the tree and pay for a crown reduction and a check every two years instead. ' +
      'She did, the job came to £900 instead of £3,000, and the beech is still standing.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads a bound that opens the line after the speaker takes a proposal to someone as a guardrail', () => {
    const answer =
      'I manage the pickers at a garden centre warehouse. In spring three of the eight pickers were off with back pain. ' +
      'So I went to the owner with two changes. Maximum four hours of heavy lifting a shift, the rest on potting or tills, and the compost pallets moved to ground level. ' +
      'Back-pain absences went from 14 days in March to 3 in May.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads "and if it drops more than that, we rethink" after a trial the speaker proposed as a guardrail', () => {
    const answer =
      'I run the front desk of a dental practice. Patients kept missing the 8 am slots. ' +
      'I suggested we text reminders the evening before instead of phoning, and if bookings drop more than a few percent we rethink. ' +
      'Missed 8 am slots went from 9 a week to 2.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a compromise agreed for part of what was wanted ("we agreed the extra porter only for the night shifts") as a cost', () => {
    const answer =
      'I am a ward sister on a surgical ward. Patients waited up to 40 minutes to be taken to theatre. ' +
      'I asked the site manager for a second porter on every shift. He said the budget was already stretched. ' +
      'So we agreed the extra porter only for the night shifts, when the emergency lists run. Night waits fell from 40 minutes to 12.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('does not read "we agreed just before the deadline" as a compromise', () => {
    const answer =
      'I run the stock room at a bookshop. The publisher changed the price list in March. We agreed just before the deadline. ' +
      'I re-labelled 400 books over the weekend.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('cost'));
  });
});

describe('how a story ended', () => {
  const ferry = (ending: string) =>
    'I am the mate on a car ferry across the Tamar. One evening in January the bow ramp chain started slipping on its drum, with 40 cars waiting. ' +
    'I stopped loading, chocked the ramp with the spare pins and told the skipper we would run with the ramp pinned and load from the stern only. ' +
    `I rang the fitter and kept the waiting cars clear of the ramp. ${ending}` +
    'What I do now: I check the ramp chain at the start of every shift, not just on the weekly round.';

  it('reads a harm that did not happen, told after the steps, as the result', () => {
    const feedback = score(ferry('Nothing slipped again, nobody hurt. '));
    expect(feedback.gates).not.toContain('no-result');
    expect(feedback.criteria.metrics.verdict).not.toContain('The Result itself has no measure');
  });

  it('still holds back the same story with no ending at all', () => {
    expect(score(ferry('')).gates).toContain('no-result');
  });

  it('reads "our goal picture" as a picture, so what came of the work is the result, not a task', () => {
    const answer =
      'I shoot football for a photo agency in Lisbon. The clients in Europe buy the first 20 pictures that reach the server after the whistle. ' +
      'At half-time my laptop died. I connected the camera to my phone, tested it with three frames and sent small JPGs every few minutes in the second half. ' +
      'After the whistle I had 24 pictures on the server within 8 minutes, and three papers ran our goal picture the next morning.';
    const structure = score(answer).criteria.structure;
    expect(structure.verdict).not.toContain('missing Task, Result');
    expect(structure.verdict).not.toMatch(/missing.*Result/);
  });

  it('still reads "Our goal was to..." as the task', () => {
    const answer =
      'I shoot football for a photo agency in Lisbon. Our goal was to have 20 pictures on the server within 10 minutes of the whistle. ' +
      'At half-time my laptop died. I connected the camera to my phone and sent small JPGs every few minutes. ' +
      'After the whistle I had 24 pictures on the server within 8 minutes.';
    expect(score(answer).criteria.structure.verdict).not.toMatch(/missing[^.]*Task/);
  });
});

describe('an outcome still to come', () => {
  it('holds back a labelled Result that says "the lab has not sent results yet" and "we should know by ... whether"', () => {
    const answer =
      'Situation: I sample river water for an environment agency team in Cumbria. Nitrate readings at 5 of our 20 sites doubled in April. ' +
      'Task: I was asked to find out whether the rise was real before the quarterly report. ' +
      'Action: I checked the sample bottles and found the five sites had been sent a new batch of preservative. I took paired samples with old and new bottles at all five sites. ' +
      'Result: The paired samples went to the lab three weeks ago and the lab has not sent results yet. We should know by the next quarterly report whether the bottles were the cause. ' +
      'Learning: I check the kit records before I accept an outside explanation.';
    expect(score(answer).gates).toContain('no-result');
  });

  it('holds back a story that ends "we\'ll see in May whether..." and an arrangement for then', () => {
    const answer =
      'I repair bicycles in a shop in Utrecht. A courier brought in his cargo bike for the third broken rear spoke in a year, always on the drive side. ' +
      'The easy job was another spoke, 15 euro, done in an hour. I rode with him for a morning and saw he carries 90 kilos on a wheel built for 60. ' +
      'So I rebuilt the wheel with 36 thicker spokes and a tandem rim, about 240 euro, and he took it back in February. ' +
      "We'll see in May, after the spring rush, whether the spokes hold this time. I've asked him to bring it in then so I can check the tension.";
    expect(score(answer).gates).toContain('no-result');
  });
});

describe('a takeaway', () => {
  const answer =
    'I drive a night bus in Glasgow. In March a takeaway on my route started putting its bins out at 11 pm, right in the bus stop. ' +
    'The takeaway closes at midnight, so for an hour every night passengers stepped into the road to board. ' +
    'I photographed the bins on four nights, sent the pictures to the council with the stop number and spoke to the owner myself. ' +
    'Within two weeks the bins moved to the back lane, and the stop has been clear since. ' +
    'What I do now: I report a blocked stop the first night, with a photo, not after a month.';

  it('reads a takeaway shop in the story as the scene, not as a lesson', () => {
    const sections = score(answer).sections;
    expect(sections.situation).toContain('The takeaway closes at midnight');
    expect(sections.learning).not.toContain('takeaway');
  });

  it('still reads "My takeaway: ..." as the lesson', () => {
    const lesson = answer.replace('What I do now:', 'My takeaway:');
    expect(score(lesson).sections.learning).toContain('My takeaway: I report a blocked stop');
  });
});


describe('fresh72 round: a line held, a check bought before going ahead, notes, lessons and counts', () => {
  it('reads "The one place I wasn\'t going to save was safety" as a limit held, and not "to save" as a reason', () => {
    const answer =
      'I run the workshop of a bike charity in Bristol. We had no money for new stands, so I rebuilt six old ones from scrap. ' +
      "The one place I wasn't going to save was the brakes. Every donated bike got new pads before it went out. We sold 140 bikes that year.";
    const tradeoffs = tradeoffsOf(answer);
    expect(tradeoffs.verdict).toMatch(FOUND('guardrail'));
    expect(tradeoffs.verdict).not.toMatch(FOUND('reason'));
  });

  it('does not read "The one place I wanted to see was the depot" as a limit held', () => {
    const answer = 'I drive for a bakery in Leeds. The one place I wanted to see was the depot. I went on Monday and met the manager.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('guardrail'));
  });

  it('reads a check bought before going ahead ("before anything went on it I paid for an inspector") as a guardrail', () => {
    const answer =
      'I look after the store of a furniture charity. We got two runs of second-hand racking from a closing warehouse for £1,900. ' +
      'A dented upright can bring a bay down, so before anything went on it I paid £250 for a qualified rack inspector. We got 60 pallet spaces.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  const notes = (third: string) =>
    '- dispatcher for a parcel depot in Lyon, night shift\n' +
    '- in May about 1 in 6 vans left late, because the scanners at door 4 kept dropping out\n' +
    `- ${third}\n` +
    '- also started calling the drivers 10 min before their slot\n' +
    '- June: late vans 17% -> 5%';

  it('counts a note that opens "asked the site manager..." or "also started..." as the speaker\'s own step', () => {
    const verdict = score(notes('asked the site manager to move the spare scanner to door 4')).criteria.ownership.verdict;
    expect(verdict).toMatch(/^2 "I" actions/);
  });

  it('counts "also started..." but not "asked to cover the night shift" in notes as the speaker\'s steps', () => {
    const verdict = score(notes('asked to cover the night shift for a month')).criteria.ownership.verdict;
    expect(verdict).toMatch(/^1 "I" action/);
  });

  it('reads the answer to the speaker\'s question, in a note right after it, as a finding in a story that ends while acting', () => {
    const answer =
      '- office manager for a dental practice in Cork, four dentists\n' +
      '- patients kept missing their 8 am slots, which the dentists hated\n' +
      '- asked ten patients why they missed them. answer: the reminder came 3 days ahead, not the evening before\n' +
      '- moved the reminder texts to 6 pm the evening before\n' +
      '- added a callback list for cancelled 8 am slots\n' +
      '- switched it on for all four dentists this week';
    expect(score(answer).gates).toContain('no-result');
  });

  it('reads "first try the cheap thing for one month, then buy the machine only if you still need it" as a specific lesson', () => {
    const answer =
      'I supervise a bottling line in Porto. Wrong labels went on about two batches a month. I put coloured tape on every label roll and on the applicator. ' +
      'Wrong-label batches went from 2 a month to none in six months. I learn: first try the cheap simple thing for one month, then buy the machine only if you still need it.';
    expect(score(answer).criteria.learning.verdict).toContain('A specific lesson');
  });

  it('reads "The habit I kept: ..." as the lesson', () => {
    const answer =
      'I translate Korean contracts into English for a law firm in London. One clause used a word with two readings, and the deal turned on it. ' +
      'I translated it as ordered and wrote the partner a note with both readings and where each was used. The firm won the point and sent me all its Korean work. ' +
      'The habit I kept: when one word carries the argument, I tell the lawyer, even if nobody asked.';
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('reads "the complaints were 2, not 14" after the steps as a before/after change', () => {
    const answer =
      'I run a cable-car station in Medellín. Neighbours complained about the queue noise at 5 am, 14 complaints in March. ' +
      'I moved the queue inside the hall and asked the staff to stop using the whistle before 6. Next month the complaints were 2, not 14.';
    const metrics = score(answer).criteria.metrics;
    expect(metrics.verdict).toContain('a change is stated');
  });
});

describe('the terms of a proposal', () => {
  const hub = (after: string) =>
    'I coordinate the discharge lounge at a hospital in Galway. The lounge opened at ten and saw eight patients a day, while the emergency department had people on trolleys all morning. ' +
    'Nobody asked me to, but I put together a proposal to turn it into a morning discharge hub. ' +
    'Opening at seven instead of ten, a pharmacy technician in the lounge, and one transport desk for the whole hospital instead of every ward ringing separately. ' +
    `I took it to the bed meeting and then to the director of nursing. ${after}`;

  it('reads the figures of a verbless line right after the speaker\'s proposal as proposed, so a story still awaiting its outcome has none', () => {
    const feedback = score(hub('The executive approved it in November and it starts in January. We will see by the spring whether it takes the pressure off the emergency department.'));
    expect(feedback.gates).toContain('no-result');
    expect(feedback.criteria.metrics.verdict).not.toContain('a change is stated');
  });

  it('still reads "complaints dropped by half" after a changed plan as what happened', () => {
    const answer =
      'I plan bus routes for a city. The draft plan cut route 14, which averaged 9 passengers a trip. I rode it for three days and found the early trips full of night-shift workers. ' +
      'I changed the plan: kept route 14 from 4:00 to 8:00 only. Early trips on 14 now carry 38 people on average, and complaints about route 9 dropped by half.';
    expect(score(answer).criteria.metrics.verdict).toContain('a change is stated');
  });
});

describe('fresh73 round', () => {
  it("reads a figure the speaker chose against another (\"I went shallower, 38 µm cells instead of 42\") as a step, so the outcome after it is the Result", () => {
    const answer =
      'I engrave print cylinders at a packaging plant in Poznań. The ink supplier changed the gold pigment the week of a big coffee job. ' +
      'I went shallower, 38 µm cells instead of 42, and kept the old file ready to engrave overnight. ' +
      'The first pull was in tolerance, and the job ran on time. Now when a raw material changes, I ask for its data sheet before I cut.';
    const sections = score(answer).sections;
    expect(sections.action).toContain('I went shallower, 38 µm cells instead of 42');
    expect(sections.result).toContain('The first pull was in tolerance');
  });

  it('reads a course someone reckoned on, then "I didn\'t fancy..." in the next sentence, as an option weighed', () => {
    const answer =
      'I fit sanitary bins for a hygiene company in Leeds. We won 40 cafés and had six working days to fit them. ' +
      "My manager reckoned we'd manage about 20 and ask the cafés for an extension. I didn't fancy asking a new customer for more time in week one, so I offered to do the fitting at night. " +
      'We had 38 of the 40 done by the deadline.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads "I slept afternoons, which was rough for a week" after the speaker\'s step as a cost', () => {
    const answer =
      'I drive for a hygiene company in Leeds. To fit 40 cafés in six days I took the night rounds, so we got a cover driver for the mornings and I slept afternoons, which was rough for a week. ' +
      'All 40 were fitted on time.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });
});

describe('the decision weighed before the first step', () => {
  const answer =
    'Night manager, cold store, Rotterdam. We hold frozen fish for four supermarket chains. ' +
    'March 2023: a compressor failed at 2 am with 900 pallets inside and the engineer three hours away. ' +
    'Two options: move the most sensitive pallets to the blast freezer, or keep the doors shut and wait. ' +
    'Moving them meant stopping the outbound loading for the morning, about 40 trucks. ' +
    'I moved the 120 shrimp pallets first and kept the doors shut on the rest. ' +
    'The store never went above minus 15, and we lost nothing. Now I keep a written plan for each chamber.';

  it('reads the options and costs weighed right before the speaker\'s first step as part of the Action, not the set-up', () => {
    const feedback = score(answer);
    expect(feedback.sections.action).toContain('Two options: move the most sensitive pallets');
    expect(feedback.criteria.structure.verdict).not.toContain('the set-up takes');
  });

  it('keeps the scene before them as the Situation', () => {
    expect(score(answer).sections.situation).toContain('a compressor failed at 2 am');
  });
});

describe('fresh74 round: costs and limits told plainly', () => {
  it('reads "So we agree I try it one month, and if output drops more than 3% we go back" told in the present as a guardrail', () => {
    const answer =
      'I supervise a sewing line in Dhaka. The hourly board shamed the slow operators and absences rose. I proposed to show only the line total. ' +
      'My manager was worried output would fall. So we agree I try it one month on my line, and if output drops more than 3% we go back to the old board. ' +
      'After three months output went from 61% to 64% of target.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads "That was not popular with two of the drivers" after the speaker\'s step as a cost, and not after the weather', () => {
    const step =
      'I plan the shifts at a bus depot in Aarhus. Newer drivers always got the late shifts. I changed the rota so everybody does some lates, me included. ' +
      'That was not popular with two of the senior drivers. Within a year sick days fell from 9 a month to 4.';
    expect(tradeoffsOf(step).verdict).toMatch(FOUND('cost'));
    const weather = 'I guide walks in the Lake District. It rained all week. That was not popular with the tourists. I moved two walks indoors to the museum.';
    expect(tradeoffsOf(weather).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads "The owner paid her 2,000 kroner for it" after the speaker\'s step as its price', () => {
    const answer =
      'I run the farrowing unit on a pig farm in Jutland. The training was only in Danish, so our Ukrainian staff never passed it. ' +
      'I had the handouts translated, which I organised through a colleague\'s wife. The owner paid her 2,000 kroner for it. Six of seven passed the next course.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });

  it('reads "We agreed on a middle: ..." as a compromise, a cost', () => {
    const answer =
      'I am a dentist at a children\'s clinic in Jeddah. The director wanted two sedation days a week. I showed him that 19 of 46 sedated children had only two cavities. ' +
      'He did not like it at first. We agreed on a middle: sedation only for four or more affected teeth. The waiting list went from 9 weeks to 5.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });
});
