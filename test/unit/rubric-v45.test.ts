import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v45: a note's dropped "I" after "Then" or in "used the controller we already had" is still the speaker's step;
 * "I didn't wait for the permit" is a decision; "then we decide whether...", "the returns are due on 30 June" and "we
 * start with the new papers in January" wait for the outcome, and a worked example ("A shop selling 18m pays 540k")
 * is no Result; "After a while I understood the system" is know-how gained, not a lesson, and "it helped the team and
 * the lifts worked better" is a vague outcome; "30 angry messages about that, but I kept it" is a price accepted.
 */
const content = loadContent();

describe("a note's dropped I", () => {
  it('reads "What I did: used the ..." and "Then trained ..." as the speaker\'s steps', () => {
    const feedback = scoreAnswer(
      'Fleet technician, 30 rental e-bikes, Ljubljana.\nProblem, 2023: riders disputed battery charges every week. 1 in 6 bills disputed.\n' +
        'What I did: used the battery log the bikes already had. Its app shows charge used per ride.\nTested on 5 bikes for two weeks.\n' +
        'Then trained the other 3 mechanics in one afternoon.\nResult: disputes 1 in 6 down to 1 in 30.\nLearning: read what the machine already records.',
      { content },
    );
    expect(feedback.gate?.id).not.toBe('no-own-action');
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(2);
  });

  it('reads "I didn\'t wait for the permit" as a decision of the speaker\'s own', () => {
    const feedback = scoreAnswer(
      'I run the grounds crew at a seaside hotel in Durban. One morning in 2022 a storm left the beach covered in kelp. The usual process was to wait three days for a council permit for machines. ' +
        'I didn\'t wait for the permit. I put eight of my crew on rakes from 6 am and cleared the 200 m in front of the pool by noon. Complaints at reception that day were 5, against 31 the day before.',
      { content },
    );
    expect(feedback.criteria.ownership.verdict).toMatch(/1 decision of your own/);
  });
});

describe('stories that end before their outcome', () => {
  it('waits on "and then we decide whether..."', () => {
    const feedback = scoreAnswer(
      'Situation: I guide walking tours of the old town in Tbilisi. The owner told me tips were falling and guests were bored after an hour.\n' +
        'Action: I followed six tours by the other guides and timed them, and I cut the route to ten stops with a tasting at each. I trained the other two guides in April.\n' +
        'Result: The new tour starts with the summer season. The owner will compare tips and reviews at the end of August against last year, and then we decide whether to keep the long tour for history groups.\n' +
        'Learning: The best tour is the one where guests taste and touch, not only listen.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('waits on "are due on 30 June", and a worked example is no Result', () => {
    const feedback = scoreAnswer(
      'I run a small accounting practice in Kisumu with about 60 clients. In 2023 the presumptive tax went from 1% to 3% of sales. ' +
        'My partner wanted to keep everyone on it. I disagreed for the low-margin clients. A shop selling 10m a year on a 5% margin pays 300k at 3%, while its profit is only 500k. ' +
        'I went through two years of records and offered 15 clients a move to income tax on profit, with a cash book I set up for them. 12 moved. ' +
        'The returns for 2023 are due on 30 June 2024.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });

  it('waits on "we start with the new papers in January"', () => {
    const feedback = scoreAnswer(
      'My family runs nine buses between Arequipa and Puno, and I do the dispatch. In 2023 two buses broke down in one month and people said on Facebook we were dangerous. ' +
        'I wrote a post with what happened and what we are changing, I started a WhatsApp line that I answer myself, and I convinced my father to send the two oldest buses for a full engine repair. ' +
        'The repaired buses come back this month and we start with the service papers in January.',
      { content },
    );
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('know-how gained and a vague outcome', () => {
  it('reads "After a while I understood the system" as an outcome, with "it helped the team" as a vague Result', () => {
    const feedback = scoreAnswer(
      'I maintain the lifts at a shopping centre in Busan. A while ago we got new lifts with a control system none of us knew. ' +
        'I started reading the manuals in my free time, and I asked the installer a lot of questions. ' +
        'After a while I understood the system quite well, and when there were faults I was often the one who found them. ' +
        'It helped the team, I think, and the lifts worked better. What I learned is that it is good to always keep learning.',
      { content },
    );
    expect(feedback.gate?.id).not.toBe('no-result');
  });
});

describe('trade-offs', () => {
  it('reads objections to a step, kept anyway, as a price accepted', () => {
    const feedback = scoreAnswer(
      'I host a morning call-in show for fishers in Mombasa. In 2022 I added a ten-minute weather and safety segment every day. ' +
        'For this I cut the music part, and I received maybe 40 angry messages about that, but I kept it. Calls about lost boats fell from 9 a month to 3.',
      { content },
    );
    expect(feedback.criteria.tradeoffs.verdict).toMatch(/cost accepted \("and I received maybe 40 angry messages about that, but I kept it"\)/);
  });
});
