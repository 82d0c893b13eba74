/*
 * A small RFC 4180 CSV reader and writer. A library (csv-parse, papaparse) would be more code than the whole format
 * needs here: one header and four short columns, pasted into a Slack modal of at most 3,000 characters. What we need
 * that a generic parser hides is the line each record starts on, so every bad row can be reported as "line N".
 */

export interface CsvRecord {
  /** 1-based line in the text where the record starts (a quoted field may run over several lines). */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: string };

/**
 * Reads CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas, line
 * breaks and doubled quotes (`""`). Blank lines are skipped. Fails (with its line) on a quote that is never closed or
 * text straight after a closing quote.
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let quoted = false;
  let afterQuote = false;
  let quoteLine = 1;
  let blank = true;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(blank && fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    blank = true;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '\r' && text[i + 1] === '\n') continue;
    if (char === '\n' || char === '\r') {
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    if (blank) recordLine = line;
    blank = false;
    if (char === ',') {
      endField();
      continue;
    }
    if (afterQuote) {
      return { ok: false, line, error: 'text after a closing quote; put the whole field in quotes and double any quote inside it ("")' };
    }
    if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
      quoteLine = line;
      continue;
    }
    field += char;
  }
  if (quoted) return { ok: false, line: quoteLine, error: 'a quote opened here is never closed' };
  endRecord();
  return { ok: true, records };
}

/** One CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records as CSV text, CRLF between records as RFC 4180 says. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
