import { describe, expect, it } from 'vitest';
import { analyzeText, clauseSpans, normalizeMrkdwn, quote, sentenceSpans, stem, tokenize } from '../../../src/core/rubric/text.js';

describe('normalizeMrkdwn', () => {
  it('keeps the length, so offsets point into the original', () => {
    const original = '*Action:* I used <https://x.example/a|the flame graph> with <@U123> :tada: and `price_quote` ~fast~ _now_';
    const { text } = normalizeMrkdwn(original);
    expect(text).toHaveLength(original.length);
    expect(text).toContain('the flame graph');
    expect(text).not.toContain('https');
    expect(text).not.toContain('U123');
    expect(text).not.toContain('tada');
    expect(text).toContain('price_quote');
    expect(text).not.toMatch(/[*~`]/);
    expect(text).toMatch(/ now /);
  });

  it('turns Slack-escaped entities back into characters, so "-&gt;" reads as an arrow', () => {
    const { text } = normalizeMrkdwn('p95 1.8s -&gt; 280ms &amp; more');
    expect(text.startsWith('p95 1.8s ->')).toBe(true);
    expect(text).toContain('& ');
  });

  it('blanks fenced code and counts its characters', () => {
    const { text, codeChars } = normalizeMrkdwn('Before\n```\nconst a = 1;\n```\nafter');
    expect(text).not.toContain('const');
    expect(codeChars).toBeGreaterThan(8);
  });

  it('removes bullets and numbered list markers at line starts', () => {
    const { text } = normalizeMrkdwn('• one\n- two\n1. three\n2) four');
    expect(text.split('\n').map((l) => l.trim())).toEqual(['one', 'two', 'three', 'four']);
  });
});

describe('sentences', () => {
  it('splits on sentence punctuation and line breaks, not on decimals or abbreviations', () => {
    const text = 'Latency fell from 1.8s to 0.28s, e.g. on checkout. Then I left!\nNew line here';
    const spans = sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim());
    expect(spans).toEqual(['Latency fell from 1.8s to 0.28s, e.g. on checkout.', 'Then I left!', 'New line here']);
  });

  it('splits a run-on sentence at commas that open a new clause, and leaves short sentences whole', () => {
    const runOn =
      'so our checkout page was slow on phones and people left before it loaded, i profiled the page with the browser tools and found the huge images, we shipped the fix behind a flag to a few users first, and it worked';
    const parts = clauseSpans(runOn, 0, runOn.length).map(([s, e]) => runOn.slice(s, e).trim());
    expect(parts).toEqual([
      'so our checkout page was slow on phones and people left before it loaded,',
      'i profiled the page with the browser tools and found the huge images,',
      'we shipped the fix behind a flag to a few users first, and it worked',
    ]);
    const short = 'I left, we stayed.';
    expect(clauseSpans(short, 0, short.length)).toEqual([[0, short.length]]);
  });

  it('keeps a sentence wrapped by an editor together, but splits at bullets and after end punctuation', () => {
    const original = 'I traced the failures to a timeout in the tax\nAPI and added retries with\nbackoff. Failures fell.\n- first item\n- second item';
    const spans = sentenceSpans(normalizeMrkdwn(original).text, original).map(([s, e]) => original.slice(s, e).replace(/\s+/g, ' ').trim());
    expect(spans).toEqual(['I traced the failures to a timeout in the tax', 'API and added retries with backoff.', 'Failures fell.', '- first item', '- second item']);
  });

  it('finds STAR labels in several spellings and removes them from the sentence', () => {
    const doc = analyzeText('S: a.\n*Task:* b.\nACTION - c.\nWhat I learned: d.\nAction / What went wrong: e.\nMy Responsibility: f.');
    expect(doc.sentences.map((s) => s.label)).toEqual(['situation', 'task', 'action', 'learning', 'action', 'other']);
    expect(doc.sentences[1]?.tokens.map((t) => t.text)).toEqual(['b']);
  });

  it('does not read an ordinary sentence with a colon as a label', () => {
    const doc = analyzeText('I found three causes: images, calls and fonts.');
    expect(doc.sentences[0]?.label).toBeUndefined();
  });

  it('reads a heading alone on its line as a label', () => {
    const doc = analyzeText('*Result*\nTickets fell by 40%.');
    expect(doc.sentences[0]?.label).toBe('result');
  });
});

describe('tokens', () => {
  it('reads numbers with units, currency, signs and alphanumerics as single tokens', () => {
    const text = 'p95 went 1.8s -> 280ms (-84%), saving $45K and 3x faster';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual(['p95', 'went', '1.8s', '->', '280ms', '84%', 'saving', '$45K', 'and', '3x', 'faster']);
    expect(tokens.find((t) => t.text === '84%')?.signed).toBe(true);
    expect(tokens.find((t) => t.text === '->')?.kind).toBe('arrow');
  });

  it('stems inflections of one word to the same form', () => {
    expect(new Set(['decide', 'decided', 'decides', 'deciding'].map(stem)).size).toBe(1);
    expect(stem('shipped')).toBe(stem('ship'));
    expect(stem('canaries')).toBe(stem('canary'));
  });
});

describe('quote', () => {
  it('quotes the original words, markup trimmed at the edges and long spans cut around the focus', () => {
    const original = `*Action:* ${'word '.repeat(60)}NEEDLE ${'word '.repeat(60)}`;
    const doc = analyzeText(original);
    const sentence = doc.sentences[0];
    if (sentence === undefined) throw new Error('no sentence');
    const at = original.indexOf('NEEDLE');
    const q = quote(doc, sentence.start, sentence.end, { start: at, end: at + 6 });
    expect(q).toContain('NEEDLE');
    expect(q.startsWith('…')).toBe(true);
    expect(q.length).toBeLessThan(200);
  });
});
