import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { findNumbers } from '../../src/core/rubric/numbers.js';
import { analyzeText } from '../../src/core/rubric/text.js';

/**
 * Rubric v20: misreadings found at first contact with answers the rubric had never seen. A past perfect after "'d"
 * ("I'd gone through the forms") is no hypothetical; "one" set against a count ("one van instead of four") and people
 * counted over time ("40 people a weekend") are measures; a range ("8-10 people") is no time of day; a unit after a
 * number ("Proposed 4 s.") ends a sentence; a counted loss set against the one feared is no choice; "what I took
 * away from it" is no step of the speaker's; a lesson framed with a comma can be a rule; "comes first" is a
 * platitude. Then trade-offs told in everyday words: a limit agreed or a bound with its figure ("max 0.5 mm", "48
 * hours maximum"), money paid more per month, a step "which cut our capacity", a loss counted in words. Each story is
 * told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string) => scoreAnswer(answer, { content });
const tradeoffsOf = (answer: string) => score(answer).criteria.tradeoffs;
/** The trade-off verdict's own count of a kind: "1 guardrail (...)", "1 cost accepted (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

function numbersOf(sentence: string) {
  return analyzeText(sentence).sentences.flatMap((s) => findNumbers(s));
}

describe('numbers', () => {
  it('reads a figure after "I\'d gone" as what happened, not a target', () => {
    const [errors] = numbersOf("I'd gone through the delivery notes, and in the month before we'd had nine short deliveries.");
    expect(errors?.text).toBe('nine');
    expect(errors?.target).toBe(false);
  });

  it('keeps "I\'d run it past legal" a hypothetical, where "run" is also the plain verb', () => {
    const [clients] = numbersOf("I'd run it past legal and send it to 40 clients.");
    expect(clients?.target).toBe(true);
  });

  it('sets "one van instead of four" as a before/after pair', () => {
    const found = numbersOf('That winter the depot hired one van instead of four.');
    expect(found.map((n) => [n.text, n.kind, n.baseline])).toEqual([
      ['one', 'metric', true],
      ['four', 'metric', true],
    ]);
  });

  it('reads people counted per weekend as a count, and a team of people as a headcount', () => {
    expect(numbersOf('It was 40 people a weekend asking the way.')[0]?.kind).toBe('count');
    expect(numbersOf('I lead 6 engineers.')[0]?.kind).toBe('headcount');
  });

  it('reads "8-10 volunteers" as a range, not the time 8:10, and keeps "the 6:30 meeting" a time', () => {
    expect(numbersOf('We were down to maybe 8-10 volunteers a weekend.').some((n) => n.kind === 'clock')).toBe(false);
    expect(numbersOf('The 6:30 meeting moved.')[0]?.kind).toBe('clock');
  });

  it('credits a result told as "one X instead of seven" after the baseline', () => {
    const answer =
      "I'm a sign writer in Leeds and I paint shop fascias by hand. In 2022 I repainted seven fascias out of about 140 because of spelling errors the client had signed off. " +
      'I started taping a full-size paper proof on the shopfront and asking the owner to read it aloud, letter by letter, before I mixed any paint. It added two days to each job. ' +
      'The next year I repainted one fascia instead of seven.';
    const metrics = score(answer).criteria.metrics;
    expect(metrics.score).toBeGreaterThanOrEqual(3);
    expect(metrics.verdict).toContain('a change is stated');
  });
});

describe('sentences', () => {
  it('ends a sentence after a unit written apart from its number ("Proposed 4 s.")', () => {
    const doc = analyzeText('Proposed a timeout of 4 s. Downside: slower alarms. Owner agreed.');
    expect(doc.sentences).toHaveLength(3);
  });

  it('still reads "J. Smith" as an initial', () => {
    expect(analyzeText('I called J. Smith at the depot.').sentences).toHaveLength(1);
  });

  it('finds the cost a terse "Downside:" line names after a number with its unit', () => {
    const answer =
      'Firmware tester, smart meters, Utrecht. 2024: meters dropping off the network at night. About 200 tickets a month. ' +
      'I pulled 30 logs from the field. Every drop came after the router stretched its keep-alive past 60 s. Our timeout was 45 s. ' +
      'Proposed 90 s. Downside: a real outage is noticed later, and a little more battery. Measured both with the vendor. ' +
      'Next release: tickets from 200 a month to about 25. Lesson: test on the customer’s router settings, not the lab’s defaults.';
    const tradeoffs = score(answer).criteria.tradeoffs;
    expect(tradeoffs.score).toBeGreaterThanOrEqual(3);
    expect(tradeoffs.verdict).toContain('cost accepted');
  });
});

describe('trade-offs', () => {
  const coldStore =
    'I look after the seed bank at a botanic garden. On a Sunday the freezer alarm went off, minus 8 and rising, and no engineer was on call. ' +
    'I carried the 80 rarest accessions to the freezer in the herbarium myself and rang the facilities line. ' +
    'We lost 3 accessions out of 80 instead of the whole freezer. Now I check the alarm call list every month.';

  it('reads a counted loss set against the loss feared as an outcome, not an option or a cost', () => {
    const tradeoffs = score(coldStore).criteria.tradeoffs;
    expect(tradeoffs.score).toBeLessThanOrEqual(1);
    expect(tradeoffs.verdict).not.toContain('instead of the whole freezer');
  });

  it('still reads a loss set against a course ("instead of shipping") as an option weighed', () => {
    const answer =
      'I run a small bakery. The new oven burnt the base of every loaf on Friday. I decided to close the bread counter for the day. ' +
      'We lost about 300 loaves of sales instead of selling burnt bread to regulars, because they would not come back.';
    expect(score(answer).criteria.tradeoffs.verdict).toContain('alternative weighed');
  });
});

describe('trade-offs told in everyday words', () => {

  it('reads a limit the speaker agreed, and a bound with its figure, as guardrails', () => {
    const agreed =
      'I run the ovens at a brick works. The kiln was cracking one batch in ten. I agreed a limit with the plant manager before the trial: ' +
      'no more than one kiln on the new firing curve at a time. I ran it for a month. Cracked batches fell from 10% to 3%.';
    expect(tradeoffsOf(agreed).verdict).toMatch(FOUND('guardrail'));
    const bound =
      'I run the ovens at a brick works. The kiln was cracking one batch in ten. We agreed on 36 hours maximum for any kiln to run the new curve unwatched. ' +
      'I ran it for a month. Cracked batches fell from 10% to 3%.';
    expect(tradeoffsOf(bound).verdict).toMatch(FOUND('guardrail'));
  });

  it('does not read a level measured against a maximum as a guardrail', () => {
    const answer = 'I run a climbing gym. Membership was 300 at the maximum in 2019. I added evening classes for beginners. It grew to 420 by the summer.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('guardrail'));
  });

  it('reads money paid more per month for the course taken as a cost, and money made more a month as none', () => {
    const paid = 'I run a cafe near the station. I switched to oat milk from a farm up the valley, about £60 more a month. Oat drinks went from 30 to 90 a week.';
    expect(tradeoffsOf(paid).verdict).toMatch(FOUND('cost'));
    const made = 'I run a cafe near the station. I changed the lunch menu and we made £2,000 more a month by the spring.';
    expect(tradeoffsOf(made).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads "which cut our capacity by a quarter" after the speaker\'s step as a cost, and "which cut our costs" as none', () => {
    const capacity =
      'I manage the loading bays at a parcel hub. Two of the dock levellers had the same weld crack. ' +
      'I closed all four levellers of that make at once, which cut our loading capacity by a quarter for three weeks. No leveller failed after the repair.';
    expect(tradeoffsOf(capacity).verdict).toMatch(FOUND('cost'));
    const saving = 'I manage the loading bays at a parcel hub. I moved the night shift to two bays, which cut our energy costs by a quarter.';
    expect(tradeoffsOf(saving).verdict).not.toMatch(FOUND('cost'));
  });

  it('reads a loss counted in words ("lost about forty minutes of throughput") after the speaker\'s step as a cost', () => {
    const answer =
      'I run the gatehouse at a container port. A reefer truck arrived with a leaking unit. I stopped the lane and sent the trucks behind it round to gate two. ' +
      'We lost about forty minutes of throughput, and the drivers were angry. The leak was fixed before it reached the stack.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('cost'));
  });
});

describe('trade-offs the readers had missed (fresh68)', () => {

  it('finds a backup the speaker bought, with a relative clause before "just as backup"', () => {
    const answer =
      'I run a small bakery with my brother. Our only mixer started slipping its gears in the spring. I had the gearbox rebuilt for a tenth of a new one. ' +
      'I also bought a second-hand mixer from a pizzeria that was closing down, just as backup, so a failure would not cost us a morning of bread.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads "That\'s the cost, basically my Saturdays" as a cost, and "that\'s the cost of doing business" as none', () => {
    const base = 'I run the mornings at a family bakery. The big oven started losing heat. I had it patched and we bake at a lower heat, so every batch takes 10 minutes longer and I start at 3:30. ';
    expect(tradeoffsOf(base + "That's the cost, basically my Saturdays.").verdict).toMatch(FOUND('cost'));
    expect(tradeoffsOf(base + "That's the cost of doing business.").verdict).not.toMatch(FOUND('cost'));
  });

  it('reads "I could have X." followed by what X would have done as an option weighed', () => {
    const answer =
      'I maintain the water mains for a town utility. One main burst four times in a month. I dug at dawn and found two corroded joints. ' +
      'I could have asked for the whole 300 metres to be relined. The budget only covered 40 metres, and a closure that long would have cut 900 homes off for two days. ' +
      'I replaced the two joints and one length of pipe in a six-hour closure.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads "Normal thing is stop, ... But ..." told aloud without its article as the usual course set aside', () => {
    const answer =
      'I was the operator on a night shift at a tunnel boring machine. The grout pump failed at two in the morning. ' +
      'Normal thing is stop, retract a bit, wait for day shift and the engineer. But if you sit in soft ground, you risk the shield settling. ' +
      'So I slowed the advance by half and kept going to the next ring.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('reads "I want to stop at two and make a clean joint, not a feathered end" as a course set against another', () => {
    const answer =
      'I am the foreman on a road-marking crew. The paint arrived too cold for the night. ' +
      'I told the site manager I want to stop at two and make a clean joint, not a feathered end. He agreed.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('alternative'));
  });

  it('does not read bottle caps as a limit set', () => {
    const answer =
      'I make hot sauce with my aunt and sell it online. Nine of 60 parcels abroad arrived leaking. I froze a bottle overnight and left it in the sun: the cap loosened. ' +
      'Our caps were the cheap ones with no liner, so I switched to caps with a pressure liner. Leaks went from 9 in 60 to 1 in 140.';
    expect(tradeoffsOf(answer).verdict).not.toMatch(FOUND('guardrail'));
  });
});

describe('an outcome still to come, told before a closing remark or a moral', () => {
  it('holds back a story that ends "we\'ll see next winter", "I\'m quite confident it will" and "a good example of..."', () => {
    const answer =
      'I look after the heating in a block of council flats. Every winter the top floors ran cold and tenants complained to the council. ' +
      'I logged the radiator temperatures floor by floor for two weeks and found the pump was set for a building half the height. ' +
      'I wrote it up for my manager with the readings and a quote for a bigger pump, and he approved it. ' +
      "The plan is to fit it in the summer shutdown, and then we'll see next winter if the complaints come down. I'm quite confident they will. " +
      "I think it's a good example of not just accepting the easy answer. Sometimes the simplest changes make the biggest difference.";
    const feedback = score(answer);
    expect(feedback.gates).toContain('no-result');
  });

  it('holds back a story whose real test comes next summer', () => {
    const answer =
      'I run a small solar installer with my father. A hotel on the coast burns diesel for hot water all summer. ' +
      'I designed a system with 120 collectors and two tanks, keeping the boiler as a backup, and I proposed a partnership to a bigger installer for the financing. ' +
      'In January the hotel signed for the first phase. We start installing in March, and the real test comes next summer, when we see how much diesel they save.';
    expect(score(answer).gates).toContain('no-result');
  });
});

describe('an outcome awaited, then a plan for when it is in', () => {
  it('holds back a labelled Result ending "we\'ll know from the April report whether..." and "my manager and I plan to review it then"', () => {
    const answer =
      'Situation: I run the returns desk for an online furniture shop, and too many sofas came back because the fabric colour looked different in person. ' +
      'Task: cut the colour returns without slowing the catalogue. ' +
      'Action: I pulled three months of return notes and asked the studio to shoot every fabric in daylight with a printed colour card. ' +
      'I also asked our QA lead to add a colour check to the photo sample, ten sofas per week. She agreed, though it adds about an hour to each shoot. ' +
      "Result: The new photos went live in January. The carrier sends the returns report quarterly, so we'll know from the April report whether the colour returns have come down. " +
      'My manager and I plan to review it together then.';
    expect(score(answer).gates).toContain('no-result');
  });
});

describe('a lesson headed "What I think about now:"', () => {
  it('is read as the lesson', () => {
    const answer =
      'I plan crane lifts for a contractor in the city. On a hospital job, the street closure covered the road but not a side door inside the slew radius. ' +
      'I stopped the lift, moved the swing path and put two banksmen at the door. We ran over by an hour and paid 1,100 euros to extend the permit. ' +
      'Nobody walked under a load, and our firm now checks entrances in the slew radius on every site visit. ' +
      'What I think about now: the permit says where the street is closed. It does not say who is still walking there.';
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});

describe('fresh69 round', () => {
  it('reads a first step kept to a counted few ("first I ordered only 12 crates") as a guardrail', () => {
    const answer =
      'I run a fruit stall supply round with my cousin. The cheap crates from the market split in the van every week. ' +
      'A trader offered sturdier crates at half the price of new ones, but I had to pay cash up front. ' +
      'So first I ordered only 12 crates, used them on two routes for a month and counted the splits. Then I ordered the other 80.';
    expect(tradeoffsOf(answer).verdict).toMatch(FOUND('guardrail'));
  });

  it('reads "a monitoring analyst" as a job, and "put the account on a 60-day watch with a lower threshold" as a guardrail', () => {
    const intro = 'I am a monitoring analyst at an online bank. An alert flagged a bakery account for many small transfers. I pulled the same weeks from last year and called the owner.';
    expect(score(intro).criteria.tradeoffs.verdict).not.toContain('monitoring analyst');
    const watched = score(intro + ' So I closed the alert, put the account on a 60-day watch with a lower threshold, and wrote my reasons in the case.');
    expect(watched.criteria.tradeoffs.verdict).toMatch(FOUND('guardrail'));
  });

  it('reads "the trader\'s word gives you the direction, but the weighing gives you the answer" as a specific lesson', () => {
    const answer =
      'I load livestock trucks at a market yard. A trader complained his cattle arrived bruised and light. I weighed every load before and after the trip for a month ' +
      'and found the losses came from the overloaded trucks. I cut the loads from 24 to 22 head. Weight loss fell from 7% to 3%. ' +
      "I learned that the trader's word gives you the direction, but the weighing gives you the answer.";
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('keeps the structure of a labelled template at 1', () => {
    const answer =
      'Situation: a critical project with stakeholders. Task: deliver results. Action: I decided, I analysed, I led the team, and I chose option A over option B because of the trade-off. ' +
      'Result: impact up 40%, engagement 3x, trust increased. Learning: data plus intuition beats either alone.';
    const structure = score(answer).criteria.structure;
    expect(structure.score).toBeLessThanOrEqual(1);
    expect(structure.verdict).toContain('headings over placeholders');
  });

  it('holds back a story ending "we will see at the end of the season, but I think we are on the right track" and a moral', () => {
    const answer =
      'I am quality lead at a fruit packing plant. Last spring the importer claimed for soft fruit in three containers. ' +
      'I checked the cold chain logs and found the pre-cooling was cut short on busy days, so I set a minimum time in the tunnel and trained the shift leads. ' +
      'We will see at the end of the season whether the claims come down, but I think we are on the right track and the mood in the plant is good. ' +
      'For me the main thing is that results are about teamwork.';
    expect(score(answer).gates).toContain('no-result');
  });
});

describe('specificity', () => {
  it('keeps a story that names only everyday work items ("the data and the logs") at 2, however many it has', () => {
    const answer =
      'At the logistics company a lot of teams touch the same database. We had timeouts on the tracking service now and then. ' +
      'The monitoring looked okay, so people blamed the network. I went through the logs and the dashboards with the other team. ' +
      'We checked the queries, the configuration and the deployments. In the end we changed the settings on the database and the timeouts went away. ' +
      'The client was happy with the result.';
    const specificity = score(answer).criteria.specificity;
    expect(specificity.verdict).toMatch(/^0 of \d+ sentences/);
    expect(specificity.score).toBeLessThanOrEqual(2);
  });
});

describe('ownership', () => {
  const vague =
    'In hospital portering there is always a lot going on, and last winter there was a real problem with patients waiting for transfers. ' +
    'The whole team pulled together on it and we looked at the rotas and the radios, and a few changes were made to how jobs were allocated. ' +
    'In the end things improved and the wards were happier with the service. ' +
    "What I took away from it is that teamwork really matters, and that's something I've kept with me since.";

  it('counts no step of the speaker\'s in "what I took away from it" or "something I\'ve kept with me"', () => {
    const analysis = analyzeAnswer(vague);
    expect(analysis.facts.flatMap((f) => f.voice.iActions)).toEqual([]);
    expect(score(vague).gate?.id).toBe('no-own-action');
  });

  it('still counts "I took the boxes to the store" and "I kept the old pump as a backup"', () => {
    const analysis = analyzeAnswer('I took the boxes to the store. I kept the old pump as a backup.');
    expect(analysis.facts.flatMap((f) => f.voice.iActions).map((t) => t.lower)).toEqual(['took', 'kept']);
  });
});

describe('lessons', () => {
  const fleet =
    "I run maintenance for a fleet of 30 refuse lorries. Last spring our brake pad failures doubled, and the manager wanted to switch supplier. " +
    'I pulled the job cards for six months and found every failed pad came from two routes with steep hills. I moved those lorries to a harder pad and kept the supplier. ' +
    'Brake failures went from 12 in the spring to 2 in the summer. ';

  it('reads a rule after "What I took from it," with a comma as a specific lesson', () => {
    const answer = fleet + 'What I took from it, check the job cards before you change a supplier, and if you lose the argument, keep counting.';
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('reads "safety has to come first, always" as a generic lesson', () => {
    const learning = score(fleet + 'What I learned, I think, is that safety has to come first, always.').criteria.learning;
    expect(learning.score).toBeLessThanOrEqual(2);
    expect(learning.verdict).toContain('generic');
  });

  it('reads a page literally: "show the cost and the downtime on the same page" is a rule, not the idiom', () => {
    const answer = fleet + 'What I learn, if I want the manager to agree, I must show the cost and the downtime on the same page.';
    expect(score(answer).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('still reads "get everyone on the same page" as the idiom', () => {
    const learning = score(fleet + 'What I learned is that it is important to get everyone on the same page.').criteria.learning;
    expect(learning.score).toBeLessThanOrEqual(2);
  });
});
