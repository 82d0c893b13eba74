import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v26: a worry about the plan met by a limit agreed or kept in the same breath ("Finance worried about X, so we
 * agreed Y") is a guardrail; advice to "you" after the condition that leads it ("when the goal is big, you have to show
 * a first result quickly") is a rule, also after "What I learned is that", and so is a command after ", so"; a story
 * told in the present that ends on the habit it left ("Now, before they go, I always ask...") is still a story. Each
 * story is told in a trade of its own.
 */
const content = loadContent();
const score = (answer: string, principle?: string, question?: string) => scoreAnswer(answer, { content, ...(principle ? { principle } : {}), ...(question ? { question } : {}) });
/** The trade-off verdict's own count of a kind: "1 guardrail (...)"; "no guardrail" does not match. */
const FOUND = (kind: string) => new RegExp(`\\d+ ${kind}s? (?:weighed |accepted )?\\(`);

describe('trade-offs', () => {
  const story = (middle: string) =>
    'I coordinate volunteers for a food bank in Leeds. Collections from supermarkets were missed twice a week because drivers got the rota by text on the morning itself. ' +
    `I built a shared calendar that drivers book a week ahead. ${middle} Missed collections went from eight a month to one.`;

  it('reads a worry about the plan, met by a limit agreed in the same breath, as a guardrail', () => {
    expect(score(story('Our treasurer worried the older drivers would be left out, so we agreed the text stays for anyone who asks for it.')).criteria.tradeoffs.verdict).toMatch(FOUND('guardrail'));
  });

  it('reads a wish met by something kept back as a guardrail, but not a wish answered by doing more', () => {
    expect(score(story('Two drivers wanted a day free for their own shopping, which is fair, so we kept Thursdays off the calendar.')).criteria.tradeoffs.verdict).toMatch(FOUND('guardrail'));
    expect(score(story('The drivers wanted more routes, so we added a second van.')).criteria.tradeoffs.verdict).not.toMatch(FOUND('guardrail'));
  });
});

describe('lessons', () => {
  const story = (lesson: string) =>
    'I run a joinery workshop in Cork with four carpenters. In 2023 a new timber merchant sent us oak that warped within a month, and we remade two staircases at our own cost. ' +
    'I visited the yard, saw the boards stacked outside under a tarp, and changed to a merchant who kiln-dries. Remakes went from two a quarter to none in a year. ' +
    lesson;

  it('reads advice to "you" after the condition that leads it as a rule, also after "What I learned is that"', () => {
    expect(score(story('What I took away is that when people doubt a plan, you have to show them something working early, or they stop listening.')).criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(score(story('What I learned is that when people doubt a plan, you need to show them something working early, or they stop listening.')).criteria.learning.score).toBeGreaterThanOrEqual(3);
  });

  it('reads a command after ", so" as a rule, and "you have to" with no condition still as a platitude', () => {
    expect(score(story('What I learned is that cheap wood is dear wood, so check the stacks before you sign.')).criteria.learning.score).toBeGreaterThanOrEqual(3);
    expect(score(story('What I learned is that you have to trust your gut and always do your best.')).criteria.learning.score).toBeLessThanOrEqual(2);
  });
});

describe('ownership', () => {
  it('reads a story told in the present as steps taken, when it ends on the habit it left', () => {
    const answer =
      "I run the pharmacy counter in my uncle's shop in Ipoh. In 2022 I notice the same old customers come back to say the syrup is not working, and when I ask, they measure it with a kitchen spoon. " +
      'The label says 5 ml in small print, and many of them cannot read it. So I buy plastic dosing cups with the 5 ml line in red and give one with every bottle. ' +
      'I print a card with a picture of the cup, in Chinese, Malay and English. ' +
      "It costs about 20 sen per bottle, which my uncle does not like, so we agree I only do it for the children's syrups. Every evening I count the cups that went out. " +
      'After four months the complaints are down from about nine a month to two. Now, before they leave, I always ask the customer to show me the dose with the cup.';
    const result = score(answer);
    expect(result.criteria.ownership.score).toBeGreaterThanOrEqual(3);
    expect(result.gate?.id).not.toBe('no-own-action');
  });
});
