import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles.js';
import { analyzeAnswer } from '../../../src/core/rubric/analysis.js';
import type { PrincipleRef, RubricContext } from '../../../src/core/rubric/criteria/types.js';
import { scoreAnswer } from '../../../src/core/rubric/index.js';
import { bestFitting, principleFit } from '../../../src/core/rubric/principle-fit.js';
import { findSections } from '../../../src/core/rubric/sections.js';

const CONTENT = loadContent();
const BUILT_IN: readonly PrincipleRef[] = PRINCIPLE_IDS.map((id) => ({ id, name: id, signals: [] }));

interface Case {
  principle: PrincipleId;
  story: string;
}

function contextFor(story: string, asked: string | undefined, options: { builtIn?: boolean; questionText?: string } = {}): RubricContext {
  const analysis = analyzeAnswer(story);
  const principles: readonly PrincipleRef[] = options.builtIn === true ? BUILT_IN : CONTENT.principles;
  const context: RubricContext = {
    analysis,
    sections: findSections(analysis),
    asked: principles.find((p) => p.id === asked),
    principles,
    questions: undefined,
    questionText: options.questionText,
  };
  if (options.builtIn !== true) context.questions = CONTENT.questions;
  return context;
}

function expectFits(c: Case, builtIn = false): void {
  const report = principleFit(contextFor(c.story, c.principle, { builtIn }));
  const top = report.ranked.slice(0, 3).map((r) => r.id);
  expect(['strong', 'partial'], `${c.principle}: fit ${report.asked?.fit}, top ${top.join(', ')}`).toContain(report.asked?.fit);
  expect(report.asked?.rank ?? 99, `${c.principle}: top ${top.join(', ')}`).toBeLessThanOrEqual(3);
}

/**
 * Written before the profiles were tuned and not looked at while tuning: one story per principle, each from a
 * different line of work, none naming the principle or its obvious buzzword.
 */
const HELD_ASIDE: Case[] = [
  { principle: 'customer-obsession', story: 'A regular guest at our hotel mentioned at checkout that the breakfast room was too loud for her elderly father. I moved them to a quiet corner table the next morning and asked the kitchen to bring food to the table. Then I read through a year of guest reviews and found that noise at breakfast came up in a dozen of them, so I proposed a quiet section by the window. Review scores for breakfast rose from 3.9 to 4.4 and the guest booked again for the next summer.' },
  { principle: 'ownership', story: 'The loading dock scanners kept failing every night shift, and each team assumed IT would sort it out. It was not my area, I supervise picking, but I logged every failure for a week, found the chargers on one wall were faulty, and chased the facilities team until they were replaced. I also wrote a short handover note so the next supervisor would know who to call. Scanner outages dropped from nine a week to one.' },
  { principle: 'invent-and-simplify', story: 'Month-end reconciliation took our accounts team three days because everyone copied figures between four spreadsheets by hand. I built a single template that pulled the bank export in automatically and flagged only the lines that did not match. The process went from fourteen steps to four, and close now takes one day.' },
  { principle: 'are-right-a-lot', story: "Our head of year wanted to move the maths exams earlier, and most colleagues agreed. I was not sure, so I compared last year's mock results by topic and talked to two teachers at a school that had tried it. The evidence suggested students would miss the statistics unit, so I recommended keeping the date and adding a revision week instead. Pass rates went up by 8 points, and later the other school told us they had reversed their own change." },
  { principle: 'learn-and-be-curious', story: 'I kept losing deals with hospitals and did not understand why. In my own evenings I took a short course on how hospital purchasing committees work and read their published budget cycles. I realised we were pitching in the wrong quarter. I shared what I found with the sales team and we moved our outreach to the planning months; our win rate with hospitals doubled that year.' },
  { principle: 'hire-and-develop-the-best', story: 'A new line cook on my kitchen team was fast but kept plating inconsistently. I paired with him for two weeks of evening services, showed him how I check each plate against the photo card, and gave him honest notes after every shift. I also let him run the pastry station on quiet Tuesdays. Six months later he was promoted to sous chef, and he now trains our new starters.' },
  { principle: 'insist-on-the-highest-standards', story: 'Our release had passed every test, but I noticed the checkout page looked broken on older Android phones. The team wanted to ship anyway because the numbers looked fine. I held the release for a day, fixed the layout, and added those phones to our device test list so the same gap could not slip through again. Since then we have had no layout complaints from those devices.' },
  { principle: 'think-big', story: 'I was asked to fix the volunteer sign-up sheet for one food bank. Instead I proposed a shared scheduling system for all twelve food banks in the region, so volunteers could see every open shift in one place. I sketched the plan, got three directors to pilot it, and then presented the results to the regional board. Within two years all twelve sites used it and volunteer hours grew by 40%.' },
  { principle: 'bias-for-action', story: "During a night shift our ward's infusion pump alarms started failing silently. Waiting for biomedical engineering until morning would have left patients unmonitored for hours. I swapped the affected pumps for spares from the day unit straight away, set up hourly manual checks, and emailed the engineers with the serial numbers. By the time they arrived, every patient was on a working pump and no doses were missed." },
  { principle: 'frugality', story: 'Our science department had no money for new lab kits this year. Instead of cancelling the practical lessons, I collected kitchen supplies from parents, borrowed scales from the food tech room, and rewrote six experiments to use them. We ran every planned practical for under £50 instead of the £1,200 quote.' },
  { principle: 'earn-trust', story: 'I sent a client the wrong tax figure in their quarterly report. When I spotted it two days later, I called them before anyone else noticed, explained exactly what had gone wrong, and sent a corrected report that afternoon. I also showed them the extra check I had added to my process. They stayed with us and later referred two of their partners to our firm.' },
  { principle: 'dive-deep', story: 'Our pick accuracy report showed 99%, yet stores kept reporting missing items. I pulled the raw scan records for a month and went through them line by line. The errors all came from one aisle where two products had nearly identical barcodes, and the report counted a scan of either as correct. We relabelled the shelf and missing-item reports fell by two thirds.' },
  { principle: 'have-backbone-disagree-and-commit', story: 'My director wanted to launch the new billing system before the holiday season. I thought it was too risky and said so in the planning meeting, showing the three failed payment tests from the week before. She heard me out but decided to go ahead. I accepted the decision, spent the next two weeks building a fallback path, and helped the launch go smoothly.' },
  { principle: 'deliver-results', story: 'We had to hand over a new clinic building by the end of March or lose the funding. In January our main electrician went bankrupt. I split the remaining wiring between two smaller firms, reorganised the schedule so inspections ran in parallel, and checked progress with each crew daily. We handed over the building on 28 March, on budget.' },
  { principle: 'strive-to-be-earths-best-employer', story: 'Our night-shift warehouse staff were eating in their cars because the break room closed at 10 pm. I asked the site manager to keep it open, set up a rota of volunteers to stock hot food, and ran a short survey to see what else made nights hard. Within a quarter night-shift turnover fell from 30% to 12% and people told me they felt seen.' },
  { principle: 'success-and-scale-bring-broad-responsibility', story: 'Our delivery app showed customers the exact home address of their courier when the order was late. I realised this exposed couriers to angry strangers, even though no rule forbade it. I changed the map to show only an approximate area, and worked with the legal team to delete the stored addresses we no longer needed. Reports of couriers being harassed at home dropped to zero.' },
];

describe('held aside', () => {
  for (const c of HELD_ASIDE) {
    it(`fits ${c.principle}`, () => expectFits(c));
  }
});

/** Two stories per principle from different trades, none naming the principle or its obvious buzzword. */
const ON_TOPIC: Case[] = [
  { principle: 'customer-obsession', story: 'Our online shop kept getting one-star reviews from people whose parcels arrived after the delivery date we promised. I read every review from the last quarter, called ten of the buyers, and found most lived in rural areas where the courier took two extra days. I changed the checkout to show a realistic date by postcode. Complaints about late parcels fell by 70% and our rating went from 3.6 to 4.3.' },
  { principle: 'customer-obsession', story: 'A bank client asked us to raise his credit limit, but when I looked at his statements he was really struggling with a seasonal cash gap. Instead of the bigger limit, I set up a short seasonal overdraft that matched his quiet months and walked him through it in person. He avoided fees he could not afford and has renewed with us for three years.' },
  { principle: 'ownership', story: 'The shared printer on our ward had been jamming for weeks and everyone said it was the IT team’s job. It was holding up discharge letters, so I called the supplier myself, arranged the repair for the next morning, and wrote up who to contact on the noticeboard. Discharge letters went out on time again and the next fault was fixed in a day.' },
  { principle: 'ownership', story: 'The nightly data export belonged to another team, but it failed three weekends in a row and they were short-staffed. I offered to take it over, rewrote the job so it retried on failure, and stayed on the rota for it until they could hire. It has not failed since, and I handed it back with documentation six months later.' },
  { principle: 'invent-and-simplify', story: 'New teachers at our school had to fill in five different forms to book a room, order supplies and request a cover teacher. I combined them into one short online form that sent each request to the right person automatically. Requests now take two minutes instead of twenty, and the office stopped chasing missing paperwork.' },
  { principle: 'invent-and-simplify', story: 'Pickers in our warehouse walked back to a desk to print every label, which wasted a lot of steps each shift. I came up with the idea of printing labels on the handheld scanners using small belt printers we already used for returns. After a two-week trial, each picker saved about forty minutes a shift and mislabelled parcels dropped by half.' },
  { principle: 'are-right-a-lot', story: 'Our sales director wanted to enter the German market first because it was the biggest. I compared conversion data from our trial customers and spoke to three partners who had sold in both countries, and the numbers pointed to the Netherlands, where our product needed no translation. I recommended starting there and testing Germany later. The Dutch launch broke even in four months, while a competitor who went to Germany first pulled out within a year.' },
  { principle: 'are-right-a-lot', story: 'Two senior nurses disagreed on whether to switch to a new wound dressing. Before deciding, I asked each of them for the strongest case against their own view, checked the trial results, and ran a four-week comparison on two bays. The new dressing healed wounds faster but caused more skin irritation in elderly patients, so I chose it only for younger patients. Healing times improved by a week without any rise in irritation.' },
  { principle: 'learn-and-be-curious', story: 'As an accountant I kept wondering why our month-end numbers from the factory always arrived late. I spent a few afternoons on the factory floor watching how stock was counted and learned the basics of their planning software in my spare time. I found they counted stock twice because two systems disagreed. I suggested a single count and the figures now arrive two days earlier.' },
  { principle: 'learn-and-be-curious', story: 'I had never worked with machine learning, but I wanted to know why our search results felt random. I read two books, took an online class and built a small ranking experiment at home over a month. I then showed the team what I had found, and we tried a simple ranking model on ten percent of traffic, which raised clicks on the first result by 12%.' },
  { principle: 'hire-and-develop-the-best', story: 'A quiet analyst on my team produced excellent work but never spoke in client meetings. I asked her to present one slide at each meeting, rehearsed with her beforehand, and gave her specific notes afterwards. Within six months she was leading client calls on her own, and she was promoted to senior analyst that year.' },
  { principle: 'hire-and-develop-the-best', story: 'Our store kept hiring cashiers who left within a month. I rewrote the job advert to describe the real shifts, added a short paid trial shift to the interview, and set up a buddy for each new cashier for their first two weeks. Staff who joined after the change stayed three times longer, and two of them are now shift leads.' },
  { principle: 'insist-on-the-highest-standards', story: 'Our kitchen passed its hygiene inspection, but I noticed fridge temperatures were written down from memory at the end of the day. I introduced a rule that readings were taken at opening and at lunch, with a simple sign-off sheet, and I checked the sheets every week myself. Two months later we found and replaced a failing fridge before any food was lost, and our next inspection rating went up to the top grade.' },
  { principle: 'insist-on-the-highest-standards', story: 'A colleague’s audit report was ready to send, but two of the sample totals did not match the ledger. Everyone said the difference was too small to matter. I sent it back, we re-ran the samples and found a formula error that affected four other reports. I then added a reconciliation step to our review template so that kind of error is caught before sign-off.' },
  { principle: 'think-big', story: 'I was asked to update the induction slides for our hospital’s new nurses. I saw that every hospital in the trust ran its own induction, so I proposed one shared programme with online modules and a common skills passport. I won the backing of the chief nurse, ran a pilot at two sites, and within eighteen months all seven hospitals used it, cutting induction time from two weeks to one.' },
  { principle: 'think-big', story: 'Our team built a tool to check one product’s prices against competitors. I argued that the same approach could price every category in the company and wrote a proposal for a pricing platform. Leadership funded it, and over two years it expanded from one category to forty, adding about 3% to gross margin across the business.' },
  { principle: 'bias-for-action', story: 'An hour before a wedding reception, the venue’s dishwasher broke down. Waiting for the repair engineer would have meant no clean plates for the main course, so I immediately rented disposable tableware from a supplier nearby, moved two staff to hand-wash glasses, and told the couple’s planner what we were doing. The meal went out on time and the engineer fixed the machine the next morning.' },
  { principle: 'bias-for-action', story: 'Our payment page started failing for a small share of users on a Friday evening. Rather than wait for Monday’s review, I rolled back the morning’s release within twenty minutes, because it was easy to undo, and posted what I had done in the team channel. Failures stopped at once, and on Monday we found and fixed the bug properly.' },
  { principle: 'frugality', story: 'Our charity needed a new donor database, and the quotes we got were around £40,000. I set up a free open-source system on a spare laptop, moved the records over with a volunteer, and trained staff myself. We spent less than £500 in total and the budget went to our food programme instead.' },
  { principle: 'frugality', story: 'Our cloud bill kept growing each month. I listed every server and storage bucket, switched off test machines at night, and moved old backups to cheaper archive storage. We cut the bill by 35%, about $9,000 a month, without buying anything new or slowing the product down.' },
  { principle: 'earn-trust', story: 'I had told a customer their order would ship on Monday, but I had misread the stock report and it would take another week. I rang them that same morning, admitted the mistake was mine, offered a partial delivery from another warehouse and gave them my direct number. They kept the order and later told my manager they appreciated the honesty.' },
  { principle: 'earn-trust', story: 'When I joined as head of maths, the other teachers were wary because my predecessor had changed things without asking them. I spent my first month sitting in on their lessons and asking what got in their way, and I was open about which changes I wanted and why. I only made the changes they agreed with first, and by the end of the year they were bringing problems to me before they grew.' },
  { principle: 'dive-deep', story: 'Our call centre’s average handling time looked fine, but customers kept saying they waited ages. I pulled the individual call records instead of the weekly average and found that a few very short calls hid a long tail of calls over forty minutes, all routed to one queue with the wrong skill setting. Fixing the routing cut the longest waits by 60%.' },
  { principle: 'dive-deep', story: 'Refunds at one of our stores were twice the regional rate, but the store manager said it was just a busy branch. I went through three months of receipts and matched each refund to the original sale. Most refunds had no matching purchase and were all processed at one till late in the evening. It turned out to be a fraud pattern, and once it stopped, refunds returned to normal.' },
  { principle: 'have-backbone-disagree-and-commit', story: 'Our headteacher wanted to scrap homework for the youngest years. I believed it would hurt reading, so I brought our reading scores and a short summary of the research to the staff meeting and made the case for keeping reading at home. The head listened but kept the decision. I supported it fully, designed a reading club at school to fill the gap, and reading levels held steady that year.' },
  { principle: 'have-backbone-disagree-and-commit', story: 'A senior partner wanted to win a client by cutting our audit fee below cost. I objected in the partners’ meeting and showed that the work would take twice the hours priced in. He pushed for it anyway, but after I laid out the numbers the other partners agreed to a smaller discount tied to a two-year contract. We won the client and the engagement made a profit.' },
  { principle: 'deliver-results', story: 'We had eight weeks to open a new distribution centre before the holiday peak. Two weeks in, the racking supplier went out of business. I found a second supplier, split the installation into zones so picking could start in the finished areas, and ran a short stand-up with each contractor every morning. We opened on the planned date and shipped 120,000 orders in the first month, 10% over target.' },
  { principle: 'deliver-results', story: 'Our sales team was 30% behind its annual target in September after our best rep left. I narrowed our focus to the forty accounts most likely to renew, dropped two low-value campaigns, and personally ran the largest renewals. We finished the year at 104% of target.' },
  { principle: 'strive-to-be-earths-best-employer', story: 'On our support team the same three people always ended up with the weekend cover because they never said no. I made the weekend rota visible to everyone, shared it out evenly, and added a day off in lieu after each weekend. Complaints about unfair shifts stopped and nobody left the team that year.' },
  { principle: 'strive-to-be-earths-best-employer', story: 'A new colleague who uses a wheelchair could not reach half of our lab benches. I raised it with facilities, arranged two height-adjustable benches, and changed the team’s seating plan so she sat with the people she worked with most. She told me it was the first job where she felt part of the team, and she is still with us two years later.' },
  { principle: 'success-and-scale-bring-broad-responsibility', story: 'Our online shop’s checkout could not be used with a screen reader, so blind shoppers could not finish an order. Nobody had asked for it, but I added proper labels to every field, made the page work with a keyboard alone and tested it with a group of blind users. Orders from assistive technology users tripled and we published our accessibility guidelines for other teams.' },
  { principle: 'success-and-scale-bring-broad-responsibility', story: 'Our warehouse threw away thousands of plastic pallet wraps each week. I worked with a local recycler to collect them, switched to reusable straps for internal moves, and shared the approach with the other sites in our region. We cut plastic waste by eighteen tonnes a year and the recycler now serves two other companies nearby.' },
];

describe('on-topic stories fit the principle asked', () => {
  for (const c of ON_TOPIC) {
    it(`${c.principle}: ${c.story.slice(0, 40)}`, () => expectFits(c));
  }
});

describe('off-topic stories', () => {
  const accessibility =
    'People with poor eyesight could not use our council’s form for booking bulky waste collections: the text was tiny, the buttons were low-contrast images and nothing worked with a screen reader. Nobody required us to fix it, but I rebuilt the form with large text, real buttons and labels, and tested it with residents from the local sight-loss charity. Phone bookings from people who could not manage the form fell by half, and the council adopted the same checks for every new form.';
  const costCutting =
    'Our marketing budget was cut by a quarter halfway through the year. I reviewed every line of spend, cancelled three software subscriptions nobody used, moved our printing to a cheaper supplier and renegotiated the agency retainer. We saved £60,000 and still ran every planned campaign.';

  it('an accessibility story asked as Hire and Develop the Best fits weakly and reads as Success and Scale', () => {
    const report = principleFit(contextFor(accessibility, 'hire-and-develop-the-best'));
    expect(report.asked?.fit).toBe('weak');
    expect(report.ranked[0]?.id).toBe('success-and-scale-bring-broad-responsibility');
  });

  it('a cost-cutting story asked as Customer Obsession is not its best fit', () => {
    const report = principleFit(contextFor(costCutting, 'customer-obsession'));
    expect(['weak', 'partial']).toContain(report.asked?.fit);
    expect(report.asked?.rank).toBeGreaterThan(1);
    expect(report.ranked[0]?.id).toBe('frugality');
  });

  it('names only the principles that fit, best first', () => {
    const report = principleFit(contextFor(costCutting, undefined));
    expect(report.asked).toBeUndefined();
    const best = bestFitting(report);
    expect(best[0]).toEqual({ id: 'frugality', fit: 'strong' });
    expect(best.length).toBeLessThanOrEqual(3);
    expect(best.every((b) => b.fit !== 'weak')).toBe(true);
  });
});

describe('the question asked', () => {
  const checkout =
    'Shoppers who rely on screen readers could not get through our checkout: the card fields had no labels and the pay button was an unlabelled icon. I added labels and keyboard focus to every step and asked two blind testers to try it. Completed orders from those shoppers went from almost none to the same rate as everyone else.';

  it('a story about screen-reader users who could not check out fits the accessibility question strongly', () => {
    const questionText = 'Tell me about a time you made something more accessible to people who had been left out.';
    const report = principleFit(contextFor(checkout, 'success-and-scale-bring-broad-responsibility', { questionText }));
    expect(report.asked?.fit).toBe('strong');
    expect(report.asked?.rank).toBe(1);
  });

  it('words shared with the question raise the asked principle', () => {
    const story = 'I rang the supplier that afternoon, told them our forecast had been wrong, and offered to pay for the extra storage. They agreed and the next order went through as usual.';
    const without = principleFit(contextFor(story, 'earn-trust'));
    const withQuestion = principleFit(contextFor(story, 'earn-trust', { questionText: 'Tell me about a time you had to tell a supplier your forecast was wrong.' }));
    expect(withQuestion.asked?.similarity ?? 0).toBeGreaterThan(without.asked?.similarity ?? 0);
  });

  it('does not count naming a principle as showing it', () => {
    const report = principleFit(contextFor('I always dive deep, I love to dive deep and I dove deep on this one. It was fixed.', 'dive-deep'));
    expect(report.asked?.fit).toBe('weak');
  });

  it('works without a content file, on our profiles alone', () => {
    const report = principleFit(contextFor(checkout, 'success-and-scale-bring-broad-responsibility', { builtIn: true }));
    expect(report.asked?.rank).toBe(1);
    expect(report.asked?.sentences[0]).toBe(0);
  });
});

describe('on-topic stories without a content file', () => {
  for (const c of ON_TOPIC) {
    it(`${c.principle}: ${c.story.slice(0, 40)}`, () => expectFits(c, true));
  }
});

describe('alignment criterion', () => {
  const story = (principle: PrincipleId, n = 0) => ON_TOPIC.filter((c) => c.principle === principle)[n]?.story ?? '';
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('says a story fits well and quotes the sentences that show it', () => {
    const answer = story('earn-trust');
    const result = scoreAnswer(answer, { principle: 'earn-trust', content: CONTENT });
    expect(result.criteria.alignment.score).toBeGreaterThanOrEqual(3);
    expect(result.criteria.alignment.verdict).toMatch(/^Fits Earn Trust well/);
    expect(result.criteria.alignment.evidence.some((q) => q.includes('admitted the mistake was mine'))).toBe(true);
    for (const q of result.criteria.alignment.evidence) expect(flat(answer)).toContain(q);
    expect(result.principle.fit).toBe('strong');
  });

  it('names what a weakly fitting story reads as and quotes that instead', () => {
    const answer = story('success-and-scale-bring-broad-responsibility');
    const result = scoreAnswer(answer, { principle: 'hire-and-develop-the-best', content: CONTENT });
    expect(result.criteria.alignment.score).toBeLessThanOrEqual(1);
    expect(result.criteria.alignment.verdict).toContain('reads as Success and Scale Bring Broad Responsibility');
    expect(result.criteria.alignment.evidence.length).toBeGreaterThan(0);
    expect(result.criteria.alignment.tip).toContain('Use this story for Success and Scale');
  });

  it('reports the best-fitting principles as detected', () => {
    const result = scoreAnswer(story('frugality'), { principle: 'frugality', content: CONTENT });
    expect(result.principle.detected[0]).toBe('frugality');
  });
});

/** The families the signal-word count missed, each in several paraphrases from different trades. */
const FAMILIES: Case[] = [
  { principle: 'earn-trust', story: 'I quoted a landscaping client the wrong price for the paving, about £800 too low. I went round to her house the next day, showed her where my calculation had gone wrong and said I would honour half of the difference myself. She thanked me for being straight with her and hired us again the following spring.' },
  { principle: 'earn-trust', story: 'Our release broke the export feature for one of our biggest customers, and it was a change I had approved. I wrote to their operations lead that afternoon, said plainly that the fault was ours and mine, explained what we were doing to fix it and sent daily updates until it was done. They renewed the contract at the end of the year.' },
  { principle: 'ownership', story: 'Returns processing was officially the customer service team’s job, but boxes had piled up in our corner of the warehouse for three weeks. I took the backlog on with two people from my shift, sorted every box in four days and agreed a weekly pickup with customer service so it would not build up again.' },
  { principle: 'ownership', story: 'The school’s parent newsletter had no editor after the deputy head left, and it simply stopped going out. Although I teach science, I picked it up, gathered news from each department and sent it every fortnight for the rest of the year, then trained a teaching assistant to run it.' },
  { principle: 'strive-to-be-earths-best-employer', story: 'In our restaurant the newest staff always got the closing shifts and never a Saturday off. I changed how we built the schedule so that closing and weekends rotated evenly, and anyone could request one weekend a month. Staff leaving in their first three months dropped from six to one over the next half year.' },
  { principle: 'strive-to-be-earths-best-employer', story: 'On our ward the same two nurses were always asked to cover sickness because they lived nearby. I set up a fair cover list that everyone signed up to in turn and made sure nobody covered more than two extra shifts a month. Both of them told me they were no longer dreading their phone ringing.' },
  { principle: 'success-and-scale-bring-broad-responsibility', story: 'Deaf customers could not use our booking line because it was phone only. I added a text chat option and captions to our help videos, and asked a local deaf charity to test them. Bookings from deaf customers went from almost none to about forty a month.' },
  { principle: 'success-and-scale-bring-broad-responsibility', story: 'Our ticket machines were too high for wheelchair users and had no audio option. I pushed for lower screens and a headphone socket with spoken instructions at our three busiest stations, and worked with a disability group to check them. Complaints about the machines fell sharply and the design became the standard for new stations.' },
];

describe('families the signal-word count missed', () => {
  for (const c of FAMILIES) {
    it(`${c.principle}: ${c.story.slice(0, 40)}`, () => expectFits(c));
  }
});

describe('common ways of telling a principle without its name', () => {
  const content = loadContent();
  const similarityTo = (answer: string, id: PrincipleId): number => {
    const analysis = analyzeAnswer(answer);
    const asked = content.principles.find((p) => p.id === id) as PrincipleRef;
    return principleFit({ analysis, asked, principles: content.principles, questionText: undefined }).asked?.similarity ?? 0;
  };
  const STORY = 'I run the front desk at a dental practice. The sterilisation log {}. I set up a sign-off sheet by the autoclave. The next inspection found no gaps, against four the year before.';

  it.each([
    ['ownership', 'was not my scope, and everyone assumed the manager had it', 'was kept in the back office by the manager'],
    ['hire-and-develop-the-best', 'was new to Priya, so I worked alongside her and coached her until she stepped up', 'was new to Priya, so I sat in the office and wrote the plan until it was ready'],
    ['earn-trust', 'was my job and I got it wrong, so I put my hands up and said sorry to the dentist', 'was my job and I filled it in, so I put it on the shelf and showed it to the dentist'],
    ['are-right-a-lot', 'had conflicting entries and I did not trust the totals, so I went with my judgement', 'had many entries and I looked at the totals, so I went with the binder'],
  ] as const)('%s: the phrase counts toward the principle', (id, phrased, plain) => {
    expect(similarityTo(STORY.replace('{}', phrased), id)).toBeGreaterThan(similarityTo(STORY.replace('{}', plain), id));
  });
});
