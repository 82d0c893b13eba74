import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v87: "the trustees are going to look at those figures" waits as "will" does; a "stunt double" is a person, not
 * twice anything; "the learning is ..." opens a lesson, and "everyone pulls together" is the teamwork platitude.
 */
const content = loadContent();

describe('someone else\'s "going to" at the end of the story', () => {
  const feedback = (text: string) => scoreAnswer(text, { content, principle: 'customer-obsession' });

  it('holds the story at the no-result gate while the trustees have still to look', () => {
    const result = feedback("I run the tenancy help desk at a housing charity in Bristol. Last year tenants facing eviction waited up to nine days for a first appointment, and some hearings came before we saw them. I went through six months of our intake log and flagged every eviction case. I proposed to our director that eviction cases skip the general queue, wrote a four-question phone script so any volunteer can spot a notice, and set up a same-day slot each afternoon that I run myself. To make room I moved general drop-in hours to two mornings a week, which I explained to regular clients on the door. Since then the slot has taken 23 eviction cases. I'm logging the days between first call and first appointment, and the trustees are going to look at those figures at their June meeting to decide whether we keep it.");
    expect(result.gates).toContain('no-result');
    expect(result.level).toBe('Almost there');
  });

  it('lets the same story through once they have looked and decided', () => {
    expect(feedback("I run the tenancy help desk at a housing charity in Bristol. Last year tenants facing eviction waited up to nine days for a first appointment, and some hearings came before we saw them. I went through six months of our intake log and flagged every eviction case. I proposed to our director that eviction cases skip the general queue, wrote a four-question phone script so any volunteer can spot a notice, and set up a same-day slot each afternoon that I run myself. To make room I moved general drop-in hours to two mornings a week, which I explained to regular clients on the door. After three months the wait for a first appointment went from nine days to one, and no client missed a hearing. The trustees looked at those figures at their June meeting and decided to keep it.").gates).not.toContain('no-result');
  });
});

describe('"the stunt double"', () => {
  it('is no measured change, so a story still waiting to film is held at no-result with no "double" counted', () => {
    const result = scoreAnswer("Last year I was the stunt coordinator on a police drama shot in Glasgow. The director wanted the lead actor to fall down a full flight of stone stairs in one take. I told him I would not put our lead on those stairs, and I proposed two hidden cuts so we could put the stunt double in for the fall. He agreed after a day. I rehearsed the fall with the double for a week on a padded mock-up. The location had to be closed for the shoot, and that was fixed for the week after New Year, so we are still waiting to film it.", { content, principle: 'have-backbone-disagree-and-commit' });
    expect(result.criteria.metrics.verdict).not.toMatch(/double/);
    expect(result.gates).toContain('no-result');
  });
});

describe('a lesson opened by "The learning is"', () => {
  const learning = (text: string) => scoreAnswer(text, { content, principle: 'strive-to-be-earths-best-employer' }).criteria.learning;

  it('is read as the lesson, and as a specific one applied since', () => {
    const result = learning("I manage the rota at a care home in Leeds with 60 residents. Agency shifts were eating our budget, so I asked the team which shifts they would swap and built a rota around their answers. The learning is to ask the people who work the shifts before redesigning the rota. Every spring now we ask them before the new rota goes up. Agency hours went from 300 a month to 120, and nobody left that year.");
    expect(result.score).toBe(4);
    expect(result.verdict).toMatch(/specific lesson, applied since/);
  });

  it('is read as generic when all it says is that everyone pulls together', () => {
    const result = learning("I manage the rota at a care home in Leeds with 60 residents. Agency shifts were eating our budget, so I asked the team which shifts they would swap and built a rota around their answers. The learning is that a care home is strongest when everyone pulls together. Agency hours went from 300 a month to 120, and nobody left that year.");
    expect(result.score).toBeLessThanOrEqual(2);
    expect(result.verdict).toMatch(/generic/);
  });
});
