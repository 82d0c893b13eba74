import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../src/core/rubric/analysis.js';
import { readTradeoffs, tradeoffFacts, type TradeoffFacts } from '../../../src/core/rubric/tradeoff-reading.js';
import { scoreAnswer } from '../../../src/core/rubric/index.js';

/**
 * The trade-offs reading, one family of phrasings at a time. Every sentence here was written for these tests, across
 * professions (warehouse, nursing, teaching, sales, finance, software). The "held aside" block was written before the
 * reading was built and was not run while its rules were tuned.
 */
const facts = (answer: string): TradeoffFacts => tradeoffFacts({ analysis: analyzeAnswer(answer) });
const tradeoffs = (answer: string) => scoreAnswer(answer).criteria.tradeoffs;

type Want = Partial<TradeoffFacts>;
const NOTHING: TradeoffFacts = { hasAlternative: false, hasCost: false, hasReason: false, hasGuardrail: false };

function expectFacts(answer: string, want: Want): void {
  const got = facts(answer);
  for (const key of Object.keys(want) as Array<keyof TradeoffFacts>) expect(got[key], `${key} in: ${answer}`).toBe(want[key]);
}

/** A choice the answer already weighs must never be asked for in the tip, nor its reason called missing. */
function expectNoAskForWhatIsThere(answer: string): void {
  const f = facts(answer);
  const result = tradeoffs(answer);
  if (f.hasAlternative || f.hasCost) expect(result.tip, answer).not.toMatch(/alternative|option you rejected|over Y/i);
  if (f.hasReason) {
    expect(result.tip, answer).not.toMatch(/say why/i);
    expect(result.verdict, answer).not.toMatch(/no reason/);
  }
  if (f.hasGuardrail) expect(result.tip, answer).not.toMatch(/limited the risk|limit the risk/i);
}

describe('held aside', () => {
  it.each([
    'I could have asked the agency for two extra pickers, but that would have cost more than the late fees, so instead I re-slotted the fast movers next to packing.',
    'The cost was that two of my Year 9 groups lost a week of revision.',
    'We accepted that cost because the renewal was worth ten times the discount.',
    'I weighed a full ledger rebuild against a targeted patch of the 40 broken entries.',
    'I proposed postponing the ward audit so that the night nurses could work on the falls checklist instead.',
    'The downside was a slower checkout page for about a month.',
    'We hit the launch date at the expense of the reporting screens.',
    'We gave up the second delivery window to get the cold-chain orders out on time.',
    'I traded some of the lesson time for a practice exam, since the exam board had changed the format.',
    'It meant delaying the CRM migration by a quarter.',
    'I chose a phone call over another email because the client had ignored three of them.',
    'I decided against a price cut because it would have reset what every other account expected.',
    'Hiring a contractor would have been faster, but nobody could have supported the code after she left.',
    'Instead of refunding the whole order, I offered to reship the two damaged items.',
    'We went with the hosted payroll service rather than building our own, because payroll rules change every year.',
  ])('finds the weighed choice in: %s', (answer) => {
    const f = facts(answer);
    expect(f.hasAlternative || f.hasCost, answer).toBe(true);
    expectNoAskForWhatIsThere(answer);
  });

  it.each(['I picked the cheaper supplier over the local one, given that the contract allowed us to switch after 90 days.'])(
    'links a reason to the choice in: %s',
    (answer) => {
      expectFacts(answer, { hasReason: true });
      expectNoAskForWhatIsThere(answer);
    },
  );

  // The one held-aside miss, kept as written: the decision weighs nothing, and the reading ties a reason to an option,
  // a cost or a guardrail (an unweighed decision is "one path", anchor 0), so this reason is not counted.
  it.fails('links a reason to a decision that weighs nothing (known miss)', () => {
    expectFacts('I decided to move the late shift to the new scanners. The reason was that the old ones dropped one read in twenty.', { hasReason: true });
  });

  it.each([
    'I trialled the new handover sheet on one ward for two weeks before the rest of the hospital.',
    'We set a cap of 15% on any discount a rep could give without my sign-off.',
    'I wired an alert to page me if refunds went above 2% of orders.',
    'The risk was that night pickers would ignore the new route, so I ran it on one shift first.',
    'Before the switch I printed a paper backup of every patient\'s medication list.',
  ])('finds a guardrail someone put in place in: %s', (answer) => {
    expectFacts(answer, { hasGuardrail: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    'My coach always told me to never give up, and I did not.',
    'I gradually won the trust of the senior nurses on the unit.',
    'I compared the stock counts with the delivery notes and found 12 missing pallets.',
    'The dashboard showed refunds climbing every Monday.',
    'I had no choice but to tell the client the shipment would be late.',
  ])('finds no trade-off in: %s', (answer) => {
    expect(facts(answer)).toEqual(NOTHING);
  });
});

describe('alternatives weighed', () => {
  it.each([
    // Modal counterfactuals: "could have / would have / might have" + a verb.
    'I could have kept the old pick lists for another month, but that would have cost us the peak season, so instead I retrained the team in two evenings.',
    'I could have called in agency nurses, but that would have cost twice the overtime, so instead I swapped two shifts with the day team.',
    'We might have simply re-run the failed batch, but it would have double-paid 300 vendors, so instead I reversed the duplicates first.',
    'I would have liked to re-teach the whole unit, but I only had a week, so instead I ran two targeted workshops on fractions.',
    // "instead of" / "rather than" / "over" with an action or an option after them.
    'I added retries with backoff instead of raising the timeout.',
    'I offered a longer contract rather than a bigger discount.',
    'Rather than hiring two more pickers, I moved the fast sellers closer to the packing benches.',
    'I prioritised the refund backlog over the new dashboard because customers were waiting on money.',
    'We picked the managed queue over running our own brokers.',
    // Weighing, comparing options, deciding against.
    'I weighed the cost of a full re-audit against the risk of missing another error.',
    'I weighed up whether to pull the students out of the trip or change the date.',
    'I compared two options, a nightly export and a live sync, and chose the export.',
    'We had two options: patch the old scanner firmware or replace the scanners.',
    'The obvious fix was to add another approval step, but that would have slowed every payment.',
    'I decided against moving the ward round to the afternoon because the consultants were in clinic.',
    'I ruled out a discount because it would have set a precedent for the other accounts.',
    'Rewriting the module would have been cleaner, but it would have taken a month we did not have.',
    'A second forklift would have been faster, but the aisle was too narrow for two.',
    'We considered hiring a temp for the quarter-end but trained an existing analyst instead.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasAlternative: true });
    expectNoAskForWhatIsThere(answer);
  });

  it('quotes the answer\'s own words for the alternative', () => {
    const reading = readTradeoffs(analyzeAnswer('I added retries with backoff instead of raising the timeout, which would have blocked the batch window.'));
    expect(reading.alternatives.map((a) => a.words)).toEqual(['instead of raising the timeout']);
    expect(reading.reasons.map((r) => r.words)[0]).toMatch(/^which would have blocked/);
  });
});

describe('costs accepted and things given up', () => {
  it.each([
    'The cost was a week of slower picking while people learned the new layout.',
    'The cost was two lost afternoons of revision for my Year 11 class.',
    'The downside was that new hires waited an extra week for laptops.',
    'The trade-off was a higher unit price for a supplier who could deliver twice a week.',
    'I accepted that cost because the audit deadline could not move.',
    'We accepted a two-day delay to the release so the security fix could go in.',
    'I accepted the risk of a slower first week to keep the launch date.',
    'I proposed postponing the stock count so that the pickers could work on the returns backlog instead.',
    'We deferred the new timetable so that teachers could focus on the inspection.',
    'I pushed back the launch by a week so the billing fix could ship first.',
    'We shipped the core flow at the expense of the admin screens.',
    'We hit the close deadline at the cost of two weekends of overtime.',
    'We gave up the Friday delivery slot to get the urgent orders out.',
    'I gave up my own prep period to cover the lesson.',
    'I traded a shorter contract for a higher monthly fee.',
    'We traded some speed for safety on the controlled-drug rounds.',
    'It meant dropping the reporting feature from the first release.',
    'It meant delaying the ward refurbishment by a month.',
    'This meant pulling two analysts off the forecast for a week.',
    'I decided not to migrate the archive, and I told the auditors why.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasCost: true });
    expectNoAskForWhatIsThere(answer);
  });
});

describe('reasons, in the same sentence or the next', () => {
  it.each([
    'I chose the replica over the cache because it needed no invalidation.',
    'I chose to accept a two-day slip over shipping with the known bug because a wrong invoice would have cost us the client.',
    'I moved the class test to Friday rather than Monday, since half the class was away on Monday.',
    'I picked the slower courier instead of the cheap one to avoid another damaged shipment.',
    'I gave up the trade show slot so that the team could finish the pilot.',
    'I rolled the vendor change out to one store first. The reason was that the new tills had never been used with our loyalty cards.',
    'We delayed the release by a week. Because the migration was not reversible, I wanted a full dry run first.',
    'I kept the paper charts for a month instead of switching at once, as it would have been unsafe to lose the history.',
    'Given that the fund closed on Friday, I chose to file the partial report over waiting for the last statement.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasReason: true });
    expectNoAskForWhatIsThere(answer);
  });

  it('does not say "no reason given" next to a quoted sentence that has "because"', () => {
    for (const answer of [
      'I chose the replica over the cache because it needed no invalidation.',
      'I proposed batching the calls instead of adding a cache, because a cache would have served stale rates.',
      'We cut the reporting screens from the first release. We did it because the partner needed order sync first.',
    ]) {
      const result = tradeoffs(answer);
      expect(result.verdict, answer).not.toMatch(/no reason/);
    }
  });

  it('does not count a reason for a choice nobody weighed', () => {
    expectFacts('I decided to add an index because the reports were slow.', NOTHING);
  });
});

describe('guardrails someone put in place', () => {
  it.each([
    'I put the new pricing behind a feature flag.',
    'We ran a pilot on one ward before changing the whole hospital.',
    'I piloted the new seating plan with one Year 8 class first.',
    'I trialled the new pick route on the night shift only.',
    'We rolled it out in three phases, starting with the smallest warehouse.',
    'I released it gradually, to 5% of customers first.',
    'I shipped it to one region first with a kill switch.',
    'I kept a rollback plan ready for the first weekend.',
    'We kept the old system running as a fallback for a month.',
    'I capped the discount at 10% for the first quarter.',
    'I set a limit of 50 orders a day on the new carrier.',
    'I added a check that blocked any payment over $10,000 without a second approver.',
    'I required sign-off from the charge nurse before any dose change.',
    'I asked a second analyst to review every journal over $50K.',
    'We took a full backup of the ledger before the import.',
    'I set an alarm to page the on-call engineer if errors went above 1%.',
    'I set up monitoring with a threshold on late deliveries, so I would know within an hour.',
    'The risk was that parents would miss the new pickup time, so I sent a text the day before and kept a teacher at the old gate.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasGuardrail: true });
    expectNoAskForWhatIsThere(answer);
  });

  it('reads a watch without a threshold as monitoring only', () => {
    expect(tradeoffs('I set up an alert on the error rate.').score).toBe(1);
    expect(tradeoffs('I moved the job to the new cluster and watched the dashboard.').score).toBe(1);
  });
});

describe('phrases that are no trade-off', () => {
  it.each([
    // Idioms.
    'I never give up on a student.',
    'Instead of giving up, I called the carrier again the next morning.',
    'Rather than blaming anyone, I went through the shift log with the team.',
    'I told the team we would not give up on the target.',
    'Instead of panicking, I read the error log line by line.',
    // Adverbs.
    'I gradually earned the trust of the warehouse leads.',
    'Sales gradually picked up after the new brochure.',
    // Comparisons of evidence.
    'I compared the logs with the config and found the wrong port.',
    'I compared the medication chart with the pharmacy record.',
    'We compared this quarter against last quarter and saw a 12% drop.',
    // Reports by a tool, not something put in place.
    'The dashboard showed refunds rising every week.',
    'The alert fired at 3 a.m. and woke the whole team.',
    'There was no rollback plan, so I stayed up all night.',
    // No choice.
    'I had no choice but to work the weekend.',
    'There was no alternative, so I rebuilt the report by hand.',
    // Words that only look like the families.
    'I pushed back in the review because the plan was unsafe.',
    'The deadline got pushed back twice by the vendor.',
    'I took over the account in March.',
    'I spoke to the client over the phone for an hour.',
    'Over the next month I trained four new pickers.',
    'I should have asked the pharmacist earlier.',
    'In hindsight I would have involved the teachers sooner.',
    'I flagged the error to my manager.',
    'Our cloud cost was $40K a month.',
    'I checked the invoices against the contract.',
    'Since then I have run every migration with the team.',
  ])('%s', (answer) => {
    expect(facts(answer), answer).toEqual(NOTHING);
  });
});

describe('more ways of weighing a choice', () => {
  it.each([
    // The speaker concedes what the choice cost.
    ['I kept the paper sign-out sheet, even though it was slower than the tablets.', 'hasCost'],
    ['We chose the regional carrier although it meant a day longer in transit.', 'hasCost'],
    ['I moved the parents evening online, even though it cost us the face-to-face conversations.', 'hasCost'],
    // Someone else's course set against the speaker's.
    ['The client wanted a 20% discount, but I offered a longer free trial.', 'hasAlternative'],
    ['My manager planned to hire two temps, but I proposed cross-training the returns team.', 'hasAlternative'],
    ['The ward manager wanted to cancel the training day, but we decided to split it over two weeks.', 'hasAlternative'],
    // Two courses in one breath.
    ['I had to decide whether to wait for the vendor patch or switch to the backup provider.', 'hasAlternative'],
    ['We could either re-run the whole payroll or correct the 12 wrong payslips by hand.', 'hasAlternative'],
    ['I weighed whether to tell the parents now or after the investigation.', 'hasAlternative'],
    // The course not taken, in a past conditional.
    ['Reconciling by hand cost a day; if we had waited for the fix, the close would have slipped a week.', 'hasAlternative'],
    ["We lost $50K compared to the $1.2M we would have lost if we'd waited for a full debug.", 'hasAlternative'],
    ['If I had closed the store for the refit, we would have lost the Christmas trade.', 'hasAlternative'],
    // Put off by choice.
    ['I moved the stock-take to the next quarter so the team could clear the backlog.', 'hasCost'],
    ['I left the reporting dashboards for later and shipped the billing fix first.', 'hasCost'],
    ['We pushed the new reading scheme to next term.', 'hasCost'],
    // A cost foreseen and taken on.
    ['I went with the cheaper scanners, knowing they would need more maintenance.', 'hasCost'],
    ['I chose the open-plan seating, knowing it would be noisier during tests.', 'hasCost'],
    ['We picked the cheaper fund administrator, knowing that it would take longer to report.', 'hasCost'],
  ] as const)('%s', (answer, fact) => {
    expectFacts(answer, { [fact]: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    // "X, so I chose Y": the clause before "so" is why.
    'The scanners dropped one read in twenty, so I chose to replace them rather than patch the firmware.',
    'Half the class had missed the trip, so I moved the test to Friday instead of Monday.',
    'The fund closed on Friday, so I filed the partial report over waiting for the last statement.',
    // The sentence before, drawn on with "So" or "That's why".
    'The night shift had never used the new pumps. So I ran the first week on the day shift only.',
    "Our biggest client renews in March. That's why I picked a one-year term over the three-year deal.",
    'The old ledger had 40 broken entries. So I rebuilt it instead of patching it.',
    // What the choice bought, said in the next sentence.
    'I went with the slower courier instead of the cheap one. It kept every parcel intact through the peak.',
    'I kept the old timetable for one more term rather than switch mid-year. This avoided a second change for the pupils.',
    'I picked the local supplier over the national one. It was cheaper and could deliver twice a week.',
    // A clause after a colon or semicolon.
    'I chose the manual count over the scanner fix: the vendor needed three weeks.',
    'Instead of a full rewrite, I patched the two worst queries; the rewrite would have taken a quarter.',
    'I cut the reporting screens from the first release: partners needed order sync first.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasReason: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    'I agreed with the head to review the new marking scheme after four weeks.',
    'We scheduled a weekly audit of the controlled-drug register for the first quarter.',
    'We timeboxed the experiment to two weeks.',
    'We set a maximum of 20 orders per picker per hour.',
    'We rolled it out to 10 percent of users behind a feature flag.',
    'We released the new menu to a small group of stores.',
    'I required a second approval for any refund over $500.',
    // Old and new side by side, a small start before the rest, a way back, a margin kept in hand.
    'I kept the old paper rota running alongside the new app for a month.',
    'We ran both ledgers side by side until the totals matched.',
    'I tested the new pick route with five volunteers before the whole team switched.',
    'I started with a single ward and expanded once the falls stayed flat.',
    'I made sure we could undo the price change within an hour.',
    'We built in a buffer of two days before every shipping deadline.',
    // Someone else's eyes on the work.
    'I had my head of department review the new marking scheme before I used it.',
    'I asked a colleague to check every journal I posted that week.',
    'I ran the contract past our legal team before I sent it.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasGuardrail: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    // What could go wrong, next to the guardrail it explains.
    'I ran the new rota on one ward first. If it went wrong, only twelve patients would be affected.',
    'I shipped it to 5% of stores first, so that if anything broke only a few tills were down.',
    'We kept the old supplier on a small contract as a fallback. If something went wrong with the new one, we could switch back in a day.',
  ])('%s', (answer) => {
    expectFacts(answer, { hasGuardrail: true, hasReason: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    // Options that are only named as kinds or labels.
    'We looked at various options and we talked to a lot of stakeholders.',
    'We weighed the options and chose the best one.',
    'I evaluated the alternatives and picked the right approach.',
    'We had three options, weighed the pros and cons, and went with the best one.',
    'I chose option A over option B.',
    // Safeguards named only as kinds.
    'I always put guardrails in place.',
    'We believe in feature flags and canary releases.',
    // Orderings and durations that only look like a scope or a threshold.
    'I sat with the analysts on one desk for the first close.',
    'I moved the exam with the inspection only two weeks away.',
    'I monitored sales closely for 2 weeks.',
    // A lesson, not a weighing done.
    'I learned to balance speed with reliability.',
  ])('%s', (answer) => {
    const f = facts(answer);
    expect(f.hasAlternative || f.hasGuardrail, answer).toBe(false);
  });
});

describe('the criterion on top of the reading', () => {
  it('scores the anchors: one path 0, one piece 2, two pieces 3, all three 4', () => {
    expect(tradeoffs('I decided to add an index on the orders table. Reports went from 30s to 2s.').score).toBe(0);
    expect(tradeoffs('I added retries instead of raising the timeout.').score).toBe(2);
    expect(tradeoffs('I put the change behind a feature flag.').score).toBe(2);
    expect(tradeoffs('I added retries instead of raising the timeout, because a longer timeout would have blocked the batch.').score).toBe(3);
    expect(tradeoffs('I added retries instead of raising the timeout. I shipped it behind a feature flag.').score).toBe(3);
    expect(
      tradeoffs('I added retries instead of raising the timeout, because a longer timeout would have blocked the batch. I shipped it behind a feature flag to one region first.').score,
    ).toBe(4);
  });

  it('lists what it found in the answer\'s own words, with counts that match the list', () => {
    const answer =
      'I could have bought a forecasting tool, but the licence would have taken a quarter to approve, so instead I wrote the scripts myself. I ran them beside the old spreadsheets for one close as a fallback and capped each run at 10,000 rows.';
    const result = tradeoffs(answer);
    expect(result.score).toBe(4);
    expect(result.verdict).toContain('could have bought a forecasting tool');
    for (const match of result.verdict.matchAll(/(\d+) (alternatives?|costs?|reasons?|guardrails?)[^(]*\(([^)]*)\)/g)) {
      const listed = (match[3] ?? '').split('", "').length;
      expect(listed, result.verdict).toBe(Number(match[1]));
    }
    const flat = answer.replace(/\s+/g, ' ');
    for (const q of result.evidence) for (const part of q.split('…').filter((p) => p.trim() !== '')) expect(flat).toContain(part.trim());
  });

  it('asks only for the missing piece', () => {
    expect(tradeoffs('I added retries instead of raising the timeout, because it would have blocked the batch.').tip).toMatch(/risk/i);
    expect(tradeoffs('I shipped it behind a feature flag.').tip).toMatch(/option|cost/i);
    expect(tradeoffs('I added retries instead of raising the timeout. I shipped it behind a flag to one region first.').tip).toMatch(/why/i);
  });

  it('caches one reading per analysis', () => {
    const analysis = analyzeAnswer('I capped the discount at 10%.');
    expect(readTradeoffs(analysis)).toBe(readTradeoffs(analysis));
  });
});

describe('accepting whatever the choice cost', () => {
  it.each([
    "I chose the put walls because they keep paying back, and I accepted that we'd still run the extra shift for one more peak.",
    'I kept the paper forms on the ward and accepted a slower first week while the nurses learned the tablets.',
    'I picked the plain spreadsheet over the paid tool because we could start that day, and I accepted the lost automation.',
  ])('reads a cost accepted in: %s', (answer) => {
    expectFacts(answer, { hasCost: true });
  });

  it.each([
    'I accepted the offer and started at the depot in March.',
    'I accepted the blame in front of the client and fixed the invoice the same day.',
    'The client accepted the proposal after the second call.',
  ])('reads no cost in: %s', (answer) => {
    expectFacts(answer, { hasCost: false });
  });

  it('links "but that would have hurt" to the option it rules out, over a split run-on sentence', () => {
    expectFacts(
      'I could have borrowed 12 pickers from inbound for a weekend blitz at the returns cage, but that would have hurt inbound rates in peak receiving, so I moved 4 people across permanently and re-sequenced returns to grade high-value electronics first.',
      { hasAlternative: true, hasReason: true },
    );
  });
});

describe('the "but" after an option not taken', () => {
  it.each([
    "I could have replied to the parent by email with his son's marks, but I thought a written defence would make things worse, so I asked to meet him in person within two days.",
    'I could have run the whole payroll batch again overnight, but half the branches would have been paid late, so I corrected the 14 broken records by hand.',
    'We could have switched carriers for the island routes, but the new one had no Sunday collections, so I renegotiated our slot with the old one.',
  ])('reads the reason in: %s', (answer) => {
    expectFacts(answer, { hasAlternative: true, hasReason: true });
  });

  it('counts nothing in a list of practices', () => {
    expectFacts('Action: set guardrails, ran a pilot, did a phased rollout with a rollback plan, dove deep on the metrics, disagreed and committed.', NOTHING);
  });
});

describe('pieces a listener hears separately', () => {
  it('scores an option weighed and a cost accepted, with no reason or guardrail, at 3', () => {
    const answer = `A customer's sofa arrived in the wrong fabric because I had typed the wrong code. I weighed a full refund against lending her our showroom model until the right one arrived. I chose the loan plus a 15% refund, which cost the store about £360.`;
    expect(tradeoffs(answer).score).toBe(3);
  });

  it.each([
    'I tested the new slotting on aisle 12 first for one week before I moved all 14 aisles.',
    'I piloted the handover sheet on ward 4 first, then rolled it out to the other five wards.',
    'I trained four interviewers and calibrated on two mock candidates first.',
  ])('reads a trial on one unit as a guardrail: %s', (answer) => {
    expectFacts(answer, { hasGuardrail: true });
  });

  it('reads "and I accepted it" after a cost as the cost accepted', () => {
    expectFacts('That lengthened the hiring loop by a day, which recruiters disliked, and I accepted it.', { hasCost: true });
  });
});

describe('what looks like weighing but is not', () => {
  it.each([
    'The goal was to get more customers to book online instead of calling the branch.',
    'Our aim was for nurses to chart at the bedside rather than at the station at the end of the shift.',
    'I made sure we looked into the complaints instead of ignoring them.',
    'Sometimes that meant pushing back on the team when they wanted to send emails that were not ready.',
    'I had regular check-ins with the store managers and presented the plan at the quarterly review.',
  ])('reads nothing weighed in: %s', (answer) => {
    expectFacts(answer, NOTHING);
  });
});

describe('more ways people say it', () => {
  it.each([
    ['It would have been easier to just buy the commercial software the next lab used, but it was £4,000 a year and only measured length.', { hasAlternative: true, hasReason: true }],
    ['The price of that was some agents keeping two windows open, which they grumbled about.', { hasCost: true }],
    ['The price was £38,000 for reusable cups and washing.', { hasCost: true }],
    ['I chose the quick fix first and queued the reshoot behind it, accepting that the photos would stay a bit misleading for a few weeks.', { hasCost: true }],
    ['I checked the script against 200 roots I had measured by hand before I trusted it.', { hasGuardrail: true }],
    ['I held back on removing the old script until the card had two clean weeks.', { hasGuardrail: true }],
  ] as const)('reads %s', (answer, want) => {
    expectFacts(answer, want);
  });

  it.each(['The price of diesel rose twice that spring.', 'I held back the news until Monday.', 'I checked the rota before the morning huddle.'])(
    'reads no cost and no guardrail in: %s',
    (answer) => {
      expectFacts(answer, { hasCost: false, hasGuardrail: false });
    },
  );
});

describe('names without substance', () => {
  it.each([
    'I chose the new rota because of the trade-off.',
    'So I changed the rota so it came out three weeks in advance instead of a few days.',
    'We lost 2.5 hours instead of a full day and finished the scene list.',
  ])('reads no reason or option weighed in: %s', (answer) => {
    expectFacts(answer, { hasAlternative: false, hasReason: false });
  });

  it('still reads options counted after "instead of"', () => {
    expectFacts('I booked one regional carrier instead of three national ones, because one contract was easier to police.', { hasAlternative: true, hasReason: true });
  });
});

describe('natural ways of weighing and limiting', () => {
  it.each([
    ['Paying for the tests cost about €35 a candidate and stretched onboarding from 3 days to 8.', { hasCost: true }],
    ['I knew that would cost us for a while: she was slower than me at first.', { hasCost: true }],
    ['I set that against the revision hours we were burning and went ahead.', { hasAlternative: true }],
    ["I agreed in writing with the sponsor that if enrolment hadn't moved by 15 points in four weeks, we'd open the new sites.", { hasGuardrail: true }],
  ] as const)('reads %s', (answer, want) => {
    expectFacts(answer, want);
  });

  it('reads no guardrail in a plain condition', () => {
    expectFacts('If the weather held, we would finish the roof by Friday.', { hasGuardrail: false });
  });
});

describe('weighing told around the decision', () => {
  it.each([
    ['To get there I gave up most of my October screening blocks and pushed vision screening to November.', { hasCost: true, hasReason: true }],
    ['Holding back on wide-leg probably left some early full-price sales on the table.', { hasCost: true }],
    ["Some people suggested letting only light vehicles up, but the risk was the wall, not the weight of the vehicles, so that didn't help.", { hasAlternative: true, hasReason: true }],
  ] as const)('reads %s', (answer, want) => {
    expectFacts(answer, want);
  });

  it.each(['To be honest, I was nervous before the first shift.', 'The manager suggested a meeting and we met on Friday.'])('reads nothing weighed in: %s', (answer) => {
    expectFacts(answer, { hasAlternative: false, hasCost: false });
  });
});

describe('readiness to lose, options set side by side, and tripwires agreed in advance', () => {
  it.each([
    ['I was willing to lose a week of sales to get the recall right.', 'hasCost'],
    ['We were prepared to give up the weekend rota to keep the ward covered.', 'hasCost'],
    ['I went with the temporary clamp, knowing it only masks the leak.', 'hasCost'],
    ['I had the option to rebuild the report from scratch, or to fix the two broken joins in it.', 'hasAlternative'],
    [
      'I agreed with the director that if weekly complaints had not dropped below forty by the end of the second month of the trial, we would switch back to the old rota.',
      'hasGuardrail',
    ],
    ['We wrote into the contract that any supplier whose defect rate rose above 2% would be paused at once.', 'hasGuardrail'],
    ['I started with 3 stores in one region before the national rollout.', 'hasGuardrail'],
  ] as const)('%s', (answer, fact) => {
    expectFacts(answer, { [fact]: true });
  });

  it.each([
    'Instead of just talking about the backlog, I sat down with the team and cleared it.',
    'Quality, to me, means doing it right the first time.',
    'During the sale we opened at 7am instead of 8am.',
    'We built a dashboard to give everyone more visibility.',
  ])('reads nothing weighed in: %s', (answer) => {
    expect(facts(answer), answer).toEqual(NOTHING);
  });
});

describe('a choice spelled out, the easy road, limits fixed as rules, and where a cost fell', () => {
  it.each([
    ['Until the engineer came I had a choice: close the loading bay, which would have stopped two deliveries, or keep it open with a marshal.', 'hasAlternative'],
    ['The easy thing would have been to hand the account back to sales, but they had already lost the client once.', 'hasAlternative'],
    ["The obvious move would've been to cancel the exam, but half the class needed the grade for their applications.", 'hasAlternative'],
    ['I kept the old system running, with a hard rule: no refunds over £200 without a second signature.', 'hasGuardrail'],
    ['I set one rule for the new starters, which was that nobody worked a till alone until they had done three supervised shifts.', 'hasGuardrail'],
    ['We agreed a cut-off: any order received after 2pm shipped the next day unless it was marked urgent.', 'hasGuardrail'],
    ['The trade-off landed on the night team, who lost their choice of shifts for a month.', 'hasCost'],
    ['Cutting the second proofread was tempting, but one wrong dose on a label is a recall, so I kept it and moved it earlier.', 'hasAlternative'],
    ['Before rolling the new rota out, I ran it for two weeks on paper and had the shift leads mark every clash.', 'hasGuardrail'],
    ['We placed a test order of 500 units with the new mill before moving the whole range.', 'hasGuardrail'],
    ['I kept one forklift driver on standby for the first two nights.', 'hasGuardrail'],
    ['i looked at buying a booking system, but the quote was £6,000 a year and most clients book the same slot every week.', 'hasAlternative'],
    ['That cut the saving to £40k but kept a second printer qualified and shipping.', 'hasCost'],
    ['Agreed a stop with the head chef up front: food cost above 32% for two weeks, back to the old menu.', 'hasGuardrail'],
    ['I had every label re-checked by a second pharmacist at our own cost, about £900.', 'hasGuardrail'],
    ['I set a rule that any invoice over £5,000 gets a call to the supplier before payment.', 'hasGuardrail'],
    ['I accepted we might lose the evening slot, but I proposed a middle option: run the match with the roof closed.', 'hasAlternative'],
    ['The trade we made was slower picking on the mezzanine for a month.', 'hasCost'],
    ['I set a written rule with the growers: when the river gauge fell below 0.4 metres, we would stop pumping by day.', 'hasGuardrail'],
    ['I fitted a thermometer and agreed with the chef that at 8 degrees or more we would bin the whole tray.', 'hasGuardrail'],
    ['I could fix only the one broken mapping and move on, but then nobody would know whether the other channels had it too.', 'hasAlternative'],
    ['We dropped the seniority rule, which some of the older drivers disliked, to get leads chosen by ability.', 'hasReason'],
    ['Store: 40 staff.\nGuardrail: if shelves were under half by 11am on a Saturday, we went back to one big batch.', 'hasGuardrail'],
    ['I moved the bake to three small batches.\nTrade-off: forty-five extra minutes of oven time a day.', 'hasCost'],
    ['I ran the new rota on one ward, and agreed with the matron in advance that if sickness went up by more than 2 points we would switch back.', 'hasGuardrail'],
    ['I put the new starters on quiet weekdays instead of Saturdays, just so the regulars were not kept waiting at the bar.', 'hasReason'],
  ] as const)('%s', (answer, fact) => {
    expectFacts(answer, { [fact]: true });
    expectNoAskForWhatIsThere(answer);
  });

  it.each([
    'We always followed the rules of the site.',
    'The easy thing about the job was the people.',
    'I had a choice to make and I made it.',
    'So the new rota went live on Monday.',
    'I broke a rule once and learned from it.',
    'I pulled the shipment records for March and matched them to the complaints that came in.',
    'In the audit I found returned parcels were missing from the weekly count.',
    'When the pump failed we acted at once instead of standing around.',
    'It taught me how important it is to double check every dosage.',
    'Before going home, I locked the store room.',
    'I looked at the logs but found nothing unusual.',
    'The report was checked by the auditors last year.',
    'That cut our costs by a third.',
    'Working nights was hard on the team.',
    'We looked at the data in a few ways and compared social with the other channels, with spreadsheets going back and forth.',
    'I now break every drop down by station before I accept any explanation.',
    'I could see the queue growing, but nobody moved.',
    'I could not reach him, but I left a message.',
    'We held design reviews on every ticket and wrote plenty of tests.',
    'Reports were built for the managers and the alert thresholds were reviewed with the vendor.',
  ])('reads nothing weighed in: %s', (answer) => {
    expect(facts(answer), answer).toEqual(NOTHING);
  });
});
