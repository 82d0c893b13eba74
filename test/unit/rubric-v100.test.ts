import { describe, expect, it } from 'vitest';
import { gatesAfterBakerySteps, tradeoffExpectations } from './rubric-helpers.js';

/**
 * Rubric v100: more endings before the outcome ("that'll tell me if", a meantime opened by "until someone signs those
 * off", an open "whether ... or ..." the speaker "won't know until" or that is someone else's call), and the usual course
 * the speaker refused with its reason ("Normal process is, we wait for approval. I did not wait, because...").
 */
const { expectKind, expectNoKind } = tradeoffExpectations('I coordinate a food bank warehouse in Ghent, six volunteers a shift. Last winter the queue outside grew every week. ');

describe('a story that ends before its outcome', () => {
  it.each([
    ["\"that'll tell me if\"", "The drivers' survey runs in June. That's the one that'll tell me if the new loading list really made their mornings easier."],
    ['a meantime opened by "until someone signs those off"', "The bakery group's verdict on the racks is due in the third week of May. Until someone there signs them off, we keep the old trays as a spare and hope nothing breaks."],
    ["\"whether ... or ..., I won't know until\"", "Whether the drivers keep to the route order or slip back into loading by habit, I honestly won't know until we've had a couple of months of delivery logs."],
    ["\"whether ... or ... is the owners' call\"", "Whether the second bakery gets the racks or keeps its old trolleys is the owners' call at their June meeting."],
  ])('is held at the no-result gate: %s', (_, ending) => {
    expect(gatesAfterBakerySteps(ending)).toContain('no-result');
  });
});

describe('the usual course, refused with its reason', () => {
  it('is an alternative weighed when the refusal names the step the sentence before told', () => {
    expectKind('alternatives', ['The usual way is that we ask the city for extra parcels and wait for their answer, about a week. I did not wait, because families were queueing in the rain that night.']);
  });

  it('is not one when the refused step was never told as a course', () => {
    expectNoKind('alternatives', ['The city sent extra parcels on Monday. I did not sleep, because the van broke down twice that night.']);
  });
});
