import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberKind } from '../../../src/core/rubric/numbers.js';
import { analyzeText } from '../../../src/core/rubric/text.js';

function kinds(text: string): Array<[string, NumberKind]> {
  return analyzeText(text).sentences.flatMap((s) => findNumbers(s).map((n): [string, NumberKind] => [n.text, n.kind]));
}

describe('findNumbers', () => {
  it('does not count years, versions, project durations or headcounts as results', () => {
    expect(kinds('In 2023 we moved from Java 11 to Java 17 with 5 engineers, and it took 2 weeks. We released version 3.2.1 on the 14th.')).toEqual([
      ['2023', 'date'],
      ['11', 'version'],
      ['17', 'version'],
      ['5', 'headcount'],
      ['2', 'duration'],
      ['3.2.1', 'version'],
      ['14th', 'date'],
    ]);
  });

  it('reads "double" before a noun as a kind of thing, not a change: "every double charge", "no double booking"', () => {
    expect(kinds('I found every double charge since March and made sure there was no double booking after it.')).toEqual([]);
    expect(kinds('We managed to double sign-ups in a month.')).toHaveLength(1);
  });

  it('counts a team of N and N senior engineers as headcount', () => {
    expect(kinds('I led a team of 8. We hired 3 senior engineers. It was founded by two Stanford grads.').map(([, k]) => k)).toEqual([
      'headcount',
      'headcount',
      'headcount',
    ]);
  });

  it('reads percentages, currency, multipliers and rates as metrics', () => {
    expect(kinds('Conversion rose 22%, we saved $204K, queries ran 3x faster, and we handled 12 requests per second.').map(([, k]) => k)).toEqual([
      'metric',
      'metric',
      'metric',
      'metric',
    ]);
  });

  it('treats a duration that measures something as a metric', () => {
    const found = analyzeText('Average load time was 3.5 seconds. Processing time dropped from 24 hours to 2 hours. It took 3 weeks.').sentences.flatMap(findNumbers);
    expect(found.map((n) => n.kind)).toEqual(['metric', 'metric', 'metric', 'duration']);
    expect(found[1]?.baseline).toBe(true);
    expect(found[1]?.delta).toBe(true);
  });

  it('finds before/after pairs with arrows and "from X to Y", and signed changes', () => {
    const found = analyzeText('p95 1.8s -> 280ms (-84%), tickets from 120 to 45 a week.').sentences.flatMap(findNumbers);
    expect(found.every((n) => n.kind === 'metric' && n.delta)).toBe(true);
    expect(found.filter((n) => n.baseline).map((n) => n.text)).toEqual(['1.8s', '280ms', '120', '45']);
  });

  it('reads number words and change words that carry their own size', () => {
    const found = analyzeText('We cut the build from forty minutes to twelve minutes and doubled deploys.').sentences.flatMap(findNumbers);
    expect(found.map((n) => n.text)).toEqual(['forty', 'twelve', 'doubled']);
    expect(found.every((n) => n.kind === 'metric')).toBe(true);
  });

  it('marks impact when the sentence is about customers, money or business measures', () => {
    const [first] = analyzeText('Churn fell by 3 points, keeping 400 customers.').sentences.flatMap(findNumbers);
    expect(first?.impact).toBe(true);
  });
});
