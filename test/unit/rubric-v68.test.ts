import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v68: three changes or more claimed with no baseline anywhere ("breakdowns down 35%, late departures down
 * 50%") in a story that names next to nothing make it a template at any length; "it is a matter of watching whether..."
 * and "the report reaches me at the end of October" end a story before its outcome.
 */
const content = loadContent();

const labelledSalad = "Situation: busy winter season at a regional bus depot, breakdowns rising, service reliability under pressure.\nTask: own the end-to-end fleet availability, not just fix what comes in.\nAction: took ownership, assessed the risks, made a data-driven plan and escalated early. Weighed speed against safety and chose safety. Sorted the parts store, simplified the shift handover, aligned the fitters and coached the apprentices on every shift.\nResult: breakdowns down 35%, late departures down 50%, overtime cut by a quarter, zero safety incidents, praise from the operations director.\nLearning: owning the outcome means thinking long term; I learned to measure everything and have applied this lesson on every job since.";
const mattersOfWatching = "I manage customs clearance for a freight forwarder at Nairobi airport. Vaccine shipments were waiting up to 30 hours for import permits after landing, and every extra hour in the cold room cost the client money and put doses at risk. I proposed sending the permit documents to the health authority the day the goods are booked in Brussels, so the permit is issued before the plane leaves. I paid for two extra cold room days out of our own margin while we tried it, which my director questioned, but losing vaccine was worse. I also wrote to the authority asking to join their pre-arrival pilot. They have said yes in principle, and after that, honestly, it is a matter of watching whether the waiting time drops or just moves somewhere else.";
const reportReachesMe = "I run outpatient registration at a hospital in Abu Dhabi, 1,400 visits a day. Patients were waiting 25 minutes on average at the desk before they even saw a nurse, mostly for insurance checks we could have done the day before. I set up an early team that checks every next-day appointment's insurance from 6 am and calls the patient if something is missing, so a patient with a clean check goes straight to a kiosk. I took two clerks off the desks to form that team, which meant longer desk queues while they trained, and I got IT to use our existing insurance link instead of buying a new module. The clinics switched over on 1 September. The first month's waiting-time report reaches me at the end of October, and until I have it in front of me I can't say whether we took the 18 minutes out or just moved them to the early shift.";

describe('results with nothing to measure them against', () => {
  it('make a short labelled keyword list a template, "Not yet"', () => {
    const feedback = scoreAnswer(labelledSalad, { content, principle: 'ownership' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.level).toBe('Not yet');
  });
  it('leave the same answer alone once one change has its baseline', () => {
    const measured = labelledSalad.replace('breakdowns down 35%', 'breakdowns from 40 a month to 26');
    expect(scoreAnswer(measured, { content, principle: 'ownership' }).gate?.message ?? '').not.toContain('a result claimed');
  });
});

describe('a story that ends before its outcome', () => {
  it('has no result when it ends "it is a matter of watching whether the waiting time drops"', () => {
    expect(scoreAnswer(mattersOfWatching, { content, principle: 'ownership' }).gates).toContain('no-result');
  });
  it('has no result when "the report reaches me at the end of October" ends it', () => {
    expect(scoreAnswer(reportReachesMe, { content, principle: 'invent-and-simplify' }).gates).toContain('no-result');
  });
});
