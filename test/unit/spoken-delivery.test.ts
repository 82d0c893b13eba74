import { describe, expect, it } from 'vitest';
import { analyseDelivery, paceTrend, type Delivery } from '../../src/core/spoken/delivery.js';
import type { Cue } from '../../src/core/spoken/transcript.js';
import { parseTranscript } from '../../src/core/spoken/transcript.js';

const cue = (startMs: number, endMs: number, text: string): Cue => ({ startMs, endMs, text });
/** The fillers heard in one sentence, said over ten seconds. */
const fillersIn = (text: string) => analyseDelivery([cue(0, 10_000, text)], 10_000).fillers.map((use) => use.filler);
const verdict = (durationMs: number): Delivery['verdict'] => analyseDelivery([cue(0, 5000, 'We shipped it.')], durationMs).verdict;

describe('analyseDelivery: time and verdict', () => {
  it.each([
    [59_900, 'short'],
    [60_000, 'on-target'],
    [75_000, 'on-target'],
    [90_000, 'on-target'],
    [90_100, 'long'],
    [600_000, 'long'],
    [600_001, 'cut'],
    [725_000, 'cut'],
  ] as const)('calls a %i ms clip %s', (durationMs, expected) => {
    expect(verdict(durationMs)).toBe(expected);
  });

  it("uses the clip's duration, not the transcript, as spoken time", () => {
    const d = analyseDelivery([cue(2000, 50_000, 'words here')], 95_000);
    expect(d.durationMs).toBe(95_000);
    expect(d.verdict).toBe('long');
  });

  it("falls back to the last cue's end when the clip has no duration", () => {
    const cues = [cue(0, 30_000, 'first part'), cue(31_000, 70_000, 'second part')];
    expect(analyseDelivery(cues, 0)).toMatchObject({ durationMs: 70_000, verdict: 'on-target' });
    expect(analyseDelivery(cues, Number.NaN)).toMatchObject({ durationMs: 70_000, verdict: 'on-target' });
  });
});

describe('analyseDelivery: pace', () => {
  it('counts words a minute over the span from the first cue start to the last cue end', () => {
    // 30 words from 0:10 to 0:22 (12 s, ignoring the 10 s of silence before): 150 a minute.
    const words = Array.from({ length: 15 }, (_, i) => `word${i}`).join(' ');
    const d = analyseDelivery([cue(10_000, 16_000, words), cue(16_500, 22_000, words)], 60_000);
    expect(d.words).toBe(30);
    expect(d.wordsPerMinute).toBe(150);
  });

  it('rounds words a minute to a whole number', () => {
    // 8 words over 7 s = 68.57 a minute → 69.
    expect(analyseDelivery([cue(0, 7000, 'one two three four five six seven eight')], 7000).wordsPerMinute).toBe(69);
  });

  it('gives no pace for a span under 5 seconds, or for no words at all', () => {
    expect(analyseDelivery([cue(0, 4999, 'a quick burst of several words here')], 30_000).wordsPerMinute).toBeNull();
    expect(analyseDelivery([cue(0, 5000, 'a quick burst of several words here')], 30_000).wordsPerMinute).toBe(84);
    expect(analyseDelivery([cue(0, 20_000, '— …')], 30_000).wordsPerMinute).toBeNull();
    expect(analyseDelivery([], 30_000)).toMatchObject({ words: 0, wordsPerMinute: null, fillers: [], pauses: [] });
  });
});

describe('analyseDelivery: fillers', () => {
  it('always counts hesitation sounds, in any spelling length, named by family', () => {
    expect(fillersIn('Um, so we, uh, umm, decided. Erm. Er, hmm, uhh OK.')).toEqual(['um', 'uh', 'um', 'erm', 'er', 'hmm', 'uh']);
  });

  it('does not count words that only look like sounds', () => {
    expect(fillersIn('An umbrella policy for the hummingbird team; to err is human; uh-huh said the user.')).toEqual([]);
  });

  it('counts "like" set off by commas or dashes, or opening a clause', () => {
    expect(fillersIn('So, like, we rebuilt the pipeline.')).toEqual(['like']);
    expect(fillersIn('And like the team just stopped answering.')).toEqual(['like']);
    expect(fillersIn('He was like, no way, that is too risky.')).toEqual(['like']);
    expect(fillersIn('It was like really hard to test.')).toEqual(['like']);
    expect(fillersIn('We had a problem — like — nobody owned the alarms.')).toEqual(['like']);
    expect(fillersIn('The pager was silent, like we had no monitoring at all.')).toEqual(['like']);
  });

  it('does not count "like" when it is meant: wishes, resemblance, comparisons, examples, other forms', () => {
    const meant = [
      'I would like to own that service.',
      "I'd like to tell you about a launch.",
      'It looks like the cache was cold.',
      'It felt like a war room and it feels like yesterday.',
      'We took something like 40 tickets a week.',
      'We did it like this, step by step.',
      'We built it like a queue.',
      'Teams like ours rarely get a second chance.',
      'It was likely to slip. Customers liked it.',
      'Like I said, we agreed to pilot it.',
      'We like the new runbook and the customers like it too.',
      'Just like the old system it paged twice.',
    ];
    for (const sentence of meant) expect(fillersIn(sentence), sentence).toEqual([]);
    // Even where a filler's shape follows (a comma, an intensifier), the verb or resemblance before it wins.
    expect(fillersIn('It looks like, um, the cache was cold.')).toEqual(['um']);
    expect(fillersIn('I like really hard problems and we would like, honestly, more of them.')).toEqual([]);
  });

  it('counts "you know" and "I mean" only as tags, not as the real verbs', () => {
    expect(fillersIn('The rollout was, you know, messy.')).toEqual(['you know']);
    expect(fillersIn('It was late, you know?')).toEqual(['you know']);
    expect(fillersIn('I mean, the numbers were bad.')).toEqual(['I mean']);
    expect(fillersIn('I mean we had no choice.')).toEqual(['I mean']);
    expect(fillersIn('As you know, we run on call. Do you know what we found? You know the old dashboard.')).toEqual([]);
    expect(fillersIn("That is not what I mean. I mean it when I say I'm sorry.")).toEqual([]);
  });

  it('counts "kind of" and "sort of" as hedges but not when they name a type', () => {
    expect(fillersIn('We kind of fixed it and sort of moved on.')).toEqual(['kind of', 'sort of']);
    expect(fillersIn('What kind of problem was it? A new sort of outage, the wrong kind of alert.')).toEqual([]);
  });

  it('counts "basically" opening a sentence but not inside one', () => {
    expect(fillersIn('Basically, we rewrote it. So basically the team agreed.')).toEqual(['basically', 'basically']);
    expect(fillersIn('The old page was basically unusable.')).toEqual([]);
  });

  it('places each filler in time by its word position within its cue', () => {
    // "um" is word 2 of 4 in a cue from 10 s to 14 s: 10 + 2/4 × 4 = 12 s. "uh" opens the second cue.
    const d = analyseDelivery([cue(10_000, 14_000, 'we then um shipped'), cue(20_000, 22_000, 'uh yes')], 30_000);
    expect(d.fillers).toEqual([
      { filler: 'um', atMs: 12_000 },
      { filler: 'uh', atMs: 20_000 },
    ]);
  });

  it('reads a phrase split across two cues once, at its first word', () => {
    const d = analyseDelivery([cue(0, 2000, 'It was, you'), cue(2000, 4000, 'know, a mess.')], 4000);
    expect(d.fillers).toEqual([{ filler: 'you know', atMs: 1333 }]);
  });

  it('gives fillers a minute over the spoken time, to one decimal', () => {
    // 3 fillers in 70 s = 2.571… → 2.6.
    const d = analyseDelivery([cue(0, 60_000, 'um we uh shipped it um')], 70_000);
    expect(d.fillers).toHaveLength(3);
    expect(d.fillersPerMinute).toBe(2.6);
    expect(analyseDelivery([cue(0, 60_000, 'we shipped it')], 70_000).fillersPerMinute).toBe(0);
  });
});

describe('analyseDelivery: pauses', () => {
  it('reports silences between cues longer than 3 s, where they start and how long', () => {
    const d = analyseDelivery(
      [cue(0, 5000, 'one'), cue(8000, 10_000, 'exactly three seconds later'), cue(13_001, 15_000, 'just over'), cue(21_000, 25_000, 'six later')],
      25_000,
    );
    expect(d.pauses).toEqual([
      { atMs: 10_000, lengthMs: 3001 },
      { atMs: 15_000, lengthMs: 6000 },
    ]);
  });

  it('does not count a short cue overlapping a long one as a silence', () => {
    const d = analyseDelivery([cue(0, 20_000, 'a long cue'), cue(2000, 3000, 'overlap'), cue(21_000, 24_000, 'next')], 24_000);
    expect(d.pauses).toEqual([]);
  });

  it('sorts cues it is given out of order before looking for gaps', () => {
    const d = analyseDelivery([cue(10_000, 12_000, 'later'), cue(0, 2000, 'first')], 12_000);
    expect(d.pauses).toEqual([{ atMs: 2000, lengthMs: 8000 }]);
  });
});

describe('analyseDelivery: a real transcript end to end', () => {
  it('analyses a 1:47 answer with fillers, a long pause and a fast pace', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00.000 --> 00:12.000',
      '<v Sam>So, um, last year I owned the payments retry service and, like, it was failing silently for about 2 percent of orders.',
      '',
      '00:12.000 --> 00:30.000',
      '<v Sam>I mean, nobody had an alarm on it. I pulled the logs, found the retries were capped at one attempt, and wrote a design for exponential backoff with a dead letter queue.',
      '',
      '00:34.500 --> 01:00.000',
      '<v Sam>My manager, you know, wanted to wait for the re-platform, so I built a one-week prototype on a single region and measured it, which looks like the right call in hindsight. We kind of ran it in shadow mode first.',
      '',
      '01:00.000 --> 01:47.000',
      '<v Sam>Failed orders dropped from 2 percent to 0.1 percent, about 40 thousand dollars a month. Uh, what I learned is to put a number on a silent failure early, because that is what gets it prioritised. Now I add an alarm before I add a feature, and the team does too.',
      '',
    ].join('\n');
    const parsed = parseTranscript(vtt);
    if (!parsed.ok) throw new Error('expected a transcript');
    const d = analyseDelivery(parsed.cues, 107_400);
    expect(d.verdict).toBe('long');
    expect(d.fillers.map((use) => use.filler)).toEqual(['um', 'like', 'I mean', 'you know', 'kind of', 'uh']);
    expect(d.fillers[0]?.atMs).toBeLessThan(2000);
    expect(d.pauses).toEqual([{ atMs: 30_000, lengthMs: 4500 }]);
    expect(d.wordsPerMinute).toBe(Math.round(d.words / (107 / 60)));
    expect(d.fillersPerMinute).toBe(3.4);
  });
});

describe('paceTrend', () => {
  it('needs two spoken answers', () => {
    expect(paceTrend([])).toBeUndefined();
    expect(paceTrend([150])).toBeUndefined();
  });

  it('compares the oldest and the latest pace', () => {
    expect(paceTrend([182, 170, 151])).toEqual({ first: 182, last: 151, change: 'slower' });
    expect(paceTrend([120, 200, 135])).toEqual({ first: 120, last: 135, change: 'faster' });
  });

  it('calls a change of 10 words a minute or less steady', () => {
    expect(paceTrend([150, 160])).toEqual({ first: 150, last: 160, change: 'steady' });
    expect(paceTrend([150, 140])).toEqual({ first: 150, last: 140, change: 'steady' });
    expect(paceTrend([150, 161])?.change).toBe('faster');
    expect(paceTrend([150, 139])?.change).toBe('slower');
  });
});
