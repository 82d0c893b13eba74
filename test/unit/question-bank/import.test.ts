import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { parseCsv, toCsv } from '../../../src/core/question-bank/csv.js';
import { exportCsv, exportJson, parseQuestionImport } from '../../../src/core/question-bank/import.js';
import { CSV_HEADER_LINE, validCsvRows } from './fixtures.js';

const content = loadContent();
const context = { principles: content.principles, tracks: content.tracks ?? [] };

describe('CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and knows where each record starts', () => {
    const parsed = parseCsv('a,b\r\n"x, y","say ""hi""\nagain"\n\nlast,"z"\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"\nagain'] },
        { line: 5, fields: ['last', 'z'] },
      ],
    });
  });

  it('reports a quote that is never closed at the line it opened', () => {
    expect(parseCsv('a,b\nc,"open\nstill open')).toEqual({ ok: false, line: 2, error: expect.stringContaining('never closed') });
  });

  it('writes what it reads back', () => {
    const rows = [['principle', 'question'], ['dive-deep', 'A "quoted", multi\nline field']];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
  });
});

describe('importing team questions from CSV', () => {
  it('20 rows with 2 bad ones: both reported with their line numbers and what to type, nothing imported', () => {
    const rows = validCsvRows();
    // Line numbers: the header is line 1, so row i is line i + 2.
    rows[3] = 'dive-depp,Tell me about a time you found the real cause of an outage.,,pm';
    rows[11] = 'ownership,Too short?,,product manager';
    const result = parseQuestionImport([CSV_HEADER_LINE, ...rows].join('\n'), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^line 5: principle "dive-depp" is not one of the 16: did you mean `dive-deep`\?/);
    expect(result.errors[1]).toMatch(/^line 13: question is 10 characters: write a full question of at least 20/);
    expect(result.errors[1]).not.toContain('track');
    expect(result).not.toHaveProperty('rows');
  });

  it('the fixed file imports all 20, with principles, probes and tracks read', () => {
    const result = parseQuestionImport([CSV_HEADER_LINE, ...validCsvRows()].join('\r\n'), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('csv');
    expect(result.rows).toHaveLength(20);
    expect(result.rows[0]).toEqual({
      principleId: 'customer-obsession',
      text: 'Tell me about launch number 1, and what you changed for customers.',
      probes: ['What did you measure?', 'Who disagreed with you?'],
      track: null,
    });
    expect(result.rows[1]?.track).toBe('pm');
  });

  it('a line number counts the lines of a quoted field that runs over several lines', () => {
    const text = [CSV_HEADER_LINE, 'dive-deep,"Tell me about a time\nyou dug into the data to find a cause.",,', 'dive-deep,short,,'].join('\n');
    const result = parseQuestionImport(text, context);
    expect(result.ok === false && result.errors).toEqual([expect.stringMatching(/^line 4: question is 5 characters/)]);
  });

  it('names a wrong header, an unknown track, too many probes and too many fields', () => {
    expect(parseQuestionImport('principle,text\nx,y', context)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^line 1: the first line must be the header `principle,question,probes,track` \(I don't know the column "text"\)/)],
    });
    const text = [
      CSV_HEADER_LINE,
      'dive-deep,Tell me about a time you debugged something hard.,,sales',
      'dive-deep,Tell me about a time you debugged something harder.,One probe here? | Two probe here? | Three probe here? | Four probe here?,',
      'dive-deep,Tell me about a time you debugged the hardest thing.,,pm,extra',
    ].join('\n');
    const result = parseQuestionImport(text, context);
    expect(result.ok === false && result.errors).toEqual([
      expect.stringMatching(/^line 2: track "sales" is not a track: use swe, pm, em, ops, or leave it empty for every track$/),
      expect.stringMatching(/^line 3: 4 probes: give at most 3, separated by \|$/),
      expect.stringMatching(/^line 4: 5 fields but the header has 4/),
    ]);
  });

  it('refuses a question twice in the file or already in the channel', () => {
    const [row] = validCsvRows(1);
    const twice = parseQuestionImport([CSV_HEADER_LINE, row, row].join('\n'), context);
    expect(twice.ok === false && twice.errors).toEqual(['line 3: the same question as line 2; remove one of them']);
    const stored = parseQuestionImport([CSV_HEADER_LINE, row].join('\n'), context, [
      { id: 'team-7', text: 'Tell me about launch number 1, and what you changed for customers' },
    ]);
    expect(stored.ok === false && stored.errors).toEqual([expect.stringContaining("line 2: this question is already in the channel's questions as team-7")]);
  });

  it('asks for something to import when the paste is empty', () => {
    expect(parseQuestionImport('  \n', context)).toMatchObject({ ok: false, errors: [expect.stringContaining('Nothing to import')] });
  });
});

describe('importing team questions from JSON', () => {
  const entries = () =>
    validCsvRows().map((_, i) => ({
      principle: i % 2 === 0 ? 'Dive Deep' : 'earn-trust',
      question: `Tell me about a time number ${i + 1} you had to win back a stakeholder.`,
      probes: ['What did you say first?'],
      track: i % 2 === 0 ? 'pm' : '',
    }));

  it('20 entries with 2 bad ones: both reported by the line the entry starts on, nothing imported', () => {
    const list: unknown[] = entries();
    list[2] = { principle: 'dive-deep', question: 'Tell me about a time you dug deep.', probes: 'no' };
    list[17] = { principle: 'dive-deep', text: 'Tell me about a time you dug deeper.' };
    const text = JSON.stringify(list, null, 2);
    const lineOf = (index: number) => text.split('\n').findIndex((l, n) => n > 0 && l === '  {' && text.split('\n').slice(0, n).filter((x) => x === '  {').length === index) + 1;
    const result = parseQuestionImport(text, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      `line ${lineOf(2)}: probe "no" is too short: write a follow-up question of at least 10 characters`,
      expect.stringMatching(new RegExp(`^line ${lineOf(17)}: .*question is missing.*unknown field "text": the fields are principle, question, probes, track|^line ${lineOf(17)}: unknown field "text".*question is missing`)),
    ]);
  });

  it('the fixed list imports all 20; an exported file (with ids) reads back', () => {
    const result = parseQuestionImport(JSON.stringify(entries()), context);
    expect(result.ok && result.rows.length).toBe(20);
    expect(result.ok && result.rows[0]).toEqual({ principleId: 'dive-deep', text: 'Tell me about a time number 1 you had to win back a stakeholder.', probes: ['What did you say first?'], track: 'pm' });
    const exported = [{ id: 'team-1', principle: 'dive-deep', question: 'Tell me about a time the logs lied to you.', probes: ['Which logs?'], track: null }];
    expect(parseQuestionImport(exportJson(exported), context)).toMatchObject({ ok: true, rows: [{ principleId: 'dive-deep', track: null }] });
    expect(parseQuestionImport(exportCsv(exported), context)).toMatchObject({ ok: true, rows: [{ principleId: 'dive-deep', probes: ['Which logs?'] }] });
  });

  it('a syntax error names its line', () => {
    const result = parseQuestionImport('[\n {"principle": "dive-deep"},\n {"principle": }\n]', context);
    expect(result.ok === false && result.errors).toEqual([expect.stringMatching(/^line 3: not valid JSON/)]);
  });

  it('an object instead of a list says what shape to paste', () => {
    expect(parseQuestionImport('{"principle": "dive-deep"}', context)).toMatchObject({ ok: false, errors: [expect.stringContaining('paste a JSON array')] });
  });
});
