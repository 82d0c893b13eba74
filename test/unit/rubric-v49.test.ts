import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v49: a fluent template whose stand-ins carry a word or two of jargon ("a critical customer onboarding project",
 * "relevant industry literature") and a keyword salad dressed in capitals and figures are "Not yet"; "It will vote then
 * on whether..." waits for the outcome; "it was the right decision" is one; a note's "- options: ..., or ..." weighs
 * them; and "we made 40 per year" sets the scene rather than sharing a step.
 */
const content = loadContent();
const score = (answer: string, principle?: string) => scoreAnswer(answer, { content, principle });

describe('templates and keyword lists', () => {
  it('holds a fluent template with jargon inside its stand-ins at "Not yet"', () => {
    const feedback = score("Situation: While working on a critical customer onboarding project, our team ran into a problem in an area outside my core expertise.\nTask: I needed to get up to speed quickly on a new technology to keep the project on track.\nAction: I proactively researched the topic, took an online course, read relevant industry literature and reached out to subject-matter experts. I applied my new knowledge to the key pilot experiment and shared my learnings with the wider team.\nResult: Onboarding met its performance targets, the project stayed on schedule and the team's capability improved by 25%.\nLearning: This experience reinforced my belief in continuous learning and showed me that staying curious is essential in a fast-moving field.", 'learn-and-be-curious');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });

  it('holds a keyword salad at "Not yet" although its principles are capitalised and its figures look measured', () => {
    const feedback = score("Situation: Customer Obsession, long-term vision, market transformation, growth mindset, digital-first ecosystem.\nTask: Ownership of the end-to-end roadmap, stakeholder alignment, scalability, 5x ambition.\nAction: I envisioned, I championed, I aligned, I delivered. Bold bets, data-driven decisions, cross-functional synergies, Invent and Simplify, Bias for Action, Dive Deep, raised the bar.\nResult: 250% growth, 3x retention, 35% efficiency, best-in-class outcomes, all KPIs exceeded.\nLearning: Start small, scale fast, never settle, it is always Day 1.", 'think-big');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });
});

describe('how a story ends', () => {
  it('waits on "It will vote then on whether the data can be shared"', () => {
    const feedback = score("I am the data protection officer of a hospital group in Lyon. In spring 2025 a research team asked to share five years of emergency records with a start-up building a triage model. The records were pseudonymised, and the contract met the legal minimum. I saw that with dates, postcodes and rare diagnoses, many patients could be found again. I wrote to the research director proposing three conditions: dates cut to the month, postcodes cut to the department, and an ethics board with two patient representatives to approve any new use. The start-up accepted the first two and pushed back on the board, because it delays their work by about three months. I drafted the board's charter with the patient association myself. The board meets for the first time in January. It will vote then on whether the data can be shared, and the start-up will know whether its timeline holds.");
    expect(feedback.gate?.id).toBe('no-result');
    expect(feedback.criteria.structure.verdict).toContain('the Result told only says what is still to come');
  });

  it('reads "The counts the year after showed it was the right decision" as the result', () => {
    expect(score("I plan the bus network for the city council in Ghent. In 2024 there was a proposal to cut the evening service on line 7 because the passenger counts looked low next to the other lines, and most people in the planning meeting agreed. I rode the line myself on four evenings and counted passengers by hand, and I found the ticket machines on the older buses were not counting transfers at all. I showed the planning team my counts and recommended that we keep the service. The counts the year after showed it was the right decision. What I learned is to check how a number is counted before I trust what it says.").criteria.structure.verdict).toContain('Found Situation, Action, Result, Learning');
  });
});

describe('notes and the scene', () => {
  it('counts a note\'s "- options: keep replacing sensors..., or reroute the cable..." as an alternative weighed', () => {
    const feedback = score("- I run maintenance for a fleet of 40 city buses in Leipzig\n- 2023: the same door fault on the new electric buses, 60 call-outs in six months\n- traced it myself to a sensor cable that chafed on the hinge\n- options: keep replacing sensors at about 200 euros each, or reroute the cable on every bus for about 9,000 euros in total. I argued for the second\n- call-outs for that fault went from 60 to 4 in the next six months\n- what I do now: when a fault comes back three times, I look for the cause before I order another part");
    expect(feedback.criteria.tradeoffs.verdict).toContain('1 alternative weighed ("keep replacing sensors at about 200 euros each")');
  });

  it('reads "In 2022 we made 40 per year" as the scene, not a step shared with the team', () => {
    expect(score("Our workshop in Cremona is two luthiers and me. We make student violins for music schools. In 2022 we made 40 per year and the waiting list was eighteen months. I proposed a simpler student model with machine-cut ribs and necks, and I decided that only the tops and the varnish stay hand work. I found a joinery near Brescia that cuts our parts in its quiet hours, and I trained both luthiers on the new jigs. In 2023 the workshop delivered 110 violins, and the waiting list for the student model fell to two months. I learned to keep hand work where a player can hear it and to standardise the rest.").criteria.ownership.verdict).toContain('0 shared "we" statements');
  });
});
