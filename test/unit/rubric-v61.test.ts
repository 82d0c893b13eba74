import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { findSections } from '../../src/core/rubric/sections.js';

/**
 * Rubric v61: a story waits for its outcome when it ends on "I honestly can't tell you yet whether we'll get it" (with
 * a figure before it), on "we'll have the figures in January" before "Until that point...", on "Either way, I'd rather..."
 * after the open question, or on a pending line placed with the lesson; "After some time..." once the speaker has acted
 * opens the Result; a "check-out" room is no check; eight or more buzzwords make a keyword list at any length; a long
 * story that names nothing real and claims a change with no baseline is a template.
 */
const content = loadContent();

const bid = "I price refits for a marine joinery in Gdansk. In May 2024 a ferry operator asked us to quote a full saloon refit on a 1998 ship. The survey showed rot under the deck covering in two areas that the tender never mentioned. I could have quoted the tender as written and claimed the rot later as extra work, which is how most yards win these jobs. I priced the rot repair in, at €64,000, and wrote a one-page note with photos so the operator's engineer could check it on board himself. I walked him through both areas on deck and sent the note to their purchasing team the same day.";

describe('a story that ends waiting for the outcome', () => {
  it('has no result: "I honestly can\'t tell you yet whether we\'ll get it", with a figure in the same sentence', () => {
    const feedback = scoreAnswer(`${bid} Our price is 11% above the lowest bid, so I honestly can't tell you yet whether we'll get it.`, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('has no result when "Either way, I\'d rather..." follows the open question', () => {
    const feedback = scoreAnswer(`${bid} The operator's board picks a yard at the end of the month, and I can't say yet whether it will be us. Either way, I'd rather lose the job than hide the rot in a claim.`, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('has no result when "we\'ll have the figures in January" comes before "Until that point..."', () => {
    const feedback = scoreAnswer(`${bid} The refit starts in November. We'll have the warranty figures for the first winter in January. Until that point I'm keeping a joiner on call for the ship.`, { content, principle: 'earn-trust' });
    expect(feedback.gate?.id).toBe('no-result');
  });
  it('has no result when a bullet placed with the lesson says the next step is planned and "only then will I see"', () => {
    const feedback = scoreAnswer('- I run the reading crews for a water utility in Arequipa\n- in March 2024 billing complaints in my zone went from about 300 a month to 700\n- I pulled the handheld files and found 64% of the complaints were on four routes where January was estimated\n- I rode those routes with the new readers for three days and rewrote the route sheets with photos of each meter\n- I sent the 1,900 affected accounts to commercial with a proposal to split the catch-up charge over two bills\n- commercial is still reviewing it; the re-reading of those accounts is planned for the August cycle, and only then will I see if the complaints come down', { content, principle: 'dive-deep' });
    expect(feedback.gate?.id).toBe('no-result');
  });
});

describe('time gone by', () => {
  it('opens the Result once the speaker has acted: "After some time a few changes were made"', () => {
    const text = 'Our office changed the document rules for pension claims in 2023 and I thought the new list would confuse older clients. I told my manager and wrote down three cases where the list did not fit. She said the decision was made above her. I accepted it and helped clients with the new list. After some time a few changes were made to the list, and my cases were part of the reason. I learned to put a disagreement on paper with real cases.';
    const analysis = analyzeAnswer(text);
    const sections = findSections(analysis);
    const after = analysis.facts.findIndex((f) => text.slice(f.sentence.start, f.sentence.end).includes('After some time'));
    expect(sections.of[after]).toBe('result');
  });
});

describe('a check-out', () => {
  it('is a room to clean, not a check on the work', () => {
    const tradeoffs = scoreAnswer('I run housekeeping at a 300-room hotel in Muscat. In 2023 attendants cleaned 15 rooms a shift whatever the room. I ordered lifting aids for the heavy beds, replaced the room quota with a points system (check-out 1.5, stay-over 1), and moved the rota to two weeks ahead. Turnover fell from 35% to 22% in a year. I learned to count the work the way the people doing it feel it.', { content, principle: 'strive-to-be-earths-best-employer' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('guardrail (');
    expect(tradeoffs.evidence.join(' ')).not.toContain('check-out');
  });
});

describe('a keyword list', () => {
  it('is a template at "Not yet" with eight or more buzzwords, however long', () => {
    const feedback = scoreAnswer('Situation: I lead seven branches of a bakery chain in Porto, in a market where a decision that waits a month is already late.\nTask: My remit was to own the regional P&L and drive speed of execution in every branch.\nAction: I operated with a strong bias for action and treated most decisions as two-way doors. I leveraged real-time till data to make data-driven calls within 24 hours, empowered branch managers to act without sign-off, ran rapid test-and-learn cycles on range, pricing and rotas, and removed bureaucracy from approvals. I aligned cross-functionally with purchasing, marketing and HR, and escalated only the one-way-door decisions.\nResult: Queue times improved by 20%, waste came down 4 points, sales per hour rose 15%, and team engagement reached record levels in all seven branches.\nLearning: Speed wins in retail. Most decisions can be undone, and a good call today beats a perfect one next quarter.', { content, principle: 'bias-for-action' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a story that names nothing real', () => {
  const form = 'Situation: In my previous role, one of our key workflows had grown complicated over the years and frustrated customers and colleagues alike. Several teams depended on it every week, and it involved too many manual steps.\n\nTask: As coordinator, I was responsible for finding a simpler solution without adding cost.\n\nAction: I started by mapping the workflow end to end and listening to the people involved. I then compared a few options, including a new tool and a leaner version of the existing workflow. I chose the option with the best balance and ran a short pilot with one team. I gathered feedback and adjusted it before rolling it out to everyone. I also wrote simple guidance so that people could adopt it quickly.\n\nResult: RESULT\n\nLearning: I learned that the simplest solution is usually the best, and that involving the people who do the work makes change stick. I have used this approach many times since.';
  it('is a template when its result claims a change with no baseline: "by around 40%"', () => {
    const feedback = scoreAnswer(form.replace('RESULT', 'The new workflow reduced the time spent by the team by around 40%, cut mistakes noticeably and made customers happier. It is still used today and other departments have adopted it.'), { content, principle: 'invent-and-simplify' });
    expect(feedback.gate?.id).toBe('template');
  });
  it('is no template when it claims no figure: a vague real story stays below the bar on its own', () => {
    const feedback = scoreAnswer(form.replace('RESULT', 'The new workflow saved the team a lot of time and made customers happier. It is still used today and other departments have adopted it.'), { content, principle: 'invent-and-simplify' });
    expect(feedback.gate?.id).not.toBe('template');
  });
});
