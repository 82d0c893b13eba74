import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v40: more endings that wait ("Until then we will see how many...", "the council will decide in June if...",
 * a moral after the waiting line: "the main thing for me: ..."); "I bought the cheapest one I could find" weighs no
 * options, "a commercial system was quoted at R400,000, which our budget would never cover" sets one aside; "What I
 * learned is to keep a live list" states a rule as "I learned to" does.
 */
const content = loadContent();

describe('stories that end waiting', () => {
  const story = (ending: string) =>
    'I inspect lifts for a third-party inspection company. In 2023 I found that about a third of the emergency phones in the cabins I checked did not connect to anyone. ' +
    'The checklist only asked whether a phone was fitted, so I started testing a call from every cabin and I wrote a short report with photos from 60 inspections for my manager. ' +
    `My manager accepted it and we sent a proposal to the municipality to add a test call to the official checklist. ${ending}`;

  it('reads "Until then we will see how many..." as waiting', () => {
    expect(scoreAnswer(story('Until then we will see how many owners fix their phones after my reports.'), { content }).gate?.id).toBe('no-result');
  });

  it('reads "will decide in June if..." as waiting, whatever plan hangs on it', () => {
    const feedback = scoreAnswer(story('The municipality will decide in June if it goes into the next regulation. If they say yes, every inspector will test the call from next year.'), { content });
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('reads a moral after the waiting line as no outcome', () => {
    const feedback = scoreAnswer(story("We'll look at how many owners fixed their phones at the end of the year to see whether it's working. The main thing for me: test what people will need in the worst moment."), { content });
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('options found and options priced', () => {
  it('reads "the cheapest one I could find" as no option weighed', () => {
    const feedback = scoreAnswer(
      'I build the Android app for an online pharmacy. In March the app crashed on 6% of sessions, nearly all on cheap phones, and my lead gave me four days to fix it. None of us had a cheap phone, so I bought the cheapest one I could find in the market. ' +
        'I reproduced the crash in an hour and fixed the image loading. By Monday the crash rate was 0.4%.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/alternative weighed \("I bought the cheapest one/);
  });

  it('reads "was quoted at R400,000, which our budget would never cover" as an option set aside', () => {
    const feedback = scoreAnswer(
      'I am the performance analyst for a provincial cricket team, and our coach wanted to know what lengths our bowlers really hit. A commercial tracking system was quoted at about R400,000, which our budget would never cover. ' +
        'So I decided to teach myself computer vision, bought two cameras for R15,000 and wrote a program that finds where each ball bounces. Our left-armer cut his death-overs economy from 10.2 to 8.1.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/alternative weighed \("A commercial tracking system was quoted at about R400,000/);
  });
});

describe('"What I learned is to ..."', () => {
  it('states a rule, as "I learned to ..." does', () => {
    const feedback = scoreAnswer(
      'I coordinate volunteers for a food bank in Leeds. Last winter three Saturday collections had no drivers because people on our list had moved or stopped answering. ' +
        'I rang all 140 volunteers in two weeks and sorted them by who could drive that month. We missed no collection from January to April. ' +
        'What I learned is to keep a live list of who is ready to go.',
      { content },
    );
    expect(feedback.criteria.learning.verdict).toMatch(/^A specific lesson/);
  });
});
