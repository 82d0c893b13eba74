import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { expectPhraseCounts, fitOf, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v11: phrasings that answers the rubric had never seen (fresh19, fresh20) used and it misread. Each family is
 * shown in other trades than the answers it came from, with near misses, after a neutral opening so rules about a
 * story's first sentences see it later on.
 */
const OPENING = 'I run the kitchen of a hospital canteen, nine cooks over two shifts. Last spring our breakfast queue kept growing. ';
const { expectKind, expectNoKind } = tradeoffExpectations(OPENING);
const content = loadContent();

describe('trade-offs told in plain words', () => {
  it('reads the step named again as the subject of what it cost', () => {
    expectKind('costs', [
      'I moved the porridge to a bain-marie on the counter. The bain-marie slowed the hot line while the cooks got used to it.',
      'I put every new cook on the grill for a month. The grill ran slower, and the others got less time on it.',
    ]);
    // A subject the sentence before never named is the scene, not the price of a step.
    expectNoKind('costs', ['I moved the porridge to a bain-marie on the counter. The weather slowed the deliveries that week.']);
  });

  it('reads the course taken compared, to its cost, with the one set aside', () => {
    expectKind('costs', ['I weighed each tray by hand. It was much slower than the scale at the till.', "I cooked each batch to order. It's far dearer than the frozen packs."]);
    // Said of the scene, with no step just before, it is no price paid.
    expectNoKind('costs', ['The old oven was much slower than the new one.']);
  });

  it('reads "that wasn\'t free" after a choice as a cost', () => {
    expectKind('costs', ['I asked for a second toaster line. That wasn\'t free: it took the money for new knives.', 'I bought a second fryer. It didn\'t come cheap.']);
    expectNoKind('costs', ['The coffee was free for staff on Fridays.']);
  });

  it('reads a trial bounded by its length or spelled out after a colon as a guardrail', () => {
    expectKind('guardrails', [
      'The manager wasn\'t keen, so I agreed it as a six-week test.',
      'I proposed a test for two months: the omelette station opens at seven, and if the queue is no shorter we close it.',
      'I set myself a test: one month of early starts, and if sales did not rise, the rota went back.',
    ]);
    // A test someone sat or ordered is no trial of a change.
    expectNoKind('guardrails', ['I passed a food hygiene test for the new role.', 'I took a three-hour test: knife skills and allergens.']);
  });

  it('reads a change tried on a part, then taken to the rest, as a guardrail', () => {
    expectKind('guardrails', ['I tried the new menu cards on one counter for a week, then rolled them out to the rest.']);
    expectNoKind('guardrails', ['I cleaned the counters, then moved on to the rest of the jobs.']);
  });

  it('reads ", not by ..." and "my alternative was" as a course set aside', () => {
    expectKind('alternatives', [
      'I covered the late orders with volunteers, not by moving anyone\'s shift.',
      'My alternative was to open the side hatch for takeaway only.',
    ]);
    expectNoKind('alternatives', ['We met the target, not by chance but by planning.', 'My proposal was approved by the board.']);
  });

  it('reads "I could have ..., or ..." with the course chosen next as an option weighed', () => {
    expectKind('alternatives', [
      'I could have kept the old menu and lived with the queue, or rebuild the counter layout. I chose the layout.',
      'I could close the hatch for a week, which would have lost the takeaway trade, or split the queue by order type.',
    ]);
  });

  it('reads a price told as a consequence: pushed back, made less, knowing it would cost', () => {
    expectKind('costs', [
      'I re-sequenced the orders by dish. Batching pushes some orders back: a ward might wait until the second run.',
      'I spent £900 of the equipment budget on stools, which pushed the new blender back a quarter.',
      'I grouped the menus by ward. It meant the menu became less varied for a month.',
      'I chose to rebuild the counter, knowing it would push the kitchen refit back a term.',
    ]);
  });

  it('does not read a domain called safeguarding, or a closer look, as guardrails', () => {
    expectNoKind('guardrails', ['My approach to staff support in safeguarding is to listen first.', 'So we had a proper look into it as a team.']);
    expectKind('guardrails', ['I had a second cook check every allergen label before service.']);
  });

  it('reads a worry someone named and what the speaker put in place for it', () => {
    expectKind('risks', ['I cut the breakfast menu to six dishes. The head cook was worried we would lose the regulars. So I kept a short list of old dishes anyone could still order the day before.']);
    expectKind('guardrails', ['I cut the breakfast menu to six dishes. The head cook was worried we would lose the regulars. So I kept a short list of old dishes anyone could still order the day before.']);
    expectNoKind('guardrails', ['The head cook was worried about the rota. So I kept going with the old one.']);
  });

  it('reads options counted, one priced by its gerund, and the pick', () => {
    const told = 'I looked at three options. Moving the servery was out of reach. Opening a second till added a cook to every shift. A pre-order form cost far less, so I chose that.';
    expectKind('alternatives', [told]);
    expectKind('reasons', [told]);
    expectNoKind('alternatives', ['I looked at the rota. Opening the hatch took ten minutes every morning.']);
  });

  it('reads "costs us", "and lost two customers" and a noun conceding its price as costs', () => {
    expectKind('costs', [
      'I chose the pre-order form. The form costs us about an hour of admin a day.',
      'I put 20p on every coffee to pay for it and lost two regulars over the price rise.',
      'I put a cash till back as a fallback, even though coins mean me banking cash twice a week.',
    ]);
    expectNoKind('costs', ['When a fryer is down it costs them a lot.', 'It was costing us a lot in agency fees before I started.']);
  });

  it('reads the state a choice bought someone else as its reason', () => {
    expectKind('reasons', ['I could have left the boards plain. Instead I paid £320 for a print of her shopfront on them, so she looked open from the street.']);
  });

  it('does not read a market price, a reject pile or a hard conversation as a price the speaker paid', () => {
    expectNoKind('costs', ['That winter the price was down and the bills were up.', 'I told her the truth, even though it was not an easy conversation.']);
    expectNoKind('alternatives', ['I also looked at some of the reject trays from the night shift.']);
    expectKind('costs', ['I kept the night shift, even though it was slower than the agency.']);
    expectKind('alternatives', ['I rejected the agency quote and trained two porters instead.']);
  });

  it('reads the speaker\'s own rule at the time as a limit', () => {
    expectKind('guardrails', ['My rule was that no tray stayed out of the fridge more than 20 minutes.']);
    expectNoKind('guardrails', ['My rule is to be kind.']);
  });
});

const STORY =
  'I run the kitchen of a hospital canteen, nine cooks over two shifts. Last spring our breakfast queue kept growing, to 25 minutes at 8am. ' +
  'I moved the porridge and toast to a self-serve counter and put a second cook on eggs. The queue fell to 9 minutes within a month. ';

function learningOf(ending: string) {
  return scoreAnswer(STORY + ending, { principle: 'invent-and-simplify', content }).criteria.learning;
}

describe('lessons told as practice', () => {
  it('reads a practice standing since, after a lesson, as the lesson applied', () => {
    expect(learningOf('I learned that a queue is mostly the order of the work. We now plan every new counter with the cooks before we build it.').score).toBeGreaterThanOrEqual(3);
    expect(learningOf('What I learned is that people go where it is quick. The tally sheet stayed: anything asked for five times in a week goes on the counter, and we run it.').score).toBeGreaterThanOrEqual(3);
  });

  it('reads "What I changed after:", "What I\'d tell anyone now is" and a change made before the lesson', () => {
    expect(learningOf("What I changed after: the breakfast trolley now carries a printed allergy sheet for every ward.").score).toBeGreaterThanOrEqual(3);
    expect(learningOf("What I'd tell anyone now is to start from what the whole ward eats, not what one cook can make.").score).toBeGreaterThanOrEqual(3);
    expect(
      learningOf('After that I changed my ordering: anything frozen now comes in on Mondays only, and my team checks it against the list. What I learned is that people care how fast it is put right.').score,
    ).toBeGreaterThanOrEqual(3);
  });

  it('does not count a practice of someone else\'s, or the thing built in use, as a lesson', () => {
    expect(learningOf('It is now used on every ward in the hospital.').score).toBeLessThanOrEqual(1);
    expect(learningOf('I learned a lot from it. The ward manager still uses the counter now.').score).toBeLessThanOrEqual(2);
  });

  it('reads a change made afterwards and standing since as a lesson, with no lesson said', () => {
    expect(learningOf('Afterwards I wrote a one-page plan for a broken fryer, and the fryers are now checked every Friday. When one failed in May, the team switched over in five minutes.').score).toBeGreaterThanOrEqual(3);
    expect(learningOf('Afterwards I went home and slept.').score).toBeLessThanOrEqual(1);
  });

  it('reads a change built into a thing, standing since, as a specific lesson', () => {
    expect(learningOf("What I changed after: the breakfast trolley now has a printed allergy card for every ward, because I had to ring the ward for one.").score).toBeGreaterThanOrEqual(3);
    expect(learningOf('I still try to be careful with money now, and I am always looking for ways to save.').score).toBeLessThanOrEqual(2);
  });

  it('reads a test the speaker now applies as a lesson', () => {
    expect(learningOf('My test for any new recipe now: could a new cook make it without asking me? If not, I rewrite it.').score).toBeGreaterThanOrEqual(3);
  });

  it('keeps a lesson pointed at, or a platitude that mentions a thing, generic', () => {
    expect(learningOf('Now I use some of what I learned in my kitchen and the work is better for it.').score).toBeLessThanOrEqual(2);
    expect(learningOf('I think the main thing I took away is that communication is really important and you have to be flexible, because everyone wants the kitchen to run.').score).toBeLessThanOrEqual(2);
  });

  it('does not read a school\'s lessons as a reflection', () => {
    expect(learningOf('I also talked to the school about bringing cooking into lessons.').score).toBe(0);
  });
});

describe('principle fit: behaviours told without the principle\'s words', () => {
  it.each([
    [
      'earn-trust',
      "I run a caravan site next to a nature reserve. In 2022 the reserve's volunteers told the council we were letting dogs off the lead on their paths. Some of that was real, and I did not argue with it. I asked their chair to walk the boundary with me and wrote down every problem she showed me. I fenced two gaps myself and put up our own signs. That season the reserve logged no complaints about us, against nine the year before, and their chair now sends walkers our way.",
    ],
    [
      'ownership',
      "I drive a bin lorry for the council. The recycling depot's gate system kept rejecting our lorry, which was the depot's process, not mine, and every driver had been moaning about it for years. I counted the delays for a month, 31 hours lost, took the figures to the depot manager and wrote the fix myself on top of my own rounds. Delays fell to two hours a month.",
    ],
    [
      'are-right-a-lot',
      "I am a vet in a mixed practice. The team's view was that a herd's calves had pneumonia, and the farmer was sure it was the new shed. I could be wrong, I told him, but what I saw was scour first and coughing later. I took samples before treating. It was cryptosporidium, and we changed the feeding routine; losses fell from 12 calves to 1 that spring.",
    ],
    [
      'customer-obsession',
      "I run a car wash with two bays. Last spring I kept seeing drivers at the payment screen tapping, then giving up and driving off. Nobody complained; they just didn't come back. The card logs showed one payment in four failing on bay two. I moved the terminal to the driver's window height myself for £80, and failed payments fell from 25% to 2%, and bay two washes rose from 90 a week to 140. Now I watch the camera every Monday for people hesitating.",
    ],
    [
      'insist-on-the-highest-standards',
      'I lead a team of four pharmacy dispensers. In 2023 I found 11 label mismatches in a month in our own checks. Nobody had been hurt, and the other branches said every team has them. I had each label read aloud against the prescription at the bench, which added about a minute per bag. In the next three months we had zero mismatches, and the inspection that autumn came back with no findings, the first time in four years.',
    ],
    [
      'have-backbone-disagree-and-commit',
      "I'm the duty editor on a regional radio station. Last spring the head of news wanted us to lead the bulletin with a viral video of a school fight. I told him I didn't want to run it at nine. His view was that we'd look slow; mine was that we had one unverified clip of children and no word from the school. I offered him a middle way: a short line that we were looking into it, and two hours for me to stand it up. He agreed. The school confirmed by eleven, and we ran it then, with the pupils' faces blurred; the other station had to take theirs down.",
    ],
    [
      'ownership',
      "I manage a block of 40 student flats. The fire doors were not my responsibility: the landlord's contractor inspected them every quarter and their report said all passed. In January a door failed to close during a drill. I tested all 40 doors myself that evening and found 9 that did not latch, sent the list to the contractor the same night, and put a porter on the two worst corridors until they were fixed. I now test a floor every Monday. All nine were repaired within a week.",
    ],
    [
      'learn-and-be-curious',
      'I run a family noodle shop. In 2022 our flour supplier retired and the new flour broke in the pot: broken portions went from 1 in 40 to 1 in 8. My father said add wheat flour, an easy fix. So I went to learn instead. I read a milling textbook and took my day off to visit the mill, and learned their flour was ground finer and drier. I tested one change a day for two weeks. Breakage came back to 1 in 35.',
    ],
  ] as const)('a story that shows %s plainly fits it best', (id, story) => {
    const fit = fitOf(story, id);
    expect(fit?.fit).toBe('strong');
    expect(fit?.rank).toBe(1);
  });

  const story = 'I manage a bakery with two ovens. In 2023 our flour mill went bust a month before Christmas. {} We sold 4,000 loaves that week.';
  it.each([
    ['success-and-scale-bring-broad-responsibility', 'Nobody had objected, but I knocked on doors along the street before we moved the delivery vans.', 'We moved the delivery vans.'],
    ['deliver-results', 'I kept both ovens going on borrowed flour while the supplier quoted six weeks, and we lost the equivalent of two days, not ten.', 'I used borrowed flour in both ovens for six weeks.'],
    ['learn-and-be-curious', 'None of us had baked rye at scale, so I read the main papers and spent two days watching how another bakery did it.', 'We baked rye for the first time.'],
  ] as const)('%s counts its behaviour phrases', (id, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('reading the story', () => {
  it('ends a sentence after a word with an apostrophe, such as "didn\'t."', () => {
    const sentences = analyzeAnswer("Some of it worked and some of it didn't. Now I use the new gauge on every job.").facts;
    expect(sentences).toHaveLength(2);
  });

  it('reads a step joined by "and" after another verb of the speaker\'s, and a step told in the past continuous', () => {
    const joined = analyzeAnswer('I had a few talks with her about the role and encouraged her to apply again.').facts[0]!;
    expect(joined.voice.iActions.map((t) => t.lower)).toContain('encouraged');
    const continuous = analyzeAnswer('I was staying longer on my visits to help her with the stairs.').facts[0]!;
    expect(continuous.voice.iActions.length).toBeGreaterThan(0);
    const when = analyzeAnswer('I think it is how I am, even back when I was training.').facts[0]!;
    expect(when.voice.iActions).toHaveLength(0);
  });

  it('reads what it compares with before as the Result: "for the first time", "the year before we lost 60"', () => {
    const text =
      'I run a family sheep farm with my brother. In 2022 the dams on the far paddock kept drying early. I fitted cheap float sensors on three bores myself over two Sundays and sent the readings to the contractor. ' +
      'We moved no sheep that summer and lost none on that run; the year before we lost about 60 there.';
    expect(findSections(analyzeAnswer(text)).words.result).toBeGreaterThan(0);
  });

  it('reads what came the next week, and thanks coming back, as the Result', () => {
    const text =
      'I edit our town\'s talking newspaper for blind listeners. In 2023 several listeners rang to say their players only beeped. ' +
      'I took a stick round to one of them and found the new export format was the cause, so I changed the export setting and re-sent every edition. ' +
      'Every listener who had rung got a working edition the next week, and one rang back just to say thank you.';
    expect(findSections(analyzeAnswer(text)).words.result).toBeGreaterThan(0);
  });

  it('reads "the rest went through without a clash" as the Result', () => {
    const text = 'I run four dental surgeries. In May our booking system double-booked patients. I moved every booking to paper for a week and rang each patient myself. The remaining weeks went through without a clash, and the surgeries kept their Saturday lists.';
    const sections = findSections(analyzeAnswer(text));
    expect(sections.words.result).toBeGreaterThan(0);
  });
});

describe('metrics: a count told again later', () => {
  const metricsOf = (text: string) => scoreAnswer(text, { principle: 'deliver-results', content }).criteria.metrics;

  it('links the same things counted in the set-up and again in the Result, however far apart', () => {
    const text =
      'I run the allotments for a town council. When I took them on in 2021, 41 plots were let out of 90. I cut the waiting list paperwork to one form and ' +
      'held open days in March and September. I also split six overgrown plots into half plots for beginners. By the end of 2023 we had 84 of the 90 plots let.';
    const metrics = metricsOf(text);
    expect(metrics.verdict).toContain('a change is stated');
    expect(metrics.score).toBeGreaterThanOrEqual(3);
  });

  it('reads "down to two a month, from about fifteen" as a change', () => {
    const text = 'I run the repairs desk for a housing association. Repeat call-outs were our biggest cost. I rewrote the job sheets and trained the two new fitters myself. By December repeat call-outs were down to two or three a month, from about fifteen.';
    expect(metricsOf(text).verdict).toContain('a change is stated');
  });

  it('does not read the same count told again as a change', () => {
    const text =
      'I run accessibility testing for a county library service. I wrote a test script of 14 tasks a blind user does in a session. ' +
      'I ran it with two of our regular users on every new build. On the third build they completed all 14 tasks without help.';
    expect(metricsOf(text).verdict).not.toContain('a change is stated');
  });

  it('does not read the rest of the same things as their new count', () => {
    const text =
      'I was tour manager for a theatre company in 2022, fourteen venues in sixteen weeks. At the third venue the director wanted a new finale. ' +
      'I offered two options and wrote down the risk. Press night went without a problem. We ran the finale at the remaining eleven venues.';
    expect(metricsOf(text).verdict).not.toContain('a change is stated');
  });
});

describe('gaming: virtues claimed instead of shown', () => {
  it('holds a labelled answer of virtues and passive claims at "Not yet"', () => {
    const text =
      'Situation: A complex, high-stakes supplier relationship with several key stakeholders.\nTask: Build rapport and earn the trust of the sceptical buyer.\n' +
      'Action: I listened attentively, spoke candidly, treated everyone respectfully and benchmarked myself against the best. I demonstrated empathy, transparency, integrity and authenticity, aligned expectations and drove a collaborative win-win outcome.\n' +
      'Result: Trust was earned, relationships were strengthened, great feedback was received and there was a successful result for all parties.\nLearning: Trust takes years to build and seconds to break, so always lead with integrity.';
    expect(scoreAnswer(text, { principle: 'earn-trust', content }).level).toBe('Not yet');
  });
});

describe('gates: an outcome not in yet', () => {
  it('holds a story whose only Result is "still ongoing" at no-result', () => {
    const text =
      'Situation: I analyse returns for an online furniture shop. In May the returns rate on sofas doubled, from 4% to 8%, and nobody knew why.\n' +
      'Task: I was asked to find the cause before the autumn range went live.\n' +
      'Action: I pulled three months of return notes myself and grouped them by reason. Most said the colour looked different in person, and nearly all were grey or green fabrics. I checked the product photos against the fabric samples in daylight, and the greys were clearly warmer on screen.\n' +
      'Result: We presented the findings to the buyers, and the investigation is still ongoing with the photo studio, who are looking at their lights.';
    expect(scoreAnswer(text, { principle: 'dive-deep', content }).gate?.id).toBe('no-result');
  });
});
