import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v86: a loss told as the last step of the speaker's own series is a cost accepted; "a while back" places a story
 * in the past; "what they will be voting on" is an outcome still to come.
 */
const content = loadContent();

describe('a loss at the end of the speaker\'s own series of steps', () => {
  const told = (text: string) => scoreAnswer(text, { content, principle: 'insist-on-the-highest-standards' }).criteria.tradeoffs;

  it('is a cost accepted, however long the steps before it', () => {
    const tradeoffs = told("I run a bakery with two shops in Leeds. In March 2024 a customer with a sesame allergy reacted to a rye loaf that should have been sesame-free, and I traced it to a shared proving rack. I shut the rye line for three days, sent our wholesale orders to a friend's bakery in Harrogate, and lost about 1,800 pounds of sales. I bought a separate rack, wrote a cleaning log that two people sign, and had the loaf tested by a lab. Since then there have been no sesame traces in 40 tests, and the customer still shops with us. I learned to trace a complaint to the equipment before I blame the recipe.");
    expect(tradeoffs.verdict).toMatch(/cost accepted \("and lost about 1,800 pounds of sales"\)/);
    expect(tradeoffs.score).toBeGreaterThanOrEqual(2);
  });

  it('is not the speaker\'s cost when someone else\'s sentence tells it', () => {
    expect(told("I run a bakery with two shops in Leeds. In March 2024 a customer with a sesame allergy reacted to a rye loaf that should have been sesame-free, and I traced it to a shared proving rack. The shop next door shut its rye line for three days, sent its wholesale orders to a bakery in Harrogate, and lost about 1,800 pounds of sales. I bought a separate rack, wrote a cleaning log that two people sign, and had the loaf tested by a lab. Since then there have been no sesame traces in 40 tests, and the customer still shops with us. I learned to trace a complaint to the equipment before I blame the recipe.").verdict).not.toMatch(/cost accepted/);
  });
});

describe('"a while back" as the time of a spoken story', () => {
  const gates = (text: string) => scoreAnswer(text, { content, principle: 'ownership' }).gates;

  it('keeps a real story that closes on habits from the hypothetical gate', () => {
    expect(gates("So yeah, a while back I was on the night crew resurfacing a stretch of the ring road, and one of the rollers was leaving a ridge along the joint. It wasn't my machine, the roller driver was a subcontractor, but I was on the paver right behind him and I could see it. So I rang the foreman, look, that joint is going to crack in the first frost. He came down and had a look, and between everyone it got sorted and the strip got relaid before the morning. It meant a bit of extra work for us, but it was better than having it break up in winter. The foreman was pretty happy I'd said something. I think that's just how I am, really. I usually flag things early. If I see something's off, I'll say something, I won't just keep paving and hope for the best.")).not.toContain('hypothetical');
  });

  it('still gates the same story with no past time named', () => {
    expect(gates("So yeah, I was on the night crew resurfacing a stretch of the ring road, and one of the rollers was leaving a ridge along the joint. It wasn't my machine, the roller driver was a subcontractor, but I was on the paver right behind him and I could see it. So I rang the foreman, look, that joint is going to crack in the first frost. He came down and had a look, and between everyone it got sorted and the strip got relaid before the morning. It meant a bit of extra work for us, but it was better than having it break up in winter. The foreman was pretty happy I'd said something. I think that's just how I am, really. I usually flag things early. If I see something's off, I'll say something, I won't just keep paving and hope for the best.")).toContain('hypothetical');
  });
});

describe('"what they will be voting on" as the closing line', () => {
  const feedback = (text: string) => scoreAnswer(text, { content, principle: 'ownership' });

  it('holds the story at the no-result gate, below the bar', () => {
    const result = feedback("I coordinate the allotments for a town council in Shropshire, 140 plots with a waiting list of 95 households. In 2024 I saw that 30 plots had not been worked for a full season, and the tenants had simply never been asked. I wrote to each of them, visited the ones who did not answer, and offered half plots to anyone who wanted to keep a smaller patch. Twenty-one tenants gave up all or half of their plot, and I let those spaces to the first 26 households on the list. I proposed that the council halve every new plot by default, and I agreed to run that on one site as a trial. The allotment committee meets after the harvest, and the trial site is what they will be voting on.");
    expect(result.gates).toContain('no-result');
    // Below the bar either way: after some retrainings the learned fit also reads the story as Think Big, so it is "Not
    // yet".
    expect(['Almost there', 'Not yet']).toContain(result.level);
  });

  it('leaves a story whose committee has voted with its Result', () => {
    const result = feedback("I coordinate the allotments for a town council in Shropshire, 140 plots with a waiting list of 95 households. In 2024 I saw that 30 plots had not been worked for a full season, and the tenants had simply never been asked. I wrote to each of them, visited the ones who did not answer, and offered half plots to anyone who wanted to keep a smaller patch. Twenty-one tenants gave up all or half of their plot, and I let those spaces to the first 26 households on the list. I proposed that the council halve every new plot by default, and I agreed to run that on one site as a trial. The waiting list went from 95 to 41 households within the year, and the committee voted to make half plots the default.");
    expect(result.gates).not.toContain('no-result');
    expect(result.criteria.structure.verdict).toMatch(/Found Situation, Action, Result/);
  });
});
