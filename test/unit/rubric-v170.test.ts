import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { awaitsOutcomeOf, BAKERY_STEPS, ownStepsOf, sectionOfLine, STOCK_ROOM_OPENING, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v170: a story whose teller left before the outcome ("I do not know how it ended", "I have not seen the numbers
 * since", "a colleague leads it now") has no result; watching it happen, carrying on with one's usual work, being busy
 * while looking on, arriving or starting in a time clause and a course not taken ("If I'd kept pouring") are no steps;
 * "where I could", "so I could" are no hypothesis; a loss told as the time before is no cost; the ending before a
 * line that weighs what was at stake, and "no further cases ... while next door had 14", are the Result; starting the
 * quick fix kept small shows Bias for Action.
 */

const content = loadContent();
const score = (answer: string, principle = 'deliver-results') => scoreAnswer(answer, { content, principle });

describe('stories that end before their outcome', () => {
  it('reads "I do not know how it ended" as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new loading list started in April. In May I moved to our other bakery. I do not know how it ended.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%. I do not know how it would have ended without the racks.`)).toBe(false);
  });

  it('reads figures the speaker never saw as no outcome yet', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} The new list started in April, and in May I moved to our other bakery, so I have not seen the numbers since.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2%, and I haven't seen a single complaint since.`)).toBe(false);
  });

  it('reads who carries the work on now as the state of things, not an outcome', () => {
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} In May I moved to our other bakery. The owner hasn't published any figures yet. A colleague from my old shift leads it now.`)).toBe(true);
    expect(awaitsOutcomeOf(`${BAKERY_STEPS} Late deliveries went from 9% to 2% by June. A colleague from my old shift leads it now.`)).toBe(false);
  });
});

describe('own steps', () => {
  it('does not count seeing it happen as a step', () => {
    expect(ownStepsOf('The head coach changed his whole programme. I was around for most of it, I saw it happen.')).not.toContain('saw');
  });

  it('does not count carrying on with the usual work as a step', () => {
    expect(ownStepsOf('In my side, I continued to process my normal claims like always.')).toEqual([]);
    expect(ownStepsOf('I continued to call every employer on the list until Friday.')).toContain('continued');
  });

  it('does not count what kept the speaker busy while looking on as a step', () => {
    expect(ownStepsOf('I was restocking the fridges and, you know, I just watched how calm he was.')).toEqual([]);
    expect(ownStepsOf('I was restocking the fridges every hour so the bar never ran out.')).toContain('restocking');
  });

  it('does not count arriving, starting or running into someone in a time clause as a step', () => {
    expect(ownStepsOf('There had been some problems before I came.')).toEqual([]);
    expect(ownStepsOf('When I started out I didn\'t have much money.')).toEqual([]);
    expect(ownStepsOf('I think I mentioned it to the engineer when I saw him.')).toEqual(['mentioned']);
    expect(ownStepsOf('When I came up with the new rota, I showed it to the chef.')).toContain('came');
  });

  it('does not count a course not taken as a step', () => {
    expect(ownStepsOf("If I'd kept pouring, 18 people would have drunk faulty wine.")).toEqual([]);
    expect(ownStepsOf("I'd kept the receipts, so I could show them.")).toContain('kept');
  });
});

describe('hypothetical stories', () => {
  it('does not read what the speaker could do at the time as a hypothesis', () => {
    const story =
      "Um, so, as a visiting music teacher I go into a lot of different schools, and you're always kind of a guest in someone else's building. At one school the class teacher wasn't keen on me. So I tried to be really reliable. I turned up on time, I was flexible where I could be, and I tried to talk to her more. Over time things got a lot better between us.";
    expect(score(story, 'earn-trust').gates).not.toContain('hypothetical');
    const plan = 'As a visiting music teacher I go into a lot of schools. If a class teacher was not keen on me, I would turn up on time. I could offer to move my lessons. I would invite her to see one.';
    expect(score(plan, 'earn-trust').gates).toContain('hypothetical');
  });
});

describe('trade-offs', () => {
  const { expectKind, expectNoKind } = tradeoffExpectations(STOCK_ROOM_OPENING);

  it('does not read a loss told as the time before as a cost', () => {
    expectNoKind('costs', ['I set up a rota with the team. Nobody left that year; before, we lost two people a year.']);
    expectKind('costs', ['I moved the orders to the new supplier. We lost two weeks of sales while they set up.']);
  });
});

describe('sections and metrics', () => {
  it('reads the ending before a line that weighs what was at stake as the Result', () => {
    const story =
      'Lyon, November 2023. I was assistant sommelier. Head sommelier off sick. First bottle: a faint wet-cardboard note. I opened a third bottle from another case. I switched to the other wine. Told each table it was a change. Monday I sent four bottles to the lab. Two guests wrote reviews praising the pairing. If I had been wrong, we would have lost 380 euros. Lesson: a second opinion beats my own certainty.';
    expect(sectionOfLine(story, 'Two guests wrote')).toBe('result');
    expect(score(story, 'are-right-a-lot').gates).not.toContain('no-result');
  });

  it('reads none where the speaker acted, set against a count elsewhere, as a measured result', () => {
    const ending = "We had no further cases in my house that month, while the boys' school next door had 14.";
    const story = `In June 2023 I was matron of a boarding house of 86 girls. Three girls had high fever on a Saturday. I took them to the hospital myself and I moved the girls with fever into the sick bay. ${ending}`;
    expect(sectionOfLine(story, 'no further cases')).toBe('result');
    expect(score(story, 'bias-for-action').criteria.metrics.verdict).toContain('14');
  });
});

describe('principle fit', () => {
  // The learned fit's reading of this story moves with each retraining, as rubric-v37's coaching story does: with the
  // models of fresh249 (blend 1) it ranked Invent and Simplify, Ownership and Customer Obsession above Bias for Action
  // and held the story off-principle, and this test was an expected failure; with those of fresh255 (blend 0.8) it
  // fits again.
  it('reads a quick fix started the same day and kept small as Bias for Action', () => {
    const story =
      'May 2024. Public library in Leeds, three floors. I ran the front desk. Problem: broken self-service kiosks were marked only with paper signs. Signs fell off. Readers queued at dead kiosks and complained. 41 complaints in April. A fault report took 8 days on average to reach the contractor. It passed through two inboxes first. My task: fix fault reporting at the desk. I started the same day. Stuck a QR code on all 18 kiosks. Each code opened a short form: which kiosk, what fault. The form went straight to the contractor with the kiosk number. Briefed the 9 desk staff at two handovers. Checked every kiosk each evening for two weeks myself. Result after six weeks. Report-to-contractor time: 8 days down to 1. Kiosks out of order at any time: 5 down to 1. Complaints: 41 a month down to 6. Learning: speed came from keeping it small. One form, one recipient. I now build quick fixes like this first.';
    const feedback = score(story, 'bias-for-action');
    expect(feedback.gates).not.toContain('off-principle');
    expect(feedback.principle.detected).toContain('bias-for-action');
  });
});
