import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { gatesAfterBakerySteps } from './rubric-helpers.js';

/**
 * Rubric v92: a nameless story whose result is two changes with no baseline ("improved by around 25%, cut in half")
 * beside one made big ("went up significantly") is a template's; a story that ends on someone who "either signs it or
 * sends me back" ends before its outcome; and what others said, answered "I did not want to judge before I had watched
 * him", is a view weighed and set aside.
 */
const content = loadContent();
const feedback = (text: string, principle = 'deliver-results') => scoreAnswer(text, { content, principle });

describe('a nameless story with two changes claimed and no baseline', () => {
  it('is a template, "Not yet"', () => {
    const result = feedback("At the warehouse I was managing, we were facing recurring problems with stock accuracy that were affecting several of our most important customers. Strictly speaking, the root cause sat with another department, and the problem had been going on for some time without anyone owning it. I decided to take it on. I brought together the relevant teams, mapped the end-to-end process from receiving to dispatch, and identified the main gaps. I then introduced a series of improvements, including a new counting routine, clearer responsibilities between the floor and the office, and a regular review with customers. I kept senior management informed throughout and escalated where necessary. Within a few months, stock accuracy had improved by around 25%, picking errors were cut in half, and customer satisfaction went up significantly. Several customers gave us more business as a result, and the approach was later rolled out to other sites. This showed me that ownership means not waiting for someone else to act, and I have applied that mindset in every role since.", 'ownership');
    expect(result.gates).toContain('template');
    expect(result.level).toBe('Not yet');
  });
});

describe('an ending on a decision that goes either way', () => {
  it('is held at the no-result gate when it is still to be taken', () => {
    const ending = 'The trial runs until the 30th. After that, the owner and I go through the delivery log together, and he either orders racks for the second bakery or sends me back to look again.';
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });

  it('is not held when it tells what happened', () => {
    const ending = 'The cafés that had complained either renewed their orders or left us for a bakery closer by.';
    expect(gatesAfterBakerySteps(ending)).not.toContain('no-result');
  });
});

describe('what others said, set aside in the next sentence', () => {
  it('is a view weighed', () => {
    const tradeoffs = feedback("I teach carpentry at a vocational school in Graz. In 2022 a second-year apprentice, Lukas, failed four of his five joint tests and told me he would leave for a job in his uncle's warehouse. The other instructors said he is simply careless. I did not want to judge before I had watched him. I filmed his hands for two lessons and saw the problem: he is very tall and our benches are fixed low, so he leaned over the saw and drifted off the line. I raised one bench with a frame we built in the workshop and gave him every Friday afternoon for six weeks, time I took from my competition group. He passed five of five joint tests by March and finished his apprenticeship in June. Now I watch every new apprentice at the bench in the first week before I judge anyone.", 'hire-and-develop-the-best').criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('alternative weighed');
    expect(tradeoffs.verdict).toContain('other instructors said he is simply careless');
  });
});
