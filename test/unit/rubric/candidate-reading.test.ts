import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/core/rubric/index.js';
import { loadContent } from '../../../src/core/content.js';

const CONTENT = loadContent();

/**
 * Feedback as a candidate reads it: a verdict must not credit or blame the answer for words that mean something else
 * in context, and the evidence quoted must support what the verdict says. Answers written for these tests.
 */
const score = (answer: string, principle?: string) => scoreAnswer(answer, { ...(principle === undefined ? {} : { principle }), content: CONTENT });

describe('one phrase, one reading', () => {
  const BLAME_STORY =
    'Last year I was the on-call lead for our payments service when an outage hit. The other team kept dropping the ball on their migration, and their schema change broke our reconciliation job. I traced the failing job to the renamed column, I wrote a compatibility view so reconciliation ran again within two hours, and I filed a ticket for them. As a result we recovered all 4,200 pending settlements that day. I learned to ask partner teams for their migration plans before they ship.';

  it('reads "dropping the ball" as blame only, not as something given up, and "on-call lead" as a role', () => {
    const feedback = score(BLAME_STORY, 'ownership');
    expect(feedback.criteria.tone.score).toBeLessThanOrEqual(2);
    expect(feedback.criteria.tradeoffs.verdict).not.toMatch(/dropped the|give-ups|monitoring/);
    expect(feedback.criteria.tradeoffs.score).toBe(0);
  });

  it('does not credit a deadline that "got pushed back" by someone else as a trade-off', () => {
    const answer =
      'I was leading a data migration at my previous job. The deadline got pushed back twice because the vendor was late, so we had to wait. I kept the plan updated and I sent updates to everyone every week. Eventually the vendor delivered and we migrated 2 million records.';
    const tradeoffs = score(answer).criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('push');
    expect(tradeoffs.score).toBe(0);
  });

  it('reads "I pushed back in the review" as disagreement, and a deferral the speaker chose as a give-up', () => {
    const disagreement = score('I pushed back in the design review because the plan had no rollback. The architect kept the plan and I committed to it.');
    expect(disagreement.criteria.tradeoffs.verdict).not.toMatch(/push/);
    const deferral = score('I pushed back the launch by a week so the billing fix could ship first.');
    expect(deferral.criteria.tradeoffs.verdict).toContain('pushed back');
  });

  it('names a phrase once in the verdict however it is inflected', () => {
    const answer = 'I pushed back the migration by a sprint. Later I had to push back the reporting work too, because the auth flow was undocumented.';
    const verdict = score(answer).criteria.tradeoffs.verdict;
    expect(verdict.match(/push(ed)? back/g)).toHaveLength(1);
  });

  it('does not call owning a mistake blame', () => {
    const answer =
      'I dropped the ball on the handoff to the support team, and I own that. I wrote the runbook the next day, and since then every handoff has a checklist, which cut repeat tickets from 30 to 4 a week.';
    const tone = score(answer).criteria.tone;
    expect(tone.score).toBe(4);
    expect(tone.verdict).not.toContain('blaming');
  });
});

describe('an Action that is only the shape of one', () => {
  const PADDED =
    'So in my previous role we had a really big project with a lot of moving parts. We had a lot of meetings with all the stakeholders to make sure everyone was on the same page. We leveraged our synergies across the teams and we worked really hard to make it happen. There were a lot of challenges along the way, and things were difficult at times. We communicated effectively and stayed aligned. In the end we got everything done and the stakeholders were happy. I learned that communication is really important.';

  it('does not give a padded "we" Action with no concrete step the structure points of a full one', () => {
    const structure = score(PADDED, 'ownership').criteria.structure;
    expect(structure.score).toBeLessThanOrEqual(2);
    expect(structure.verdict).toContain('the Action names no step of yours and nothing concrete');
    expect(structure.evidence[0]).toContain('We leveraged our synergies');
    expect(structure.tip).toMatch(/what you did, step by step/);
  });

  it('does not count "I learned" as an action of the speaker', () => {
    const feedback = score(PADDED, 'ownership');
    expect(feedback.criteria.ownership.score).toBe(0);
    expect(feedback.criteria.ownership.verdict).toMatch(/^No finished action of yours/);
    expect(feedback.level).toBe('Not yet');
  });

  it('takes less from an Action of concrete steps told as "we", and says why', () => {
    const answer =
      'Our warehouse system kept timing out during the holiday peak. The team traced the timeouts to a lock on the inventory table. We rewrote the reservation query to use row-level locks, we moved the nightly stock sync off the primary database, and we added a dashboard of lock waits per table so the next peak would show the same trouble early. Order processing time went from 3 hours to 20 minutes. I learned that lock contention shows up first in the slowest query.';
    const structure = score(answer).criteria.structure;
    expect(structure.verdict).not.toContain('names no step');
    expect(structure.verdict).toContain('the Action has no step of yours, only what "we" did');
    expect(structure.score).toBe(3);
  });

  it('does not give a labelled answer 4 for structure when every step is "we"', () => {
    const answer = [
      'Situation: At my previous company I was on the platform team, which ran the core infrastructure, and there had been several incidents.',
      'Task: Our task was to improve the reliability of the platform because leadership was concerned.',
      'Action: We started by having a lot of discussions as a team. We worked closely with the SRE team and we aligned with product on priorities. We made some changes to our processes and we improved our monitoring.',
      'Result: In the end the number of incidents went down significantly and leadership was happy.',
      'Learning: I learned that teamwork is really important.',
    ].join('\n');
    const structure = score(answer).criteria.structure;
    expect(structure.score).toBeLessThanOrEqual(3);
    expect(structure.verdict).toMatch(/the Action (has|names) no step of yours/);
  });

  it('asks for a longer Action, not a shorter set-up, when only the Action is short', () => {
    const answer =
      'I was leading a data migration at my previous job. I rebuilt the plan. In the end we migrated all 2 million customer records from our old CRM to Salesforce before the quarterly review, with 0 records lost, and the sales team used the new reports in that review. I learned to ask a vendor for a sample export in week one, and I have done so on every migration since, which has caught format problems on 3 of 4 projects.';
    const structure = score(answer).criteria.structure;
    expect(structure.verdict).toMatch(/the Action is only \d+%/);
    expect(structure.tip).toMatch(/Give the Action more room/);
  });
});

describe('ownership wording', () => {
  it('does not ask to replace "we decided" when the answer never says it', () => {
    const answer =
      'Our warehouse system kept timing out during the holiday peak. I traced the timeouts to a lock on the inventory table. We rewrote the reservation query to use row-level locks and we moved the nightly stock sync off the primary database. We also added a dashboard for lock waits. Order processing time went from 3 hours to 20 minutes. I now check lock waits before scaling hardware.';
    const ownership = score(answer).criteria.ownership;
    expect(ownership.tip).not.toContain('we decided');
    expect(ownership.tip).toMatch(/which steps were yours/);
    expect(score('We decided to rewrite the cache and we chose Redis. I wrote the client.').criteria.ownership.tip).toContain('we decided');
  });

  it('tells a hypothetical answer to tell a real event, once, instead of asking for decisions', () => {
    const answer =
      'If a customer was unhappy, I would first listen to them carefully and make sure I understand the root cause. Then I would work with my team to find a solution and I would keep the customer updated. I always make sure to follow up after the issue is resolved. In my previous job I usually handled escalations like this and customers were generally happy with the outcome.';
    const feedback = score(answer, 'customer-obsession');
    expect(feedback.tips[0]).toMatch(/Tell one real past event/);
    expect(feedback.tips.join(' ')).not.toMatch(/Name at least one decision/);
    expect(new Set(feedback.tips).size).toBe(feedback.tips.length);
  });

  it('does not list "made", "took" or a phone call as decisions of the speaker', () => {
    const answer =
      'The biggest mistake I made was committing to a date without my engineers. What I took away is that estimates need the builders. I called the partner and I told them the date would slip. I rebuilt the plan with the team.';
    const verdict = score(answer).criteria.ownership.verdict;
    expect(verdict).toContain('0 decisions of your own');
    const decided = score('I made the call to roll back. I took the risk of a late launch. I called off the migration.').criteria.ownership.verdict;
    expect(decided).toMatch(/3 decisions of your own \(made, took, called\)/);
  });
});

describe('numbers in verdicts', () => {
  it('shows each number once, with the unit the answer gave it', () => {
    const answer =
      'Our dock-to-stock time had crept from 6 hours to 19 hours, and each outage cost 4.2s of downtime plus 4.2s of degraded traffic over 2 weeks. I moved two drivers to the morning wave. Dock-to-stock fell from 19 hours to 7 hours in 10 days.';
    const verdict = score(answer).criteria.metrics.verdict;
    expect(verdict).toContain('19 hours');
    expect(verdict.match(/19 hours/g)).toHaveLength(1);
    expect(verdict.match(/4\.2s/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(verdict).not.toMatch(/(\b[\d.,]+\b)(?: \w+)?, \1\b/);
  });

  it('keeps a hyphenated unit as written', () => {
    const verdict = score('I proposed a 60-day paid pilot in 10 stores. The pilot showed a 3.1% lift in basket size, up from 0%.').criteria.metrics.verdict;
    expect(verdict).not.toContain('60 day"');
  });
});

describe('verdicts that agree with their score', () => {
  it('counts the sentences that earned a full specificity score', () => {
    const answer =
      'Our warehouse system kept timing out during the holiday peak. I traced the timeouts to a lock on the inventory table. We rewrote the reservation query to use row-level locks. We also added a dashboard for lock waits. Order processing time went from 3 hours to 20 minutes. I now check lock waits before scaling hardware.';
    const specificity = score(answer).criteria.specificity;
    expect(specificity.score).toBeGreaterThanOrEqual(3);
    expect(specificity.verdict).toMatch(/1 of 6 sentences name .*, 4 more name only an everyday work item/);
  });

  it('does not quote a rule learned as a generic line next to the specific lesson', () => {
    const answer =
      'I committed my team to a partner API date without asking the two engineers who would build it. By week 4 we were a third done. I told my director the date would slip and I cut the reporting endpoints from the first release. We shipped order sync in week 9. I learned to estimate with the people doing the work and to add a buffer for third-party dependencies. Since then I run a one-hour sizing session with the engineers before I commit to any external date.';
    const learning = score(answer).criteria.learning;
    expect(learning.score).toBe(4);
    expect(learning.verdict).not.toContain('generic');
    expect(learning.evidence).toEqual([]);
  });

  it('still points out a platitude next to a specific lesson', () => {
    const answer =
      'I rewrote the export job after it failed for 3 nights. I learned to test exports against a full day of production data before a release. I also learned that communication is important.';
    const learning = score(answer).criteria.learning;
    expect(learning.verdict).toContain('plus 1 generic line');
    expect(learning.evidence[0]).toContain('communication is important');
  });
});

describe('Slack notes', () => {
  it('reads bullets that open with a past-tense verb as the speaker\'s own actions', () => {
    const answer = [
      '*Situation*',
      '• support queue for our mobile app was at 1,400 open tickets, first response 52h',
      '*What I did*',
      '• tagged 300 tickets by hand, found 45% were password-reset issues',
      '• wrote a self-serve reset flow spec with the iOS dev, shipped in 2 sprints',
      '• set up a macro + auto-reply linking the flow for the rest',
      '*Result*',
      '• open tickets 1,400 -> 380 in 5 weeks, first response 52h -> 9h',
      '• CSAT up from 71% to 84%',
      '*Learning*',
      '• always tag a sample before asking for headcount; now do it every quarter',
    ].join('\n');
    const feedback = score(answer);
    expect(feedback.criteria.ownership.score).toBeGreaterThanOrEqual(3);
    expect(feedback.criteria.ownership.verdict).not.toMatch(/^No finished action/);
    expect(feedback.tips.join(' ')).not.toMatch(/Retell the Action as "I" sentences/);
  });

  it('does not read a bullet of scene or state as an action', () => {
    const answer = '• joined the payments team in March\n• needed a faster release process\n• the team shipped twice a month';
    expect(score(answer).criteria.ownership.verdict).toMatch(/^No finished action/);
  });
});

describe('run-on answers', () => {
  it('finds the Action in a run-on sentence where it follows ", and I"', () => {
    const answer =
      'In 2021 I joined a fintech startup as the only SRE, and within my first month we had 3 outages in 2 weeks that took down the API gateway for a total of 40 minutes, and I decided to look at our deploy process because all three outages happened right after a deploy, so I added a canary stage that sent 5% of traffic to the new version with an automatic rollback, and after that we had zero deploy-related outages for the next 6 months.';
    const structure = score(answer).criteria.structure;
    expect(structure.verdict).not.toMatch(/missing[^;]*Action/);
  });
});

describe('measured results', () => {
  it('does not say "no measured outcome" while quoting a Result with a number in it', () => {
    const answer =
      'An upstream schema change broke our reconciliation job. I traced the failing job to the renamed column and I wrote a compatibility view. As a result we recovered all 4,200 pending settlements that day.';
    const metrics = score(answer).criteria.metrics;
    expect(metrics.verdict).not.toMatch(/No measured outcome/);
    expect(metrics.verdict).toContain('4,200');
    expect(metrics.score).toBe(2);
  });
});

describe('dates in the Result', () => {
  it('does not read a day of the month as an amount', () => {
    const metrics = score('I planned the upgrade and wrote the runbook myself. We released it on 14 June. It went well.').criteria.metrics;
    expect(metrics.verdict).toMatch(/^No measured outcome/);
  });

  it('does not read "in week 9" as an amount', () => {
    const metrics = score('I cut the reporting endpoints from the first release. We shipped order sync in week 9 and reporting in week 12.').criteria.metrics;
    expect(metrics.verdict).toMatch(/^No measured outcome/);
  });
});

describe('guardrails and give-ups in their everyday sense', () => {
  const tradeoffs = (answer: string) => score(answer).criteria.tradeoffs;

  it('does not credit a project phase, shadowing a colleague, alerting a manager or being told "not to" as trade-offs', () => {
    for (const answer of [
      'The project had three phases and I led the second phase, where I rewrote the importer.',
      'I rushed through the testing phase and skipped the slow tests.',
      'I shadowed a senior recruiter for two weeks and then I ran my own intake calls.',
      'I alerted my manager as soon as I saw the invoice error.',
      'I was asked not to touch the schema, so I wrote an adapter.',
    ]) {
      expect(tradeoffs(answer).score, answer).toBe(0);
    }
  });

  it('still credits a rollout in phases, shadow mode, an alert and a decision not to', () => {
    expect(tradeoffs('I decided not to migrate the reports, and I rolled it out in 3 phases.').verdict).toMatch(/not to.*phases/);
    expect(tradeoffs('We ran the new model in shadow mode for a week.').verdict).toContain('shadow');
    expect(tradeoffs('I set up an alert on the error rate.').score).toBe(1);
  });
});

describe('one phrase, one reading (more)', () => {
  it('does not call a lesson about not blaming people blame', () => {
    const tone = score('I wrote a cheat sheet for the agents. What I learned: when a tool changes, measure the new steps before blaming the people using it.').criteria.tone;
    expect(tone.score).toBe(4);
    expect(score('Honestly it was not my fault; the vendor is to blame.').criteria.tone.score).toBeLessThanOrEqual(2);
  });

  it('reads "instead of dropping the test" as one alternative, not also a give-up', () => {
    const verdict = score('I proposed a 45-minute live exercise instead of dropping the test altogether, because the manager wanted a signal on SQL.').criteria.tradeoffs.verdict;
    expect(verdict).toContain('instead of dropping the test');
    expect(verdict).not.toContain('cost accepted');
  });
});

describe('a Result that is the customer\'s decision', () => {
  it('finds "They renewed" after the speaker\'s actions as the Result', () => {
    const answer =
      'Last year our largest customer told us they were moving to a cheaper competitor. I asked their CFO for 30 minutes, came with a cost breakdown, and offered a two-year term at the same price instead of a discount. They renewed, but for one year, not two. Since then I map every decision-maker on my top 10 accounts six months before renewal.';
    const structure = score(answer).criteria.structure;
    expect(structure.verdict).not.toMatch(/missing[^;]*Result/);
  });
});

describe('hedges in their everyday sense', () => {
  it('does not count a past conviction or "just-in-time" as hedging', () => {
    const tone = score('I believed the plan was too risky and I said so in the review. We moved the stores to just-in-time replenishment.').criteria.tone;
    expect(tone.score).toBe(4);
    expect(tone.verdict).toContain('0 hedges or fillers');
    expect(score('I believe it kind of worked, I guess.').criteria.tone.score).toBeLessThan(4);
  });
});

describe('monitoring that nobody put in place', () => {
  it('does not read a product feature called a dashboard as monitoring', () => {
    const tradeoffs = score('Fixing it meant pulling an engineer off the new dashboard feature for a sprint. I wrote the fix spec and checked it against three months of invoices.').criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('monitoring');
    expect(score('We also added a dashboard for lock waits.').criteria.tradeoffs.verdict).toContain('monitoring');
  });
});

describe('a generic claim is not also a trade-off', () => {
  it('does not credit "we looked at various options" as weighing alternatives', () => {
    const tradeoffs = score('We looked at various options and we talked to a lot of stakeholders. I rewrote the importer.').criteria.tradeoffs;
    expect(tradeoffs.verdict).not.toContain('options');
    expect(score('I compared two options, a cache and a read replica, and chose the replica because it needed no invalidation.').criteria.tradeoffs.score).toBeGreaterThanOrEqual(3);
  });
});

describe('states that read like passive voice', () => {
  it('does not quote "their auth flow was undocumented" as hiding the speaker', () => {
    const ownership = score('I committed to a partner date. By week 4 the partner sandbox was unreliable and their auth flow was undocumented. I told my director the date would slip and I proposed week 10.').criteria.ownership;
    expect(ownership.verdict).toContain('0 passive ones');
    expect(ownership.evidence).toEqual([]);
  });
});

describe('verdict grammar', () => {
  it('says "1 hedge or filler", not "1 hedges or fillers"', () => {
    const verdict = score('I basically rewrote the importer in a week and the nightly job went from 4 hours to 40 minutes.').criteria.tone.verdict;
    expect(verdict).toMatch(/^1 hedge or filler \(/);
  });
});
