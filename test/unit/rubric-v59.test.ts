import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { isHypotheticalStory } from '../../src/core/rubric/tense.js';

/**
 * Rubric v59: "I decided, prioritised and escalated where needed" among six or more buzzwords is a keyword list however
 * many acronyms and figures it holds; "Payday, 28 December 2023:" after "What I did:" heads the outcome; "little by
 * little I understood better" is know-how gained, not the lesson; a lesson told with what one would do was learned from
 * no event, and its figures are not read up to a result; a measured change makes a story told in the present a real
 * one; "knowing the catch was that..." accepts a cost; "I started with three teams as a pilot" is a trial.
 */
const content = loadContent();

describe('a keyword list with acronyms and figures', () => {
  it('is a template at "Not yet"', () => {
    const feedback = scoreAnswer("Situation: Business-critical warehouse management rollout across three distribution centres, legacy WMS, fragmented processes and misaligned stakeholders.\nTask: Own the end-to-end cutover and drive operational excellence.\nAction: I defined KPIs and SLAs, implemented a RACI, daily stand-ups and a hypercare war room, and leveraged data-driven insights from the WMS dashboards. I decided, prioritised and escalated where needed. I aligned stakeholders across IT, finance and operations, championed a culture of accountability and ensured best practices were embedded.\nResult: Pick rate up 25%, inventory accuracy 99.8%, dock-to-stock time down 40%, zero P1 incidents, go-live on time and on budget.\nLearning: Ownership and a bias for action make all the difference.", { content, principle: 'insist-on-the-highest-standards' });
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.id).toBe('template');
  });
});

describe('headings', () => {
  it('reads a dated heading after "What I did:" as the outcome, so the story has its Result', () => {
    const feedback = scoreAnswer("Context: payroll platform, retail chain, Leeds. The 2022 year-end run failed and 1,900 staff were paid late. Target for 2023: run it with no late payments.\n\nWhat I did:\n- Read every ticket from the 2022 run. Most delays came from three manual file transfers.\n- Wrote a cutover checklist, 96 steps, each with one named owner.\n- Ran two dry runs on a copy of the December data. The first took 9 hours, the second 4.\n- Scripted the three file transfers with the bank's SFTP team.\n\nPayday, 28 December 2023: payroll closed in 3 hours 20 minutes. All 14,200 staff paid on time. No corrections in January.\n\nLesson: rehearse on real data with the people who press the buttons. Used the same checklist for the pension provider switch in 2024, first time right.", { content, principle: 'deliver-results' });
    expect(feedback.gate?.id).not.toBe('no-result');
    expect(feedback.criteria.structure.verdict).not.toContain('Result (labelled)');
  });
});

describe('know-how gained', () => {
  it('keeps "little by little I understood better" and what came of it out of the lesson', () => {
    const text = "I handle customer questions about invoices at a logistics company in Ghent. When I joined the team I did not know much about how our billing system calculates fuel surcharges, and customers asked about it every day. I decided I must learn it properly. I read the pricing documentation in our wiki, I sat two afternoons with the billing engineers, and I asked the finance team to explain the monthly fuel index. It was difficult in the beginning because the formulas are technical, but little by little I understood better. After some months I could answer the surcharge questions myself and with more confidence, and I could help the new colleagues when they joined. From this I learned that it is important to never stop learning.";
    const analysis = analyzeAnswer(text);
    const sections = findSections(analysis);
    const after = analysis.facts.findIndex((f) => text.slice(f.sentence.start, f.sentence.end).includes('After some months'));
    expect(sections.of[after]).toBe('result');
    expect(sections.of[after - 1]).not.toBe('learning');
  });
});

describe('a story told as what one would do', () => {
  it('has learned nothing from an event yet, whatever its lesson says', () => {
    const learning = scoreAnswer("In my workshop the new people start on the sanding line, and it is hard on the shoulders. When someone new joins, the first thing I do is work next to them for a full week. I usually adjust the bench height to the person, and I would rather we finish fewer chairs in the first month than have someone injured by spring. My approach is that nobody sands for more than four hours in a day, because after four hours the work gets sloppy. If someone told me they were struggling, I would sit down with them the same day and look at what could come off their plate. I would measure how it's working by who stays after a year and by how many chairs come back, and usually returns go down from 6% to 2% within the first year. What I have learned over the years is that people stay when they can see their own progress, so I keep a skills chart on the wall for every new person and we tick off each joint they master.", { content, principle: 'strive-to-be-earths-best-employer' }).criteria.learning;
    expect(learning.score).toBeLessThanOrEqual(1);
    expect(learning.verdict).toContain('Told with what you would do, it was learned from no event yet.');
  });
});

describe('figures in a story told as what one would do', () => {
  it('are not read up to a measured result by the learned reading', () => {
    const metrics = scoreAnswer("In hospital estates work, the arguments that matter are nearly always about when a ward can reopen. Take a typical case in a hospital like ours, with around 600 beds and surgical teams who book their lists weeks ahead: a ward manager wants her ward back before the winter surge, but the fire engineer has not yet tested the new smoke dampers on the corridor. In that situation I would not sign the handover, whoever is pushing. My approach is to put the disagreement in writing early. I would send the operations director and the ward manager the list of open items, the fire regulation behind each one, and the earliest realistic date. I usually offer an alternative as well, for example reopening the side rooms only, so the ward still takes some patients during the surge. If the board decides to go ahead with a partial reopening, I commit to it fully: I would put my own electricians on night shifts to close the items, walk the ward every morning with the contractor, and report progress daily until sign-off. In my experience, people respect a firm no much more when it comes with a plan. For me, disagree and commit means being clear about the risk, accepting the decision once it is made, and then doing everything to make it work.", { content, principle: 'have-backbone-disagree-and-commit' }).criteria.metrics;
    expect(metrics.score).toBeLessThanOrEqual(1);
  });
});

describe('a past event told in the present', () => {
  it('is no hypothetical when it measures its change: "The complaints go down from 12 a week to 2"', () => {
    expect(isHypotheticalStory(analyzeAnswer("I am reception manager in a hotel with 180 rooms in Porto. Before, when a guest checks in late, the night porter calls me, I walk to the office and I write the room on the paper list by hand. Many times housekeeping knock on the door of sleeping guests, we get around 12 complaints every week. First idea was a new app from the booking system, but it cost 9,000 euros and four months. So I make a simple sheet on the shared tablet at reception, only room number and check-in time, and housekeeping look at it at 7:00 before they start. Every evening I check the sheet before I leave. First I test it on two floors for one month and keep the paper list in parallel. The complaints go down from 12 a week to 2, and housekeeping finish the morning round 30 minutes earlier. Learning for me: before buying new technology, use what people already look at every day. Now I use the same sheet for the minibar checks."))).toBe(false);
  });
});

describe('trade-offs', () => {
  it('reads "knowing the catch was that we would be maintaining it ourselves" as a cost accepted', () => {
    const tradeoffs = scoreAnswer("In 2023 I ran the platform team at a grocery delivery company in Lyon. Every product team built its own deploy scripts and we paid for two separate CI services. A vendor offered a managed platform for 120,000 euros a year, and I argued for consolidating on the open-source runner we already had, plus one engineer for three months, knowing the catch was that we would be maintaining it ourselves. The CTO agreed. By the end of the year all 48 services deployed through one pipeline and the CI bill fell from 9,000 to 2,500 euros a month. I learned to price the people before the licence.", { content, principle: 'frugality' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('1 cost accepted ("the catch was that we would be maintaining it")');
  });

  it('reads "I started with three teams as a pilot" as a trial', () => {
    const tradeoffs = scoreAnswer("In 2023 I led the data platform team at a bank in Oslo. Eleven product teams each built their own monthly compliance report by hand, three weeks of work each. I proposed one shared reporting pipeline for all of them. I started with three teams as a pilot before asking anyone else to change their process. Nine months later 10 of the 11 teams used it, and the report took two days instead of three weeks. I learned that a small request can be the door to a much bigger fix.", { content, principle: 'think-big' }).criteria.tradeoffs;
    expect(tradeoffs.verdict).toContain('1 guardrail ("a pilot")');
  });
});
