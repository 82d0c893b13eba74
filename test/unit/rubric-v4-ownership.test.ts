import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v4: "I" actions with nothing named in them ("I looked into it and made some changes", "I came up with a better
 * way") say the speaker acted, not what they took on. Unless an "I" sentence names a person, a number, a work item or
 * quoted words, or the story around it is pinned down in several sentences, ownership stays at 2.
 */
const content = loadContent();

function ownershipOf(answer: string): number {
  return scoreAnswer(answer, { principle: 'ownership', content }).criteria.ownership.score;
}

describe('a story of "I" actions that name nothing owns little', () => {
  it.each([
    [
      'I work in a dental practice. Things at the front desk were always a bit chaotic and it annoyed everyone. I looked into it properly. I thought about what could be better. I tried a few different approaches and I sorted it out in the end. Everyone agreed it was much calmer afterwards and I was happy with how it went.',
    ],
    [
      'As a joiner I care about doing things right. There was a problem that kept coming back and nobody seemed bothered. I decided to deal with it. I talked to people, I worked out what was going on and I changed how we did it. It got better after a while and I think people appreciated it.',
    ],
    [
      'In my role in a charity I always try to go above and beyond. Something was not working well and I noticed it. I took it on myself. I figured out a better approach and I explained it to the others. I made sure it stuck. It was a good result and I learned a lot about myself.',
    ],
    [
      'I am a sound engineer and I like to own problems. Once there was an issue that was really frustrating for everybody. I investigated it, I came up with a fix and I pushed it through. I followed up to check. In the end it was resolved and people were pleased with what I did.',
    ],
  ])('stays at 2 or below: %s', (answer) => {
    expect(ownershipOf(answer)).toBeLessThanOrEqual(2);
  });
});

describe('the same shape with something named in the "I" sentences, or a concrete story, still owns', () => {
  it.each([
    [
      'I work in a dental practice. The appointment book double-booked the hygienist about twice a week and patients waited. I looked into the booking software settings myself. I rebuilt the hygienist template and I phoned the vendor about the overlap rule. Double bookings stopped within a month.',
    ],
    [
      'As a joiner I care about doing things right. Our site van kept running out of screws and fixings mid-job. I decided to deal with it. I counted what we used on the last 6 jobs and I set up a restock list in the van. We have not run out since March.',
    ],
    [
      'I work nights on a hospital ward. The drug fridge alarm on Ward 12 kept going off and nobody owned it. I looked into it. I asked Estates about the fridge and Pharmacy about the readings, and I logged every alarm for 3 weeks. I chased it until it was replaced. Estates fitted a new fridge in May and the alarms stopped.',
    ],
  ])('reaches 3: %s', (answer) => {
    expect(ownershipOf(answer)).toBeGreaterThanOrEqual(3);
  });
});
