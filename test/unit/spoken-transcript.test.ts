import { describe, expect, it } from 'vitest';
import { parseTranscript, type TranscriptParse } from '../../src/core/spoken/transcript.js';

const parsed = (vtt: string) => {
  const result: TranscriptParse = parseTranscript(vtt);
  if (!result.ok) throw new Error(`expected a transcript, got: ${result.problem}`);
  return result;
};

describe('parseTranscript: real-looking transcripts', () => {
  it('reads a Slack-style clip transcript without hours, with a NOTE block and a voice tag', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE This transcript was generated automatically.',
      'It may contain errors.',
      '',
      '00:00.500 --> 00:04.250',
      '<v Priya Shah>In my last role I owned the checkout service.</v>',
      '',
      '00:04.900 --> 00:09.000',
      '<v Priya Shah>Latency had doubled after a release &amp; customers noticed.</v>',
      '',
    ].join('\n');
    const result = parsed(vtt);
    expect(result.cues).toEqual([
      { startMs: 500, endMs: 4250, text: 'In my last role I owned the checkout service.' },
      { startMs: 4900, endMs: 9000, text: 'Latency had doubled after a release & customers noticed.' },
    ]);
    expect(result.text).toBe(
      'In my last role I owned the checkout service. Latency had doubled after a release & customers noticed.',
    );
    expect(result.text).not.toContain('NOTE');
  });

  it('reads a meeting-tool transcript with hours, numbered cues, cue settings and multi-line text', () => {
    const vtt = [
      'WEBVTT - Zoom recording',
      '',
      '1',
      '00:00:01.000 --> 00:00:05.500 align:start position:10%',
      '<v Speaker 1>So the situation was',
      'a backlog of 400 tickets.',
      '',
      '2',
      '01:02:03.004 --> 01:02:04.000 line:0 size:80%',
      'And then &lt;the&gt; fix&nbsp;shipped.',
      '',
    ].join('\r\n');
    const result = parsed(vtt);
    expect(result.cues).toEqual([
      { startMs: 1000, endMs: 5500, text: 'So the situation was a backlog of 400 tickets.' },
      { startMs: 3_723_004, endMs: 3_724_000, text: 'And then <the> fix shipped.' },
    ]);
  });

  it('strips styling and karaoke timestamp tags and decodes numeric entities', () => {
    const vtt = [
      'WEBVTT',
      'Kind: captions',
      'Language: en',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      '00:00:00.000 --> 00:00:03.000 align:start position:0%',
      'we<00:00:00.500><c> reduced</c><00:00:01.000><c> costs</c> <i>by</i> <b>30%</b> &#8212; &#x2014;',
      '',
    ].join('\n');
    const result = parsed(vtt);
    expect(result.cues[0]?.text).toBe('we reduced costs by 30% — —');
  });

  it('keeps an escaped tag as text and leaves unknown entities as written', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nWe typed &lt;v&gt; in the &bogus; field\n';
    expect(parsed(vtt).text).toBe('We typed <v> in the &bogus; field');
  });

  it('sorts cues written out of order and drops cues that end before they start', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:10.000 --> 00:00:12.000',
      'third',
      '',
      '00:00:01.000 --> 00:00:03.000',
      'first',
      '',
      '00:00:09.000 --> 00:00:08.000',
      'backwards',
      '',
      '00:00:05.000 --> 00:00:07.000',
      'second',
      '',
    ].join('\n');
    const result = parsed(vtt);
    expect(result.cues.map((cue) => cue.text)).toEqual(['first', 'second', 'third']);
    expect(result.text).toBe('first second third');
  });

  it('skips cues with no words but keeps the rest', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann></v>\n\n00:02.000 --> 00:03.000\nHello there\n';
    expect(parsed(vtt).cues).toEqual([{ startMs: 2000, endMs: 3000, text: 'Hello there' }]);
  });

  it('reads a three-minute answer into every cue, in order, with the last cue ending at 3:00', () => {
    const sentences = [
      'Tell you about a time I disagreed with my manager.',
      'We were planning the Q3 migration of the billing database.',
      'My manager wanted a single weekend cutover.',
      'I thought the risk to customers was too high.',
      'So I pulled the last two years of incident data.',
      'Three of our four outages came from big-bang changes.',
      'I wrote a one-page proposal for a phased migration.',
      'I shared it with him first, privately, not in the team meeting.',
      'He pushed back on the extra two weeks.',
      'We agreed to pilot it on one region.',
      'The pilot finished with zero customer-facing errors.',
      'He then backed the phased plan for all regions.',
      'The full migration finished one week late but with no outages.',
      'Support tickets about billing dropped by 22 percent that quarter.',
      'What I learned is to bring data, and to disagree in private first.',
      'I still use that one-page format for every risky change.',
      'And my manager now asks for it on his own projects.',
      'That is the story.',
    ];
    const stamp = (ms: number) => {
      const m = Math.floor(ms / 60_000);
      const s = (ms % 60_000) / 1000;
      return `00:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
    };
    const step = 180_000 / sentences.length;
    const body = sentences
      .map((sentence, i) => `${i + 1}\n${stamp(Math.round(i * step))} --> ${stamp(Math.round((i + 1) * step))}\n<v Dev>${sentence}</v>`)
      .join('\n\n');
    const result = parsed(`WEBVTT\n\n${body}\n`);
    expect(result.cues).toHaveLength(sentences.length);
    expect(result.cues.at(-1)?.endMs).toBe(180_000);
    expect(result.text).toBe(sentences.join(' '));
  });
});

describe('parseTranscript: input that is not a usable transcript', () => {
  it.each([
    ['no WEBVTT header', '00:00:01.000 --> 00:00:02.000\nHello\n'],
    ['plain text', 'I led the migration and it went well.'],
    ['garbage bytes', '\u0000\u0001 -->-->--> %%% <<<>>>'],
    ['an empty string', ''],
    ['the header only', 'WEBVTT\n'],
    ['a header and an empty body', 'WEBVTT\n\n\n\n'],
    ['a header and cues whose timings cannot be read', 'WEBVTT\n\n00:01 -> 00:02\nHello\n\nsoon --> later\nBye\n'],
    ['a header and only backwards cues', 'WEBVTT\n\n00:05.000 --> 00:04.000\nHello\n'],
    ['a header with a misspelt signature', 'WEBVTTX\n\n00:01.000 --> 00:02.000\nHello\n'],
  ])('calls %s malformed', (_label, vtt) => {
    expect(parseTranscript(vtt)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('calls a well-formed file whose cues hold no words empty', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann></v>\n\n00:03.000 --> 00:04.000\n&nbsp; <c></c>\n';
    expect(parseTranscript(vtt)).toEqual({ ok: false, problem: 'empty' });
  });

  it('never throws, even on values a caller should not pass', () => {
    expect(parseTranscript(undefined as unknown as string)).toEqual({ ok: false, problem: 'malformed' });
    expect(parseTranscript(42 as unknown as string)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('copes with a 1 MB transcript quickly', () => {
    let vtt = 'WEBVTT\n\n';
    let i = 0;
    while (vtt.length < 1_000_000) {
      const start = new Date(i * 2500).toISOString().slice(11, 23);
      const end = new Date(i * 2500 + 2000).toISOString().slice(11, 23);
      vtt += `${start} --> ${end}\n<v Ann>So, um, we shipped the fix &amp; it held.</v>\n\n`;
      i++;
    }
    const started = performance.now();
    const result = parsed(vtt);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.cues).toHaveLength(i);
    expect(result.cues[0]?.text).toBe('So, um, we shipped the fix & it held.');
  });

  it('copes with a 1 MB cue full of stray angle brackets quickly', () => {
    const vtt = `WEBVTT\n\n00:00.000 --> 00:10.000\n${'a < b '.repeat(170_000)}\n`;
    const started = performance.now();
    const result = parseTranscript(vtt);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(true);
  });
});
