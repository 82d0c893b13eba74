import { parseCsv, toCsv } from './csv.js';
import { checkTeamQuestion, questionKey, TEAM_QUESTION_FIELDS, type TeamQuestionContext, type TeamQuestionInput } from './team-question.js';

/** Rows one import may hold. */
export const MAX_IMPORT_ROWS = 200;

export const CSV_HEADER = TEAM_QUESTION_FIELDS.join(',');

export type ImportFormat = 'json' | 'csv';

export type ImportResult =
  | { ok: true; format: ImportFormat; rows: TeamQuestionInput[] }
  /** Nothing may be imported: every problem, one per bad row, as "line N: ...". */
  | { ok: false; format: ImportFormat | undefined; errors: string[] };

/** An active question already in the channel, so the same question is not imported twice. */
export interface ExistingQuestion {
  id: string;
  text: string;
}

interface RawRow {
  line: number;
  raw: unknown;
  /** A row that cannot even be read as one question (too many CSV fields). */
  error?: string;
}

/**
 * Parses pasted JSON (an array of `{principle, question, probes, track}`) or CSV (header `principle,question,probes,track`,
 * probes separated by `|`) and checks every row. All or nothing: any bad row and the result lists every problem with
 * its line, and no row is returned.
 */
export function parseQuestionImport(text: string, context: TeamQuestionContext, existing: readonly ExistingQuestion[] = []): ImportResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, format: undefined, errors: [`Nothing to import: paste a JSON array or CSV with the header \`${CSV_HEADER}\`.`] };
  }
  const format: ImportFormat = trimmed.startsWith('[') || trimmed.startsWith('{') ? 'json' : 'csv';
  const read = format === 'json' ? readJson(text) : readCsv(text);
  if (!read.ok) return { ok: false, format, errors: read.errors };
  if (read.rows.length === 0) return { ok: false, format, errors: ['Nothing to import: there are no question rows.'] };
  if (read.rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, format, errors: [`${read.rows.length} rows: import at most ${MAX_IMPORT_ROWS} at a time.`] };
  }

  const errors: string[] = [];
  const rows: TeamQuestionInput[] = [];
  const seen = new Map<string, number>();
  const inChannel = new Map(existing.map((q) => [questionKey(q.text), q.id]));
  for (const { line, raw, error } of read.rows) {
    if (error !== undefined) {
      errors.push(`line ${line}: ${error}`);
      continue;
    }
    const checked = checkTeamQuestion(raw, context);
    if (!checked.ok) {
      errors.push(`line ${line}: ${checked.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const key = questionKey(checked.value.text);
    const earlier = seen.get(key);
    const stored = inChannel.get(key);
    if (earlier !== undefined) errors.push(`line ${line}: the same question as line ${earlier}; remove one of them`);
    else if (stored !== undefined) errors.push(`line ${line}: this question is already in the channel's questions as ${stored}; remove the row, or retire ${stored} first`);
    else rows.push(checked.value);
    seen.set(key, seen.get(key) ?? line);
  }
  return errors.length > 0 ? { ok: false, format, errors } : { ok: true, format, rows };
}

type Read = { ok: true; rows: RawRow[] } | { ok: false; errors: string[] };

function readJson(text: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message does not always say where (Node 20: "Unexpected token '}', ... is not valid JSON").
    const at = jsonErrorOffset(text);
    const found = at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[at])}`;
    return { ok: false, errors: [`line ${lineAt(text, at)}: not valid JSON (${found}); check the commas, quotes and brackets`] };
  }
  if (!Array.isArray(value)) {
    return { ok: false, errors: [`line 1: paste a JSON array: [{"principle": "dive-deep", "question": "Tell me about ...", "probes": ["..."], "track": "pm"}]`] };
  }
  const starts = topLevelElementStarts(text);
  // An exported file names each question's id; it is informative only (an import always adds new questions).
  const withoutId = (raw: unknown): unknown => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const { id: _id, ...rest } = raw as Record<string, unknown>;
    return rest;
  };
  return { ok: true, rows: value.map((raw, index) => ({ raw: withoutId(raw), line: lineAt(text, starts[index] ?? 0) })) };
}

function readCsv(text: string): Read {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [`line ${parsed.line}: ${parsed.error}`] };
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [header, ...body] = records;
  if (header === undefined) return { ok: true, rows: [] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.filter((n) => !(TEAM_QUESTION_FIELDS as readonly string[]).includes(n));
  if (unknown.length > 0 || !names.includes('principle') || !names.includes('question')) {
    return {
      ok: false,
      errors: [
        `line ${header.line}: the first line must be the header \`${CSV_HEADER}\`` +
          (unknown.length > 0 ? ` (I don't know the column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')})` : ''),
      ],
    };
  }
  const rows: RawRow[] = [];
  for (const record of body) {
    if (record.fields.length > names.length) {
      const error = `${record.fields.length} fields but the header has ${names.length}; put a field that holds a comma in double quotes`;
      rows.push({ line: record.line, raw: undefined, error });
      continue;
    }
    const raw: Record<string, string> = {};
    names.forEach((name, i) => {
      const value = record.fields[i];
      if (value !== undefined) raw[name] = value;
    });
    rows.push({ line: record.line, raw });
  }
  return { ok: true, rows };
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

/** Where each element of a top-level JSON array starts (the text is known to be valid JSON). */
function topLevelElementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 1 && expecting && char !== ']') {
      starts.push(i);
      expecting = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth === 1) expecting = true;
    } else if (char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 1) expecting = true;
  }
  return starts;
}

/** A stored team question as an import row. */
export interface ExportRow {
  id: string;
  principle: string;
  question: string;
  probes: readonly string[];
  /** null: every track. */
  track: string | null;
}

/** JSON that `/lp questions import` reads back (the id is informative; an import always adds new questions). */
export function exportJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(
    rows.map((r) => ({ id: r.id, principle: r.principle, question: r.question, probes: r.probes, track: r.track ?? '' })),
    null,
    2,
  )}\n`;
}

/** CSV with the import header; probes joined with `|`. */
export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv([[...TEAM_QUESTION_FIELDS], ...rows.map((r) => [r.principle, r.question, r.probes.join(' | '), r.track ?? ''])]);
}

/** Where JSON text stops being valid (a small recursive-descent reader); text.length when it ends too early. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  class Stop extends Error {}
  const fail = (): never => {
    throw new Stop();
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i += 1;
    }
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if ((text[i] as string) < ' ') fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i += 1;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (char === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number === null) fail();
    i += (number as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (error) {
    if (error instanceof Stop) return i;
    throw error;
  }
}
