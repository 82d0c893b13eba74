import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/core/principles.js';
import { expectPhraseCounts, fitOf } from './rubric-helpers.js';

/**
 * Rubric v2 (issue 9): ways of telling a principle without its signal words that the fit missed on answers it had
 * never seen. Each family is shown twice, in trades other than the suite answer that showed the gap: the same story
 * with the phrase fits the principle better than with a plain phrase in its place, and a whole story told that way
 * ranks the principle among its best three.
 */

function expectAmongBest(id: PrincipleId, story: string): void {
  const fit = fitOf(story, id);
  expect(['strong', 'partial'], `${id}: ${fit?.fit} ${fit?.similarity.toFixed(2)} rank ${fit?.rank}`).toContain(fit?.fit);
  expect(fit?.rank ?? 99, `${id}: rank`).toBeLessThanOrEqual(3);
}

describe('standing firm told without "disagree" or "pushed back"', () => {
  const id = 'have-backbone-disagree-and-commit';
  it.each([
    [
      'I am the site engineer on a school extension. The contractor wanted to pour the slab on Friday. {} and we poured on Monday after the cube tests came back.',
      "I told him I wouldn't sign the pour sheet until the rebar was re-tied. He was not happy",
      'I told him the pour sheet was ready for the rebar to be re-tied. He was on site',
    ],
    [
      'I manage the accounts payable team at a hotel group. Our CFO wanted to pay a new supplier without the usual bank check. {} and we paid the next week once the bank had confirmed.',
      'I refused to release the payment and said no in the meeting. She was frustrated',
      'I prepared the payment and showed it in the meeting. She was busy',
    ],
  ])('the refusal and the other side\'s displeasure count: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));

  it('a whole story told that way fits', () => {
    expectAmongBest(
      id,
      "I'm the charge nurse on a surgical ward. Our matron wanted us to take two extra post-op patients on a night with one nurse off sick. I told her I wouldn't accept them with the staff we had, and showed her the acuity scores. She was frustrated and said the theatre list mattered more. I offered a way through: one patient that night and the second in the morning once the day staff arrived. She accepted that. Both patients were settled without incident, and the ward has had a staffing check before every transfer since.",
    );
  });
});

describe('the people served, named by their role and gone to in person', () => {
  const id = 'customer-obsession';
  it.each([
    [
      'I manage the phone line at a GP surgery. {}. I set up call-backs, and morning calls dropped by 40%.',
      'Patients were waiting at 8am, so I asked them what they needed',
      'Patients were there at 8am, so I asked the doctors what was needed',
    ],
    [
      'I run the ticket office at a ferry port. {}. We moved the ticket checks into the car queue.',
      'Passengers waiting in the rain said the booth was slow, and I talked to the people in the queue',
      'Engineers working in the rain said the booth was slow, and I talked to the foreman in the yard',
    ],
  ])('waiting and hearing them out count: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('a recurring task made shorter', () => {
  const id = 'invent-and-simplify';
  it.each([
    [
      'I work in payroll for a care provider. {}, and the team now closes the month a day earlier.',
      'Checking timesheets went from 90 minutes to 10 after I wrote a script',
      'Checking timesheets went on for 90 minutes at 10 after I wrote a script',
    ],
    [
      'I am a lab technician at a water utility. {}, so we test more samples each week.',
      'Logging a sample took 12 minutes by hand, and now takes 2 with my barcode template',
      'Logging a sample took place at 12 by the window, and now goes to 2 people with my barcode template',
    ],
  ])('the duration cut counts: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('waste found and stopped', () => {
  const id = 'frugality';
  it.each([
    [
      'I run the kitchen at a university canteen. {}. I now order by the week\'s timetable.',
      'A fifth of the cooked rice went in the bin every day, so I cut the batch size and used what we already had',
      'A fifth of the students ate rice every day, so I changed the menu and used what was popular',
    ],
    [
      'I manage print services at a council. {}. The saving paid for a new scanner.',
      'Half the leaflets were thrown away unread, so I printed to order with no new equipment',
      'Half the leaflets were handed out at events, so I printed more with the usual equipment',
    ],
  ])('waste and reuse count: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('one person\'s growth told in the third person', () => {
  const id = 'hire-and-develop-the-best';
  it.each([
    [
      'I supervise a call centre team of 12. One agent, Dev, wanted to do quality checks. {}.',
      "I reviewed him every fortnight; he got the analyst job, and he's now training analysts of his own",
      'I reviewed the scores every fortnight; the analyst job was filled, and the team is now training analysts',
    ],
    [
      'I lead a small veterinary practice. Our receptionist, Ana, wanted to become a nurse. {}.',
      "I arranged a rotation so she was running the recovery room on Fridays; she's now a qualified nurse",
      'I arranged the rota so the recovery room was open on Fridays; the practice now has a qualified nurse',
    ],
  ])('the mentee\'s progress counts: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('a call tested before it was trusted', () => {
  const id = 'are-right-a-lot';
  it.each([
    [
      'I plan stock for a garden centre chain. My manager wanted to double the barbecue order after a hot spring. {}, and we kept the order flat.',
      "To be sure I wasn't wrong, I ran both forecasts by store",
      'To be sure I was in the loop, I read the forecasts by store',
    ],
    [
      'I am a claims analyst at an insurer. The committee wanted to raise excesses for all flood policies. {}, and only those areas changed.',
      "I wasn't convinced, so to be sure I wasn't wrong I ran both pricing models on last year's claims",
      "I was on leave, so to keep the file I was sent I read the pricing models on last year's claims",
    ],
  ])('testing the call counts: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('the date held, told as the time given and the day it was met', () => {
  const id = 'deliver-results';
  it.each([
    [
      'I coordinate fit-outs for a gym chain. {}, despite the electrician pulling out in week two.',
      'We were given 6 weeks to open the new site, and it went live a week early',
      'We were given a new site to look after, and it was painted blue',
    ],
    [
      'I run exams at a sixth-form college. {}, even with two invigilators off sick.',
      'The board gave us 10 days to re-sit 300 papers, and every result was in before the deadline',
      'The board gave us a list of 300 papers, and every result was in the system',
    ],
  ])('the date met counts: %#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

/** Whole stories told in each family's way, in trades the suite answers did not use: the principle is among the best three. */
const STORIES: Array<[PrincipleId, string]> = [
  [
    'have-backbone-disagree-and-commit',
    'I was the lead auditor on a charity\'s annual accounts. The finance director wanted us to sign with a grant of £80,000 booked as income, though the money had not arrived. I told her I wouldn\'t sign the accounts with it in, and why, with the grant letter marked up. She was not happy and said the trustees\' meeting mattered more. I offered a way through: sign on time with the grant shown as a note, and book it in the next year. She accepted that. The accounts were filed on time and the regulator raised no queries.',
  ],
  [
    'customer-obsession',
    'I run a dental practice\'s front desk. Patients were waiting up to 25 minutes past their slot, and several wrote that nobody told them why. I sat in the waiting room for three mornings and asked them what would help. Most said they would rather know than wait in silence, so I set up a text that tells each patient if their dentist is running late. Complaints about waiting fell from 14 a month to 3, and patients started rebooking from the text.',
  ],
  [
    'customer-obsession',
    'I planned timetables for a commuter rail line. Passengers waiting at the two rural stations told our survey team the 7:10 was always full by the time it reached them. I rode the train for a week and talked to the people on it: most were nurses heading for a 7:45 shift. I moved one carriage from the empty 9:10 to the 7:10. Complaints from those stations dropped by half and nobody on the 9:10 noticed.',
  ],
  [
    'invent-and-simplify',
    'I work in accounts at a building supplier. Matching delivery notes to invoices took 3 hours a day by hand, reading both and ticking them off. I wrote a small script that reads the supplier\'s invoice file and the scanned notes and lists only the lines that differ. Matching went from 3 hours to 15 minutes a day, and we stopped paying for two or three missing deliveries a month.',
  ],
  [
    'frugality',
    'I manage a community theatre with no paid set builders. Each production we built sets from new timber and threw away about £2,000 of wood after the run. For the spring show I designed the set from flats we already had in storage, borrowed two platforms from the school next door, and paid only for paint. The set cost £340 instead of £2,300, and nothing went in the skip.',
  ],
  [
    'hire-and-develop-the-best',
    'I manage a branch of an opticians. One of our sales assistants, Kofi, kept asking about the pre-reg training. I took him through the basics on quiet afternoons, set him a reading plan, and reviewed him every month. He got a training place the next year, and he\'s now a qualified optometrist running the contact lens clinic of his own at our second branch.',
  ],
  [
    'are-right-a-lot',
    'I buy stock for a bookshop chain. The committee wanted to order 5,000 copies of a celebrity memoir after a big TV interview. I was not convinced, so I broke the headline pre-order number down by shop and compared it with two similar memoirs from last year. I recommended 2,000 with a reorder ready. To be sure I wasn\'t wrong I checked sales daily for the first week. We sold 1,900 in the first month, and the other chains that bought big returned thousands.',
  ],
  [
    'deliver-results',
    'I manage store openings for a pharmacy chain. We were given 8 weeks to open a new branch in a hospital, because the old one was closing. In week three the shopfitter went into administration. I split the work between two local firms, ran the pharmacy checks in parallel with the fit-out, and checked progress every morning. The branch went live a week early, and it filled 900 prescriptions in its first week.',
  ],
];

describe('whole stories told each family\'s way', () => {
  it.each(STORIES.map(([id, story], i) => [i, id, story] as const))('%i %s', (_i, id, story) => expectAmongBest(id, story));
});

describe('a self-introduction names a principle without showing it', () => {
  it.each([
    ['hire-and-develop-the-best', 'I run a bakery, and I coach and develop my four apprentices.', 'In 2023 our main oven broke in December.'],
    ['earn-trust', 'I manage a plumbing firm, and our customers trust me to be honest with them.', 'Last winter our van was stolen.'],
  ] as const)('%s: the same sentence counts less as the opening line than inside the story', (id, intro, event) => {
    const rest = ' I hired a replacement the same week, moved the jobs around, and we finished every booking on time.';
    const opening = fitOf(`${intro} ${event}${rest}`, id)?.similarity ?? 0;
    const inside = fitOf(`${event} ${intro}${rest}`, id)?.similarity ?? 0;
    expect(opening).toBeLessThan(inside);
  });

  it.each([
    [
      'earn-trust',
      'I run a small garden-maintenance company, and my clients trust me with their keys and their budgets. Last spring fuel went up 30% and our margin fell to 4%. Instead of raising prices, I went through every cost line. I switched our mowers to a cheaper fuel card, saving £2,100, sold the second trailer we hardly used for £3,000, and planned routes so each crew drove 20% fewer miles. Margin was back to 11% by autumn with no price rise. I learned that small costs add up, and I now check every regular bill twice a year.',
    ],
    [
      'hire-and-develop-the-best',
      "I'm a site manager for a housing developer, with a crew of 12 that I mentor and develop. In May the timber frame for 20 houses arrived three weeks late because the supplier's factory flooded. I re-sequenced the site so groundworks and drainage for the next phase were done first, booked a second crane to catch up, and worked Saturdays on site for a month. All 20 houses were handed over by the 30 September deadline, and the buyers moved in on the dates they had been given.",
    ],
  ] as const)('%s: a story told for another principle reads as that one first', (id, story) => {
    expect(fitOf(story, id)?.rank).toBeGreaterThan(1);
  });
});
