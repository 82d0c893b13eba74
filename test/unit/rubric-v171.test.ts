import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v171: "I left before the first quarter of data came in", "I cannot say how much it will reduce...", "Can't say
 * whether it works" and "I do not yet know the new follow-up rate" end before the outcome, and "Management is still
 * ordering extra buses" after them tells the meantime; noticing the difference, seeing a bit of it, seeing how someone
 * handled it, following in the group chat, sitting in one of the sessions, doing as told, coming back, a post held
 * ("I was supervising the section"), the step after "I think" and a present job in a story told in the past are no
 * steps of the speaker's; "Whenever she came, I would explain..." is a past habit, not a plan; "I now review X every
 * quarter" is the lesson, not a check on the course; "even though it made the queue 20 minutes longer" is a price;
 * a Result headed as one is no proposal's terms; a door opened to the speaker ("refused all contact", "let me in")
 * speaks for Earn Trust.
 */

const content = loadContent();
const score = (answer: string, principle = 'deliver-results') => scoreAnswer(answer, { content, principle });

describe('stories that end before their outcome', () => {
  it('reads leaving before the figures came in as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} We started the new list in September. Then in October I moved to another bakery, so I left before the first month of data came in.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%, and I left before the summer rush.`)).toBe(false);
  });

  it('reads an open question the speaker cannot answer, and a measure not known yet, as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The trial week is next month. No counts yet. Can't say whether it works.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new list started in April and I moved to our other bakery in May, so I do not yet know the new late-delivery rate.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. I don't know the drivers' names, but the cafés noticed.`)).toBe(false);
  });

  it('reads what goes on meanwhile, after a line that waits, as no outcome', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} No counts yet. Can't say whether it works. The owner is still ordering extra bread from a second bakery as a backup.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. The owner is still ordering from us.`)).toBe(false);
  });

  it('reads what the speaker cannot say of what is to come as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The proposal has been with the owner since October, so I cannot say how much it will cut the late deliveries.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. I can't tell you how much that meant to the cafés.`)).toBe(false);
  });
});

describe('own steps', () => {
  it('does not count noticing the difference or seeing a bit of it as a step', () => {
    expect(ownStepsOf('I was on set most days and I saw the difference: the actress started joking again.')).not.toContain('saw');
    expect(ownStepsOf('I was walking past, so I saw a bit of it through the door.')).not.toContain('saw');
    expect(ownStepsOf('I saw the supplier on Monday and renegotiated the price.')).toContain('saw');
  });

  it('does not count looking on from outside, or coming back, as a step', () => {
    expect(ownStepsOf('I was in copy of all the emails, so I was seeing how Paula was handling everything.')).toEqual([]);
    expect(ownStepsOf('I was following in the WhatsApp group while they set it up.')).toEqual([]);
    expect(ownStepsOf('I was following up with each supplier by phone.')).toContain('following');
    expect(ownStepsOf('I was copied on the emails, and I sat in one of the training sessions.')).toEqual([]);
    expect(ownStepsOf('When I came back, setup time was down to around 15 minutes.')).toEqual([]);
    expect(ownStepsOf('When I came back with the figures, I showed them to the owner.')).toContain('came');
  });

  it('does not count doing as told as a step', () => {
    expect(ownStepsOf('My manager told me how to name the files and I followed that.')).toEqual([]);
    expect(ownStepsOf('I followed up with each supplier by phone.')).toContain('followed');
  });

  it('does not count the post held as a step', () => {
    expect(ownStepsOf('In Jaipur I was supervising the dog-catching team for the municipality.')).toEqual([]);
    expect(ownStepsOf('I was calling every owner on the list that week.')).toContain('calling');
  });

  it('does not give the speaker the step after an "I think" aside', () => {
    expect(ownStepsOf('She went through, I think, about 90 referrals and found that the gateway was dropping attachments.')).toEqual([]);
    expect(ownStepsOf('That is the kind of ownership I, um, really admire.')).toEqual([]);
  });

  it("does not count a present job in a story told in the past as the speaker's step", () => {
    const story =
      'Last spring at our health centre in Helsinki, referrals to home care were getting lost. I work as a care navigator, so I help patients find the right service. My colleague Aino noticed it. She went through about 90 referrals and found that the gateway was dropping attachments. She called the home care unit and set up a shared inbox. She also made a tracking list, and the lost referrals stopped. The manager thanked her at the team meeting.';
    expect(score(story, 'ownership').gates).toContain('no-own-action');
  });
});

describe('hypothetical stories', () => {
  it('reads "whenever she came, I would..." as a past habit, not a plan', () => {
    const story =
      "At the clinic there was an older client who did not trust us with her cat. So I decided to take more time with her. Whenever she came, I would explain what each medicine was for, and I'd also show her how to give the tablets. Over time she started to trust us and came in more often.";
    expect(score(story, 'earn-trust').gates).not.toContain('hypothetical');
    const plan = 'If a client did not trust us, I would explain what each medicine was for. I would show her how to give the tablets. I would take more time with her.';
    expect(score(plan, 'earn-trust').gates).toContain('hypothetical');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('reads the step\'s price granted with "even though it made..." as a cost', () => {
    expectKind('costs', ['I moved the deliveries to Monday, even though it made the queue 20 minutes longer.']);
    expectNoKind('costs', ['The deliveries moved to Monday, and it made the queue 20 minutes longer.']);
  });

  it('does not read the review kept since as a check on the course', () => {
    expectNoKind('guardrails', ['I rewrote the order list. Since then I review our return reasons every month and fix the list.']);
    expectKind('guardrails', ['I rewrote the order list and agreed with the owner to review it every month.']);
  });
});

describe('metrics', () => {
  it('reads a line headed as the Result as the outcome, not the terms of a plan', () => {
    const story =
      "Situation: In June 2022 I coordinated wireless frequencies for a festival, 6 stages and 142 microphones. On day one the main stage lost in-ear audio four times.\nTask: My job was to find the cause before day two.\nAction: I pulled the analyser recordings and found a pyro controller at 614 MHz. I re-planned 24 channels and kept the old plan printed as a fallback.\nResult: Zero dropouts on days two and three, across 31 hours of show.\nLearning: Now every supplier declares wireless gear on my form.";
    expect(score(story, 'dive-deep').criteria.metrics.verdict).toContain('Zero dropouts');
    expect(score(story, 'dive-deep').criteria.metrics.verdict).not.toContain('are targets');
  });
});

describe('principle fit', () => {
  it('reads a door opened to the speaker on the other person\'s terms as Earn Trust', () => {
    const story =
      "In May 2023 I took over support for a 74-year-old tenant. A fire inspection had rated his flat 8 out of 9 for clutter, and he'd been served a notice. The previous worker had booked a clearing crew, and he barricaded the door and refused all contact for three weeks. For my first three visits I touched nothing. I asked him to show me what mattered. We agreed one rule: nothing leaves without his yes. I was also straight about the tribunal date. Going at his speed risked missing the deadline, so I photographed progress weekly and got a 30-day extension. In eleven weeks the rating went from 8 to 4 and the notice was withdrawn. He now rings me when it's building up. I used to arrive with a plan; now I arrive with questions.";
    const feedback = score(story, 'earn-trust');
    expect(feedback.gates).not.toContain('off-principle');
    expect(feedback.principle.detected).toContain('earn-trust');
  });
});
