import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v90: a "we" in an "if" clause is a condition weighed, not the team's step; more endings before the outcome ("it'll
 * be the end of the month before I know whether", "a few more weeks before we can see if", "up to now I do not have the
 * report if", "I still haven't heard whether"); a time compared after "instead of" ("by 6 instead of after 7") is an
 * outcome, not an option weighed; and a habit named with the whole course it sets ("the habit of walking into an argument
 * with my own measurements ...") is a specific lesson.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });
const criterion = (text: string, id: 'ownership' | 'tradeoffs' | 'learning', principle?: string) => feedback(text, principle).criteria[id];

describe('a "we" inside an "if" clause', () => {
  it('is not counted as a step the team took', () => {
    const ownership = criterion(
      'I run the night shift at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our morning deliveries left after 6 a.m., and two cafés complained that they opened without bread. I timed every station for a week and found the bottleneck at the proofing room. I decided to fix the racks before anything else, because if we started the rye at two, the trays waited for racks, and if we hired a second baker, we paid for him all summer. I bought 12 extra racks for 1,800 euros and rewrote the loading list, and we loaded the vans by route from the next Monday. Late deliveries fell from 9% to 2% in April and the complaints stopped. I learned to time the stations before I add people, and I did the same with the pastry line in June.',
      'ownership',
      'ownership',
    );
    expect(ownership?.verdict).toContain('1 shared "we" statement');
    expect(ownership?.score).toBe(4);
  });
});

describe('a story that ends before its outcome', () => {
  it.each([
    ['the end of the month before the speaker knows', "The new racks went in last week, and it'll be the end of the month before I know whether the late vans are really gone."],
    ['a few more weeks before anyone can see', 'The racks arrived on Monday. It will be a few more weeks before we can see if the mornings hold.'],
    ['up to now without the report', 'So up to now I do not have the delivery report in my hands if all 40 cafés got their bread on time.'],
    ['still not heard whether', "The racks are in, but I still haven't heard from the cafés whether the mornings are better."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it.each([
    ['a doubt about the cause after a measured change', "Late vans fell from 9% to 2% in April, and I still don't know whether it was the racks or the new loading list."],
    ['a stretch of time that is a plan, not a wait', 'We print the new rota six weeks before we see the staff, and late vans fell from 9% to 2% in April.'],
  ])('is not held when the outcome is in: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('a time compared after "instead of"', () => {
  it('is an outcome, not an alternative weighed', () => {
    const tradeoffs = criterion(
      'I run the night shift at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our morning deliveries left after 6 a.m., and two cafés complained that they opened without bread. I timed every station for a week and found the bottleneck at the proofing room, where trays waited up to 35 minutes for a free rack. I bought 12 extra racks and moved the rye dough to an earlier slot. Late vans fell from 9% to 2% in April, so the cafés had bread by 6 instead of after 7. What I kept is the habit of timing every station for a full week before anyone proposes a new hire.',
      'tradeoffs',
    );
    expect(tradeoffs?.verdict).not.toContain('instead of after 7');
    expect(tradeoffs?.verdict).not.toMatch(/\d+ alternatives? weighed/);
  });
});

describe('a habit named as the lesson', () => {
  const story =
    'I run the night shift at a bakery in Tampere that supplies 40 cafés. Last March about 9% of our morning deliveries left after 6 a.m., and two cafés complained that they opened without bread. The owner wanted a second baker; I disagreed and showed him my timings of every station, which put the bottleneck at the proofing room. He agreed to try racks first. I bought 12 extra racks for 1,800 euros and moved the rye dough to an earlier slot. Late vans fell from 9% to 2% in April.';

  it('is specific when it names the whole course it sets', () => {
    const learning = criterion(`${story} What I took away is the habit of walking into an argument with my own measurements and my fallback already agreed with myself.`, 'learning', 'have-backbone-disagree-and-commit');
    expect(learning?.score).toBeGreaterThanOrEqual(3);
    expect(learning?.verdict).toContain('A specific lesson');
  });

  it('stays generic when it names too little', () => {
    const learning = criterion(`${story} I got into the habit of listening more.`, 'learning', 'have-backbone-disagree-and-commit');
    expect(learning?.score).toBeLessThanOrEqual(2);
  });
});
