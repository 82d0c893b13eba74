import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v88: a nameless story whose result is made big with "significantly" instead of a figure, beside stock phrases,
 * is a template; "that meant the new outdoor shed had to wait a year" is a cost; "I learned that people want to help,
 * but ..." is a lesson, not an option someone put forward.
 */
const content = loadContent();

describe('a result made big with an adverb in a story that names nothing', () => {
  const feedback = (text: string) => scoreAnswer(text, { content, principle: 'think-big' });

  it('is a template, "Not yet", with the sign named', () => {
    const result = feedback("When I became director of a regional museum, the organisation was in a difficult place. Visitor numbers had been falling for years, the collection felt dated and the team was unsure about the future. Key stakeholders were asking whether the museum still mattered. I believed it could become a destination for the whole region, so I set out a long-term plan to reinvent it. I worked with the curators, the staff and outside partners to bring everyone behind the plan, and I explained it clearly at every level. We launched new exhibitions, a programme for schools and a stronger online presence, and I secured extra funding from several sources. There was resistance at first, but I stayed focused on the goal. As a result, visitor numbers grew significantly, and the museum won several awards. The experience taught me that a clear vision and persistence can change an organisation.");
    expect(result.gates).toContain('template');
    expect(result.level).toBe('Not yet');
    expect(result.gate?.message).toMatch(/"significantly" or "substantially" instead of a figure/);
  });

  it('is no template when the story names its place and measures the same growth', () => {
    const result = feedback("When I became director of the regional museum in Troms\u00f8 in 2021, visitor numbers had fallen from 61,000 to 38,000 in five years, and the S\u00e1mi textiles gallery had not changed since 1998. I set out a three-year plan to rebuild around that collection. I worked with our two curators and the S\u00e1mi parliament's culture office, and I moved 400,000 kroner from the print budget to a travelling exhibition for schools. There was resistance from the board at first, so I ran the schools programme in one district as a trial. Visitor numbers grew significantly, to 57,000 in 2023, and school visits went from 40 to 210 classes. I learned to test a big plan in one district before asking for the whole budget.");
    expect(result.gates).not.toContain('template');
    expect(result.level).not.toBe('Not yet');
  });
});

describe('what a choice made someone wait for', () => {
  const tradeoffs = (text: string) => scoreAnswer(text, { content, principle: 'frugality' }).criteria.tradeoffs;

  it('is a cost accepted, however long the name of what waited', () => {
    expect(tradeoffs("I run a kindergarten in Trondheim with 17 staff. In 2022 our sick leave was 13.5%. I spent the whole year's furniture budget, about 140,000 kroner, on changing tables with steps. That meant the new outdoor shed had to wait a year. The next year sick leave was down to 8.1%.").verdict).toMatch(/cost accepted \("meant the new outdoor shed had to wait"\)/);
  });

  it('is no cost when nothing had to wait', () => {
    expect(tradeoffs("I run a kindergarten in Trondheim with 17 staff. In 2022 our sick leave was 13.5%. I spent the whole year's furniture budget, about 140,000 kroner, on changing tables with steps. That meant the new outdoor shed was no longer needed for storage. The next year sick leave was down to 8.1%.").verdict).not.toMatch(/cost accepted/);
  });
});

describe('what people want, drawn as a lesson', () => {
  const tradeoffs = (text: string) => scoreAnswer(text, { content, principle: 'frugality' }).criteria.tradeoffs;

  it('is no alternative weighed', () => {
    expect(tradeoffs("I coordinate volunteers for a food bank in Lyon. In 2024 our parcels went from 200 to 450 a week. I posted in the university groups and made a new rota in shared sheets. By the third week I had 58 volunteers. I learned that students want to help, but they need a very easy way to say yes.").verdict).not.toMatch(/\d+ alternatives? weighed/);
  });

  it('leaves a course someone else wanted, set against the speaker\'s, as one', () => {
    expect(tradeoffs("I coordinate volunteers for a food bank in Lyon. In 2024 our parcels went from 200 to 450 a week. The board wanted to cap the parcels at 300 a week, but I proposed a student rota instead. By the third week I had 58 volunteers.").verdict).toMatch(/1 alternative weighed/);
  });
});
