import { PRINCIPLE_IDS } from '../../../src/core/principles.js';

/** Twenty distinct, valid team questions as CSV rows (without the header), cycling through the principles. */
export function validCsvRows(count = 20): string[] {
  return Array.from({ length: count }, (_, i) => {
    const principle = PRINCIPLE_IDS[i % PRINCIPLE_IDS.length];
    const track = i % 3 === 0 ? '' : 'pm';
    return `${principle},"Tell me about launch number ${i + 1}, and what you changed for customers.",What did you measure? | Who disagreed with you?,${track}`;
  });
}

export const CSV_HEADER_LINE = 'principle,question,probes,track';
