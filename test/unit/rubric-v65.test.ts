import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v65: a story that measures, weighs, learns and names nothing is "Not yet" however fluently it claims its
 * steps; "escalated where needed," names no case before a comma as at the end of a sentence; a story ends waiting when
 * "the panel meets about it in the autumn" and what is done "until then" follows, or when "it's September before anyone
 * knows".
 */
const content = loadContent();

const fluentButEmpty = "In my last job I looked after the customer service team for a mid-sized online shop. At one point we were getting a lot of complaints about late replies, and the managers were worried that it was hurting the brand. I took ownership of the problem and sat down with the team to understand what was going on. I reviewed how the tickets were being handled, spoke to the people on each shift and looked at where things were getting stuck. I reorganised the shifts so that more people were available at the busiest times, and I introduced a simple way of tagging the urgent tickets so they were picked up first. I also made sure the team leads met every week to go through any problems. As a result, replies became much faster, the complaints went down and the managers were very happy with the improvement. It was a good experience overall and the team felt more confident afterwards. It taught me the importance of communication, teamwork and staying positive under pressure.";
const verbListBullets = "- Situation: regional distribution centre, peak season, outbound backlog building, carriers waiting at the gates.\n- Task: owned the recovery of outbound flow end to end.\n- Action: walked the floor with the shift leads, mapped the flow, found the constraint at packing. Prioritised, decided, escalated where needed, unblocked the dock. Paused returns processing to free people for packing, with a daily check so urgent returns were not forgotten.\n- Result: backlog cleared in 9 days, on-time loading back to 96%, strong feedback from the client.\n- Learning: walk the floor before changing the plan; I bring that habit to every peak.";
const panelInAutumn = "I coordinate home care visits for a council in Leeds. In March the new booking rules said every visit had to be at least 30 minutes, which sounded kind but meant we could only do 11 visits a day per carer instead of 14. I pulled our visit logs for a month and showed that 40% of visits were medication prompts that took under 15 minutes. I wrote a short paper proposing an exception for medication-only visits and took it to the commissioning manager myself, with two carers who explained what the longer slots meant for their rounds. The manager didn't like reopening the rules, but she agreed to sign the paper with me instead of shelving it. We sent it to the review panel in May. They told us the panel meets about it in the autumn, and until then we are following the rule as written, so I have been pairing the short visits on the same streets to save travel.";
const septemberBeforeAnyoneKnows = "I run pricing for a chain of 14 gyms in Manchester. Last spring the owners wanted to put the monthly fee up from \u00a329 to \u00a334, and the finance model said we would lose about 3% of members. I thought that was too optimistic, because two budget gyms had opened near three of our sites since the last rise. I split our cancellation data by site and found those three sites already lost members at twice the rate of the others. I didn't want it to be my spreadsheet against theirs, so I argued for testing the rise at four sites first, two near the budget gyms and two not, and I wrote my forecast down before we started. The owners agreed to the test, and it went live at the four sites on 1 June. Cancellations take a full billing cycle to show, so honestly it's September before anyone knows whose forecast was right.";

describe('little of the rubric met', () => {
  it('is "Not yet" when four weighty criteria are at 0 or 1, with no gate failed', () => {
    const feedback = scoreAnswer(fluentButEmpty, { content, principle: 'customer-obsession' });
    const empty = (['metrics', 'tradeoffs', 'learning', 'specificity'] as const).filter((id) => feedback.criteria[id].score <= 1);
    expect(empty).toHaveLength(4);
    expect(feedback.gates).toEqual([]);
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a list of bare verbs', () => {
  it('counts "escalated where needed" before a comma as bare: "Prioritised, decided, escalated where needed, unblocked the dock"', () => {
    const feedback = scoreAnswer(verbListBullets, { content, principle: 'ownership' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
});

describe('a story that ends before its outcome', () => {
  it('has no result when "the panel meets about it in the autumn, and until then..., so I have been..." ends it', () => {
    expect(scoreAnswer(panelInAutumn, { content, principle: 'have-backbone-disagree-and-commit' }).gate?.id).toBe('no-result');
  });
  it('has no result when it ends "it\'s September before anyone knows whose forecast was right"', () => {
    expect(scoreAnswer(septemberBeforeAnyoneKnows, { content, principle: 'are-right-a-lot' }).gate?.id).toBe('no-result');
  });
  it('still reads the result when the panel met in the autumn and the figures are told after it', () => {
    const told = panelInAutumn.replace(/They told us the panel meets.*$/, 'The panel met in the autumn and approved it, and visits per carer went back from 11 to 14 a day in November.');
    expect(scoreAnswer(told, { content, principle: 'have-backbone-disagree-and-commit' }).gates).not.toContain('no-result');
  });
});
