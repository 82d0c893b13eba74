import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { PrincipleId } from '../../src/core/principles.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v4: principles that answers never seen before (fresh9) showed in words our profiles did not have. Each family
 * is told here in trades the suite does not use; the near misses use the same words for something else and must not
 * reach a clear fit.
 */
const content = loadContent();

function alignmentOf(answer: string, principle: PrincipleId): number {
  return scoreAnswer(answer, { principle, content }).criteria.alignment.score;
}

describe("Insist on the Highest Standards: every piece checked before it goes out, no exception made", () => {
  it.each([
    [
      "I'm a pharmacy technician and I make up the cream prescriptions for our two branches. In March two jars came back from a care home separated, and the nurse said it was the second time. I found the mixer had been run for half its time on busy afternoons. I now check every jar under the lamp before it leaves the bench, and when the five o'clock rush came I would not make an exception. Returns went from about four a month to none in the next quarter."
    ],
    [
      "I run the alterations room at a bridal shop with three seamstresses. Last spring a hem was sent back the week of a wedding because it dipped on one side. I set a rule that we try every hem on the stand and measure it from the floor before it goes out, even when a bride is waiting at the counter. I refused to make an exception for rush jobs. In the season since, no dress has come back with a hem fault, against five the year before."
    ],
    [
      "I'm the workshop lead at a sign maker. A shopfront panel peeled within a month, and when I looked, we had been laminating in a cold unit in winter. I tested every panel with a tape pull before anything leaves the workshop and logged the room temperature each morning. The owner wanted one urgent job rushed out without it and I said no. Warranty claims fell from 11 to 1 over the year."
    ],
    [
      "I service commercial ovens for restaurants. Two units I had serviced came back with the same door seal fault within a fortnight. After that I inspected every seal with a feeler gauge and kept readings within tolerance before I signed the job off, even on Friday nights when the kitchens were desperate to reopen. Repeat callouts dropped from nine a month to two."
    ]
  ])('fits clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'insist-on-the-highest-standards')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      "I'm a bus driver on the early route. One morning the depot was two drivers short. I took an extra route before it left the station at six, and the manager made an exception for my break. The passengers got to work on time and the depot thanked me."
    ],
    [
      "I run a small bakery. A supplier sent back our order form because the address was wrong, so I rang them and we sorted it out. I also went through every invoice that month to see where the money went and cut our flour bill by 8% by switching supplier."
    ]
  ])('does not fit clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'insist-on-the-highest-standards')).toBeLessThanOrEqual(2);
  });
});

describe("Earn Trust: going to the person let down and telling them plainly what happened", () => {
  it.each([
    [
      "I'm a locksmith working on my own. In 2023 a new lock I fitted on an elderly customer's back door jammed two days later and she was stuck outside in the rain for an hour. I went to see her that evening and told her exactly what had happened: the cylinder was a size too long and I hadn't checked it against the door. I replaced it free and left her my mobile number. She has since recommended me to four of her neighbours."
    ],
    [
      "I run payroll for a building firm of 60 people. In May a formula in my spreadsheet underpaid twelve labourers by about £140 each. Before they had to chase it, I drove to the site and told them exactly what happened, including that I had not checked the totals that month. The difference was paid the next morning from the emergency float. Not one of them raised a grievance, and the foreman now brings pay questions to me first."
    ],
    [
      "I'm a wedding photographer. A memory card failed and the first dance photos for one couple were gone. I went to see them face to face rather than emailing and told them exactly what happened, and that I hadn't copied the card at the venue. I refunded a third of the fee. They still sent me two friends' weddings the following year."
    ],
    [
      "I look after IT for a chain of four opticians. An update I pushed on a Friday stopped the booking screens at two branches for most of Saturday. On Monday I called each branch manager before they had to ring me, told them exactly what went wrong, and set up a test branch that every update goes through first. All four managers kept me on at the renewal."
    ]
  ])('fits clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'earn-trust')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      "I buy stock for a garden centre. I went to the trade fair in person and met the pot supplier face to face, and I got them to lower the price by 12% on our spring order. That saved about £2,000 over the season and we sold out of the large pots by May."
    ],
    [
      "I coach an under-12s football team. I went to see them play a friendly at the weekend, and afterwards I worked out a new training plan with more passing drills. We won six of our next eight matches."
    ]
  ])('does not fit clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'earn-trust')).toBeLessThanOrEqual(2);
  });
});

describe("Strive to be Earth's Best Employer: the body at work (heat, fatigue, near misses, sickness), asking the people who do it", () => {
  it.each([
    [
      "I lead a roofing crew of six. Last July one of the lads was dizzy from the heat by early afternoon and nearly slipped off a ladder, a near miss that frightened all of us. I asked the crew what would help and they said shade and cold drinking water. I moved the start to 6am, stopped work between 1 and 3 on hot days, and put up a sunshade on every scaffold. Nobody was off sick with the heat for the rest of the summer, against four the year before."
    ],
    [
      "I'm head chef in a hotel kitchen with eleven cooks. The cooks were on their feet from ten till ten on double days, and in spring three were off sick in the same fortnight. I asked the workers what would change it, and they said a proper sit-down break. I changed the double days so each cook gets two rest breaks of half an hour and bought mats for the pass. Sickness days fell from 22 to 9 over the next quarter."
    ],
    [
      "I manage a fruit-picking site that takes on about 40 seasonal pickers. In the first heatwave two pickers were off sick from the heat. I asked the pickers what the problem was: no drinking water in the far fields and no shade. I set up water stations every 200 metres, added a shaded rest break each hour, and improved working conditions in the caravans. We had no more heat cases, and 30 of the 40 came back the next season."
    ],
    [
      "I supervise the night loaders in a parcel depot. They lifted heavy sacks on their own, and we had three near miss reports in a month. I asked the crew on every night what they needed, and I brought in two-person lifts and a rest break every two hours. Near misses went to zero over the following year and only one loader was off sick, against seven the year before."
    ]
  ])('fits clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'strive-to-be-earths-best-employer')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      "I run a small software startup. After our funding fell through we had to get back on our feet quickly, so I cut our cloud bill by 30% and signed two new customers in a month. Revenue recovered by the summer."
    ],
    [
      "I'm a project manager at a print works. Two people were off sick the week of a big order, so I ran the guillotine myself and we shipped all 4,000 brochures on time."
    ]
  ])('does not fit clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'strive-to-be-earths-best-employer')).toBeLessThanOrEqual(2);
  });
});

describe("Success and Scale: fumes, noise, dust and traffic reaching people who are not the customers", () => {
  it.each([
    [
      "I manage building sites for a mid-size contractor. Our new housing job was next to a primary school, and no rule said we had to do more than the legal minimum. I saw that our cutting dust and the noise from the breakers were reaching the playground at break times. I moved all cutting to a tented bay with water suppression, stopped the loudest work during the school's breaks, and routed lorries away from the school gate at drop-off. Dust complaints from parents went from weekly to none, and the school asked us to do a site safety talk."
    ],
    [
      "I run a bakery on a high street with flats above it. Our old extraction fan and the 4am delivery lorries were keeping residents awake, and the smell of the fryer hung in the stairwell. Nobody had complained officially, but I asked the residents. I paid £3,000 for a quieter fan with a filter, moved deliveries to 7am and switched the van to electric. Noise complaints to the council stopped and two residents now buy our bread every morning."
    ],
    [
      "I organise a three-day music festival in a country park. The diesel generators ran all night near the village, and the exhaust fumes and noise affected people living on the edge of the park. I replaced half the generators with a grid connection and battery units, moved the rest downwind, and capped bass levels after 11pm. Fuel use fell by 40%, about 30 tonnes of CO2, and the parish council renewed our licence."
    ],
    [
      "I run logistics for a quarry. Our lorries went through a village of 300 people about 200 times a day, and the traffic, dust and mileage were a constant worry for the families there. I agreed a new route along the bypass that added four miles per trip, sheeted every load and set a 20mph limit through the village. Lorry trips through the village went from 200 to 15 a day, and the parish stopped its objection to our extension."
    ]
  ])('fits clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'success-and-scale-bring-broad-responsibility')).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [
      "I'm a data engineer. The sensor readings from our pumps had a lot of noise, so I wrote a filter that smoothed the signal and cut false alarms by 60%. The operations team now trusts the dashboard."
    ],
    [
      "I run marketing for an online shop. Traffic to our site doubled after I rewrote the product pages, and sales went up 25% in a quarter."
    ]
  ])('does not fit clearly: %s', (answer) => {
    expect(alignmentOf(answer, 'success-and-scale-bring-broad-responsibility')).toBeLessThanOrEqual(2);
  });
});
