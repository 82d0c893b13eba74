import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v51: stories that end before their outcome, in three more ways. A change that follows a condition ("If the
 * filters stay clear..., we can stretch the rebuild from three years to maybe five") is not one yet; a change in the
 * past perfect ("Deferrals had gone from about 12% to 19%") was found on the way; and a check to come, dated or taken
 * "to see if", still waits ("the lab will compare the results in February", "We will repeat the check in April to see
 * if...").
 */
const content = loadContent();
const ending = (answer: string) => scoreAnswer(answer, { content });

describe('a story that ends before its outcome', () => {
  it('does not count a change that hangs on "If the filters stay clear..." as measured', () => {
    const feedback = ending("I run the water treatment plant for a small town near Nelson. Our sand filters were being rebuilt every three years at about 90,000 dollars, because algae clogged them each summer. I went through four years of backwash records and saw the clogging came almost entirely in January and February. I proposed a pre-settling tank using an old clarifier we had stopped using, and I changed the backwash from a fixed weekly cycle to one triggered by head loss. I trialled the new backwash on one filter for two months, and the head loss stayed steady. The council approved the clarifier work in October and we finished it in December. The real test is this summer. If the filters stay clear through January and February, we can stretch the rebuild from three years to maybe five, and we will see it in the head-loss data in March.");
    expect(feedback.gate?.id).toBe('no-result');
    expect(feedback.criteria.structure.verdict).toContain('the Result told only says what is still to come');
  });

  it('reads "Deferrals had gone from about 12% to 19%" as found on the way, and "the lab will compare the results in February" as still to come', () => {
    expect(ending("I coordinate donor sessions for a regional blood service in Kerala. In 2024 our team leader noticed that fewer donations were coming in per session. I pulled the session records for two years. Deferrals had gone from about 12% to 19% of registered donors, mostly young women turned away for low haemoglobin. I compared the sessions and found almost all the extra deferrals were at sessions using the new fingertip meters. I asked the lab to check three meters against the hospital analyser, and I arranged that at the next five sessions every deferred donor gives a second sample for the analyser, with her consent. Those five sessions run over the next two months, and the lab will compare the results in February.").gate?.id).toBe('no-result');
  });

  it('waits on "We will repeat the 30-bin check in April to see if the sharps have gone"', () => {
    expect(ending("I manage infection control on the surgical floors of a district hospital in Lahore. In 2024 our audits found used needles in ordinary waste bags on most wards, and that waste goes to a dump where children sort it by hand. I checked 30 ordinary bins myself over three weeks and found sharps in 17 of them. I proposed a sharps box on every dressing trolley instead of one per ward, and the medical superintendent approved 200 boxes. I trained the cleaners and ward staff on each floor in short sessions at shift change, in Urdu with pictures. The boxes are now on 9 of the 16 wards, and the rest get them next month. We will repeat the 30-bin check in April to see if the sharps have gone.").gate?.id).toBe('no-result');
  });
});
