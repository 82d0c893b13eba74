import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { readTemplate } from '../../src/core/rubric/template-check.js';
import { findSections } from '../../src/core/rubric/sections.js';
import { readTradeoffs, type TradeoffReading } from '../../src/core/rubric/tradeoff-reading.js';
import { tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v2 (issue 9): trade-off phrasings that everyday answers use and the reading missed, and the false positives
 * found on answers it had never seen. Every sentence here was written for these tests, in trades other than the suite
 * answer that showed the gap, and each family is shown in at least two of them.
 */
type Kind = keyof TradeoffReading;
const read = (answer: string): TradeoffReading => readTradeoffs(analyzeAnswer(answer));
const has = (answer: string, kind: Kind): boolean => read(answer)[kind].length > 0;

/** A neutral opening so a rule that looks at the story's first sentences sees the sentence under test later on. */
const OPENING = 'I run the dispatch desk at a regional bus depot. In March our main garage flooded. ';
const { expectKind, expectNoKind } = tradeoffExpectations('');

describe('costs told as consequences of the course chosen', () => {
  it('a foreseen cost: "would cost" with who pays or how much', () => {
    expectKind('costs', [
      'The extra night crew would cost us about £4,000 a month, so I agreed it with the finance director first.',
      'Moving the audit forward would cost the team two weekends, and I told them that before I asked.',
    ]);
  });

  it('a foreseen loss: "would lose" something', () => {
    expectKind('costs', [
      'Sales would lose the Friday promotion slot for a month, and I took that to the commercial lead myself.',
      "If we paused intake, we'd lose a week of referrals, which I accepted to clear the backlog safely.",
    ]);
  });

  it('a loss counted after the story has begun, "we lost about £900"', () => {
    expectKind('costs', [
      `${OPENING}I cancelled the two charter runs. We lost about £1,200 in fares that weekend.`,
      `${OPENING}I sent the crews home at noon. I lost three hours of overtime I had already promised them.`,
    ]);
    expectNoKind('costs', [`${OPENING}I rerouted the buses through the ring road. We lost track of two drivers for an hour.`]);
  });

  it('"meant" followed by someone else bearing it', () => {
    expectKind('costs', [
      'The new rota meant the senior nurses had to give up their fixed weekends.',
      'Switching suppliers meant that the kitchen had to rewrite four recipes in a week.',
    ]);
  });

  it('"which slowed us down", "which added two days", "it made X slower"', () => {
    expectKind('costs', [
      'I moved every order through the second check, which slowed us down for about a fortnight.',
      'We re-tested every sample by hand, which added two days to each batch.',
      'I insisted on a second signature for every refund. It made closing the till slower.',
    ]);
    // "which" must point back at what the speaker did, not at whatever went wrong around them.
    expectNoKind('costs', ['The supplier kept shipping late all year, which made everything harder for the buyers.']);
  });

  it('own work put off with the particle after its object: "pushed the audit back a month"', () => {
    expectKind('costs', [
      'That took two of my engineers for six weeks, so I pushed our own roadmap work back a quarter.',
      'I moved the stock take for the second warehouse out to May so the team could cover the launch.',
    ]);
    expectNoKind('costs', ['The client pushed the meeting with our sales team back.']);
  });

  it('a comparative cost a few words after "which made"', () => {
    expectKind('costs', [
      'I routed every parcel through the scanner twice, which made the average dispatch about 90 seconds slower.',
      'We added a second signature on every prescription, which made the morning round roughly ten minutes longer.',
    ]);
  });

  it('a course that "had a price" or "came at a cost"', () => {
    expectKind('costs', [
      'Telling the parents first had a price: the head teacher felt bypassed and said so.',
      'Keeping the branch open late came at a cost, because two of my tellers had to stay until eight.',
    ]);
    expectNoKind('costs', ['The refurbishment had a cost of £2m, paid from the capital budget.']);
  });

  it('a measured delay right after a decision of the speaker\'s', () => {
    expectKind('costs', [
      'I decided to re-inspect every weld on the bridge joint. The handover was delayed by 3 days.',
      'I chose to re-run the whole payroll batch rather than patch it. Salaries went out 2 days late.',
    ]);
    expectNoKind('costs', ['The shipment from the port was delayed 3 days by a strike. I called the customers.']);
  });
});

describe('options set against each other', () => {
  it('a counter-offer: "offered a way through", "proposed a way forward"', () => {
    expectKind('alternatives', [
      'She wanted the whole campaign pulled. I offered a way through: run it in two regions and hold the rest.',
      'The client was ready to walk, so I proposed a way forward, a smaller first phase at the same day rate.',
    ]);
    expectNoKind('alternatives', ['I found a way around the firewall rule by using the approved proxy.']);
  });

  it('two courses put to someone else: "asked for either ... or ..."', () => {
    expectKind('alternatives', [
      'I asked the landlord for either a rent holiday or a shorter lease.',
      'I proposed either a phased move or a weekend cut-over to the board.',
    ]);
  });

  it('waiting weighed and ruled out: "we could not wait", "I couldn\'t wait that long"', () => {
    expectKind('alternatives', [
      'The replacement pump was six weeks out and we could not wait that long, so I hired a temporary unit.',
      "The new booking system was a year away. I couldn't wait with patients missing appointments, so I built a text reminder.",
    ]);
  });
});

describe('reasons and guardrails', () => {
  it('an argument made just before the choice it explains', () => {
    const answers = [
      'I made the case to the partners that a missed filing would cost us the client. We hired a contract paralegal for the month, which cost £6,000.',
      'I argued that the roof would not survive another winter. We closed the east wing for the repair, which cost us forty beds for six weeks.',
    ];
    for (const answer of answers) {
      const reading = read(answer);
      expect(reading.costs.length, answer).toBeGreaterThan(0);
      expect(reading.reasons.length, answer).toBeGreaterThan(0);
    }
  });

  it('a trial the speaker agreed or arranged', () => {
    expectKind('guardrails', [
      'So I agreed a three-month trial on the weekend shift with the union rep.',
      'I arranged a two-week trial with one courier before moving every route.',
    ]);
  });

  it('a share of the work checked: "spot-checks one in ten", "reviewed 5% of"', () => {
    expectKind('guardrails', [
      'A senior underwriter spot-checks one in ten of the renewals the juniors sign off.',
      'For the first quarter I had a supervisor review 5% of the closed claims every week.',
    ]);
  });

  it('a contract clause or covenant that binds the other side', () => {
    expectKind('guardrails', [
      'I recommended we lend £400k with a covenant that lets us review the facility if their order book halves.',
      'We signed, but I got a clause requiring the caterer to refund any event they could not staff.',
      'I added a clause to the cleaning contract that lets us end it after any failed hygiene audit.',
    ]);
  });

  it('a floor or minimum set, and a check that goes with a change', () => {
    expectKind('guardrails', [
      'I set a minimum of two trained staff on every shift while the new tills went in.',
      'We cut the stock order by route history, with a floor of 70% of the usual order.',
      'I changed the picking route first, with a check of every tenth order for a month.',
    ]);
  });

  it('a risk named under a heading, then what was done about it', () => {
    const answer = 'Risk: a full flight with no meals left. So I set aside 20 spare trays at each base.';
    expect(has(answer, 'risks'), answer).toBe(true);
    expect(has(answer, 'guardrails'), answer).toBe(true);
  });
});

describe('false positives found on unseen answers', () => {
  it('a bullet where others did something instead is not the speaker\'s option', () => {
    expectNoKind('alternatives', [
      '• bookings fell 20% and families were going to the leisure centre instead',
      '• most of the drivers kept paper logs instead',
    ]);
    // A bullet that drops its subject is still the speaker's note of a choice.
    expectKind('alternatives', ['• switched the Friday run to the regional courier instead']);
  });

  it('"instead of twice a week" is how often, not an option', () => {
    expectNoKind('alternatives', [
      'The hospital asked us to collect samples every evening instead of twice a week.',
      'The board wanted reports monthly rather than once a quarter.',
    ]);
  });

  it('"in words instead of tables" is the form something took', () => {
    expectNoKind('alternatives', [
      'I sent the parents a summary in words instead of tables.',
      'I gave the crew the plan by phone rather than email.',
    ]);
  });

  it('explaining a risk to someone is not weighing one', () => {
    const answers = [
      'I explained the risk to the tenant in plain language and showed her the letter.',
      'I told the driver about the risk of the low bridge on the new route.',
    ];
    for (const answer of answers) expect(read(answer).risks.length + read(answer).reasons.length, answer).toBe(0);
  });

  it('a task given to the speaker is not someone else\'s preferred option', () => {
    expectNoKind('alternatives', [
      'I was asked to reorder the reagent, but I wanted to know why it was failing first.',
      'I was told to refund the customer, but I checked the order history before I did.',
    ]);
  });

  it('"many delays" are things that happened, not something given up', () => {
    expectNoKind('costs', [
      'Our office had many delays with housing applications last year.',
      'There were several cuts to the grant over the decade.',
    ]);
  });
});

describe('templates and keyword lists', () => {
  const template = (answer: string): boolean => {
    const analysis = analyzeAnswer(answer);
    return readTemplate(analysis, findSections(analysis)).isTemplate;
  };

  it('"XXX" placeholders make a template, and the template holds trade-offs to 1', () => {
    const answers = [
      'At XXX I led the XXX project. I chose XXX instead of XXX because it was cheaper, even though it cost XXX. Sales went up by XX% and I learned XXX.',
      'When I was a XXX at XXX, our XXX was failing. I spoke to XXX, weighed XXX against XXX, and after X weeks XXX improved by XX%. Now I always XXX.',
    ];
    for (const answer of answers) {
      expect(template(answer), answer).toBe(true);
      expect(scoreAnswer(answer).criteria.tradeoffs.score, answer).toBeLessThanOrEqual(1);
    }
  });

  it('four principles named in a short answer make a keyword list', () => {
    const answers = [
      'bottom line: customer obsessed, bias for action, dove deep into the numbers, earned trust with the board, delivered results at scale and thought big about next year.',
      'My approach: think big, dive deep, disagree and commit, and raise the bar. I owned it end to end and delivered results, 30% better, with a pilot and a rollback.',
    ];
    for (const answer of answers) expect(template(answer), answer).toBe(true);
  });

  it('a real story that names a principle or two is not a template', () => {
    const answer =
      'I run the returns desk at an outdoor gear shop in Leeds. In May, 140 tents came back with broken poles. I pulled the returns log and found all of them came from one batch, so I called the supplier, who replaced the batch at their cost. I think that was me trying to dive deep and earn trust with the customers. Returns for tents fell from 9% to 2% that summer.';
    expect(template(answer)).toBe(false);
  });
});
