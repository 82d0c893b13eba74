import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v43: a long spoken sentence read in pieces keeps "the quick option was to..." with what taking it would have
 * done; "sharing my best guide was the price" names a price; a story of what one would do weighs no choices yet; "I
 * read it the other way" is a judgement, not an option; "I can't say whether..." waits for the outcome, and a figure
 * that "would have been paid" is no outcome; "scored 24.1" measures; "it's a rule for me:" opens the lesson.
 */
const content = loadContent();

describe('trade-offs', () => {
  it('keeps "the quick option was to..." when what it would have done opens the next piece of a long sentence', () => {
    const feedback = scoreAnswer(
      'I restore church organs in Utrecht. In 2022 a parish brought me an organ whose leather bellows had split in three places. ' +
        'The quick option was to fit a new electric blower unit, about two weeks and 4,000 euros, and they would have had a working organ but not its old breathing sound, so I told them it would take three months. ' +
        'I re-leathered the bellows myself and the organ played at Easter.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/alternative weighed \("The quick option was to fit a new electric blower/);
  });

  it('reads a course named by its gerund, then called the price, as a cost accepted', () => {
    const story =
      'I run a ski school of twelve instructors in Bansko. In 2023 the village lost its night buses, so guests stopped booking evening lessons. ' +
      'I offered our two best evening instructors to the joint village shuttle scheme for the winter, and lending my best instructors was the price. Evening bookings rose from 40 to 95.';
    expect(scoreAnswer(story, { content }).criteria.tradeoffs.verdict).toMatch(/cost accepted \("lending my best instructors was the price"\)/);
  });

  it('does not read "Reducing the cost was the goal" as a price', () => {
    const feedback = scoreAnswer(
      'I manage a laundry for three hotels in Porto. In 2023 our water bill doubled. Reducing the cost was the goal, so I moved the big loads to a tunnel washer and the bill fell by 30%.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/cost accepted/);
  });

  it('does not read "I read it the other way" as an option weighed', () => {
    const feedback = scoreAnswer(
      'I buy cocoa for a chocolate maker in Accra. In 2022 everyone said prices would fall after the harvest. I read it the other way: the rains had been poor. I bought early and we saved 12%.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/the other way/);
  });

  it('credits no trade-offs to a story of what the speaker would do', () => {
    const feedback = scoreAnswer(
      'As a head baker, quality is what I think about first. When I started here I noticed that the loaves were uneven. If a batch came out flat, I would stop the line and check the starter and the proving times. ' +
        'I would train the bakers to check their own loaves instead of waiting for me to find the mistakes at the end, because they know their ovens best. ' +
        'I usually keep a failed loaf on the shelf so everyone can see what is not acceptable. If a shop complained, I would trace the batch back to the oven and the shift. ' +
        'For me, high standards mean never selling something you are not proud of.',
      { content },
    );
    expect(feedback.gate?.id).toBe('hypothetical');
    expect(feedback.criteria.tradeoffs.score).toBeLessThanOrEqual(1);
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/Told as what you would do, these choices have not been made yet/);
  });
});

describe('a story that ends before its outcome', () => {
  it('waits on "I can\'t say whether...", and a sum that would have been paid is no Result', () => {
    const feedback = scoreAnswer(
      'I check customs declarations at the port of Gdańsk. One Monday in March I saw that one importer had declared 22 containers of "garden furniture" in four weeks, all at the same low weight. ' +
        'Normally such a case waits for the monthly risk meeting. In that time another nine containers, about 300,000 zloty in duties, would have been cleared automatically. ' +
        'I decided not to wait. That afternoon I put the next containers on hold, which I may do for 14 days, and told my head of unit in writing. ' +
        'I knew the risk: if the cargo was honest, the importer would pay storage and might complain. To limit that, I phoned the importer myself and booked the scanner for the first morning. ' +
        'The scan is booked for next week. Until then I can\'t say whether this was fraud or just a cheap supplier.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('numbers and lessons', () => {
  it('reads a score as a measured number', () => {
    const feedback = scoreAnswer(
      'I coach a junior synchronised swimming team in Split. Six weeks before the nationals our best swimmer hurt her shoulder, and I rebuilt the routine around the reserve. ' +
        'The team scored 81.4 and took silver.',
      { content },
    );
    expect(feedback.criteria.metrics.verdict).toMatch(/1 measured number: 81\.4/);
  });

  it('opens the lesson at "it\'s a rule for me:"', () => {
    const feedback = scoreAnswer(
      'I coach a junior volleyball team in Gdynia. In 2023 our setter had knee pain, the doctor\'s first scan was clear, and the director wanted her to play. ' +
        'I kept her out of jump drills and asked the parents for an MRI, and I trained the second setter the same afternoon. ' +
        'The MRI showed an early tendon injury; she was back in five weeks, and the team finished second. ' +
        "So now it's a rule for me: knee pain for more than five days, no jumping until a second scan, whatever the first one says.",
      { content },
    );
    expect(feedback.criteria.learning.score).toBeGreaterThanOrEqual(3);
  });
});
