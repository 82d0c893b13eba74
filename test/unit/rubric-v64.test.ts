import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v64: one sentence that strings eight or more short claims together ("walked the floor, reviewed the process,
 * mapped the flow, ...") is a keyword list, not the story's steps, unless most of the story around it names real
 * things.
 */
const content = loadContent();

const genericList = "Situation: Our warehouse was struggling in peak season and a lot of orders were going out late.\nTask: I was asked to get dispatch back on track before the holidays.\nAction: I walked the floor, reviewed the process, mapped the flow, found the bottlenecks, reset the priorities, briefed the leads, rebalanced the shifts, coached the pickers, chased the carriers, tracked the numbers daily, shared the wins and kept everyone focused.\nResult: On-time dispatch went from 81% to 96% within a month, and customer complaints fell.\nLearning: Small daily habits make the biggest difference, and I still check the dispatch board first thing.";
const namedList = "Situation: Ward 7B at St Luke's in Leeds, winter 2023, bed occupancy at 104% and patients waiting for discharge into the evening.\nTask: I was the ward sister and owned getting people home earlier in the day.\nAction: I walked the ward at 8, reviewed the boards, mapped the handoffs, flagged the delays, cleared the backlog, briefed the consultants, fixed the rota, coached the nurses, chased pharmacy, tracked the numbers, shared the wins and kept the team aligned.\nResult: Discharges before noon went from 12% to 31% in eight weeks, and we opened two more beds a day for A&E.\nLearning: Flow is everyone's job, and I now start every shift at the discharge board.";

describe('a sentence of eight or more short claims', () => {
  it('makes a story that names little a template, "Not yet"', () => {
    const feedback = scoreAnswer(genericList, { content, principle: 'deliver-results' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
    expect(feedback.gate?.message).toContain('claims');
  });
  it('leaves a story whose other sentences name real places and figures at the bar', () => {
    const feedback = scoreAnswer(namedList, { content, principle: 'deliver-results' });
    expect(feedback.gates).not.toContain('template');
    expect(['Meets the bar', 'Raises the bar']).toContain(feedback.level);
  });
  it('leaves three claims in a row as steps: "I called the carrier, rebooked the slot and told the customer"', () => {
    const story = genericList.replace(/Action: .*\n/, 'Action: I called the carrier, rebooked the late slots and told each customer the new date myself.\n');
    expect(scoreAnswer(story, { content, principle: 'deliver-results' }).gates).not.toContain('template');
  });
});
