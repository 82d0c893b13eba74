import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content-file.js';
import { loadContent } from '../../src/core/content.js';
import { PRINCIPLE_IDS, loadPrinciples, resolvePrinciple, type Principle } from '../../src/core/principles.js';
import { PROBE_KINDS, loadQuestions, questionsFor } from '../../src/core/questions.js';

const principles = loadPrinciples();
const questions = loadQuestions(principles);

describe('data/principles.json', () => {
  it('has the 16 principles with the exact ids, in the documented order', () => {
    expect(principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
  });

  it('uses the official names', () => {
    const names = Object.fromEntries(principles.map((p) => [p.id, p.name]));
    expect(names['customer-obsession']).toBe('Customer Obsession');
    expect(names['are-right-a-lot']).toBe('Are Right, A Lot');
    expect(names['have-backbone-disagree-and-commit']).toBe('Have Backbone; Disagree and Commit');
    expect(names['strive-to-be-earths-best-employer']).toBe("Strive to be Earth's Best Employer");
    expect(names['success-and-scale-bring-broad-responsibility']).toBe('Success and Scale Bring Broad Responsibility');
  });

  it('gives every principle a paragraph and 6-12 lower-case signals that no other principle uses', () => {
    const owner = new Map<string, string>();
    for (const p of principles) {
      expect(p.description.length, p.id).toBeGreaterThan(120);
      expect(p.signals.length, p.id).toBeGreaterThanOrEqual(6);
      expect(p.signals.length, p.id).toBeLessThanOrEqual(12);
      for (const signal of p.signals) {
        expect(signal, p.id).toBe(signal.toLowerCase());
        expect(owner.get(signal), `signal "${signal}" of ${p.id}`).toBeUndefined();
        owner.set(signal, p.id);
      }
    }
  });
});

describe('resolvePrinciple', () => {
  const cases: [input: string, id: string][] = [
    ['customer-obsession', 'customer-obsession'],
    ['CX', 'customer-obsession'],
    ['cx', 'customer-obsession'],
    ['Dive Deep', 'dive-deep'],
    ['dive-deep', 'dive-deep'],
    ['DIVE_DEEP', 'dive-deep'],
    ['disagree and commit', 'have-backbone-disagree-and-commit'],
    ['Disagree-And-Commit', 'have-backbone-disagree-and-commit'],
    ['Backbone', 'have-backbone-disagree-and-commit'],
    ['Have Backbone; Disagree and Commit', 'have-backbone-disagree-and-commit'],
    ['Are Right, A Lot', 'are-right-a-lot'],
    ['are right a lot', 'are-right-a-lot'],
    ["earth's best employer", 'strive-to-be-earths-best-employer'],
    ['Earths Best Employer', 'strive-to-be-earths-best-employer'],
    ['  bias to action  ', 'bias-for-action'],
    ['Highest Standards', 'insist-on-the-highest-standards'],
    ['broad responsibility', 'success-and-scale-bring-broad-responsibility'],
    ['hire and develop', 'hire-and-develop-the-best'],
    ['learn and be curious', 'learn-and-be-curious'],
    ['invent', 'invent-and-simplify'],
    ['Frugality', 'frugality'],
  ];
  it.each(cases)('resolves %j to %s', (input, id) => {
    expect(resolvePrinciple(input, principles)?.id).toBe(id);
  });

  it.each(['', '   ', 'customer obsessed', 'leadership', 'dive', 'x'])('returns undefined for %j', (input) => {
    expect(resolvePrinciple(input, principles)).toBeUndefined();
  });
});

describe('data/questions.json', () => {
  it('has at least 6 questions per principle and at least 100 in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    for (const id of PRINCIPLE_IDS) expect(questionsFor(id, questions).length, id).toBeGreaterThanOrEqual(6);
  });

  it('names every question after its principle, with a short past-behaviour question and 2-4 short probes', () => {
    for (const q of questions) {
      expect(q.id, q.id).toMatch(new RegExp(`^${q.principle}-\\d{2}$`));
      expect(q.text.length, q.id).toBeLessThan(280);
      expect(q.text, q.id).toMatch(/^(Tell me about|Describe)\b/);
      expect(q.text, q.id).not.toMatch(/\bwhat would you do if\b|\bimagine\b|\bsuppose\b/i);
      expect(q.probes.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.probes.length, q.id).toBeLessThanOrEqual(4);
      for (const probe of q.probes) expect(probe.text.length, q.id).toBeLessThan(200);
    }
  });

  it('gives every principle a failure question with a learning probe', () => {
    for (const id of PRINCIPLE_IDS) {
      const failures = questionsFor(id, questions).filter((q) => q.theme === 'failure');
      expect(failures.length, id).toBeGreaterThanOrEqual(1);
      for (const q of failures) expect(q.probes.map((p) => p.kind), q.id).toContain('learning');
    }
  });

  it('covers all five probe kinds within every principle', () => {
    for (const id of PRINCIPLE_IDS) {
      const kinds = new Set(questionsFor(id, questions).flatMap((q) => q.probes.map((p) => p.kind)));
      expect([...kinds].sort(), id).toEqual([...PROBE_KINDS].sort());
    }
  });

  it('asks about metrics or ownership in most questions', () => {
    const withEither = questions.filter((q) => q.probes.some((p) => p.kind === 'metrics' || p.kind === 'ownership'));
    expect(withEither.length / questions.length).toBeGreaterThan(0.8);
  });

  it('is what loadContent returns', () => {
    const content = loadContent();
    expect(content.principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    expect(content.questions.length).toBe(questions.length);
  });
});

describe('broken content files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lp-content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, data: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  }
  function errorOf(load: () => unknown): ContentError {
    try {
      load();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return error as ContentError;
    }
    throw new Error('expected a ContentError, but loading succeeded');
  }
  const copyOfPrinciples = (): Principle[] => structuredClone(principles);
  const validQuestions = () => structuredClone(questions);

  it('names the file, the entry and the field for a question with a misspelled principle', () => {
    const broken = validQuestions();
    broken[5] = { ...broken[5]!, principle: 'customer-obsesion' as never };
    const path = write('misspelled-principle.json', broken);
    const error = errorOf(() => loadQuestions(principles, path));
    expect(error.message).toContain(path);
    expect(error.message).toContain(`entry 5 (id "${questions[5]!.id}")`);
    expect(error.message).toContain('field principle');
  });

  it('names the probe field for a probe of an unknown kind', () => {
    const broken = validQuestions();
    broken[0]!.probes[1] = { kind: 'numbers' as never, text: 'How many users did it reach?' };
    const path = write('bad-probe.json', broken);
    const error = errorOf(() => loadQuestions(principles, path));
    expect(error.message).toContain(`entry 0 (id "${questions[0]!.id}"), field probes.1.kind`);
  });

  it('rejects a question id used twice', () => {
    const broken = validQuestions();
    broken.push({ ...broken[3]! });
    const path = write('duplicate-question.json', broken);
    const error = errorOf(() => loadQuestions(principles, path));
    expect(error.message).toContain(path);
    expect(error.message).toContain(`(id "${questions[3]!.id}"), field id`);
  });

  it('rejects a principle with too few questions', () => {
    const path = write('too-few.json', questions.filter((q) => q.principle !== 'frugality' || q.id.endsWith('-01')));
    const error = errorOf(() => loadQuestions(principles, path));
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/principle "frugality".*1 questions/);
  });

  it('names the file, the entry and the field for a principle with an empty description', () => {
    const broken = copyOfPrinciples();
    broken[11]!.description = '';
    const path = write('empty-description.json', broken);
    const error = errorOf(() => loadPrinciples(path));
    expect(error.message).toContain(path);
    expect(error.message).toContain('entry 11 (id "dive-deep"), field description');
  });

  it('rejects a signal in upper case, which the rubric could never match', () => {
    const broken = copyOfPrinciples();
    broken[0]!.signals.push('NPS Score');
    const path = write('upper-signal.json', broken);
    const error = errorOf(() => loadPrinciples(path));
    expect(error.message).toContain('entry 0 (id "customer-obsession"), field signals.');
  });

  it('rejects an alias shared by two principles', () => {
    const broken = copyOfPrinciples();
    broken[12]!.aliases.push('Dive-Deep');
    const path = write('shared-alias.json', broken);
    const error = errorOf(() => loadPrinciples(path));
    expect(error.message).toContain(path);
    expect(error.message).toContain('id "have-backbone-disagree-and-commit"), field aliases');
    expect(error.message).toContain('"dive-deep"');
  });

  it('rejects a file with a principle missing', () => {
    const path = write('fifteen.json', copyOfPrinciples().filter((p) => p.id !== 'think-big'));
    const error = errorOf(() => loadPrinciples(path));
    expect(error.message).toContain(path);
    expect(error.message).toContain('"think-big" is missing');
  });

  it('rejects a file that is not JSON at all', () => {
    const path = write('not-json.json', 'principles:\n  - customer obsession\n');
    const error = errorOf(() => loadPrinciples(path));
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/cannot be read as JSON/);
  });

  it('rejects a missing file, naming it', () => {
    const path = join(dir, 'does-not-exist.json');
    const error = errorOf(() => loadQuestions(principles, path));
    expect(error.message).toContain(path);
  });
});
