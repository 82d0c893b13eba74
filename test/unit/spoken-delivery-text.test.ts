import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/core/spoken/delivery.js';
import { deliveryLines, formatClock, paceTrendLine } from '../../src/core/spoken/delivery-text.js';

const delivery = (over: Partial<Delivery> = {}): Delivery => ({
  durationMs: 75_000,
  words: 180,
  wordsPerMinute: 145,
  fillers: [],
  fillersPerMinute: 0,
  pauses: [],
  verdict: 'on-target',
  ...over,
});
const lineStarting = (lines: readonly string[], label: string) => {
  const line = lines.find((candidate) => candidate.startsWith(label));
  if (line === undefined) throw new Error(`no line starting ${label} in:\n${lines.join('\n')}`);
  return line;
};

describe('formatClock', () => {
  it('shows m:ss, flooring to the second a player would show', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(12_900)).toBe('0:12');
    expect(formatClock(107_400)).toBe('1:47');
    expect(formatClock(725_000)).toBe('12:05');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('deliveryLines', () => {
  it('says how far over a long answer is and what to cut', () => {
    const lines = deliveryLines(delivery({ durationMs: 107_400, verdict: 'long' }));
    expect(lineStarting(lines, '*Time:*')).toBe(
      '*Time:* 1:47 spoken (target 1:00-1:30): about 17 s over; cut the Situation to two sentences.',
    );
  });

  it('asks for a deeper cut when an answer is well over', () => {
    expect(lineStarting(deliveryLines(delivery({ durationMs: 150_000, verdict: 'long' })), '*Time:*')).toContain('about 60 s over');
  });

  it('never says "0 s over" or "0 s short" for a clip just past a limit', () => {
    expect(lineStarting(deliveryLines(delivery({ durationMs: 90_100, verdict: 'long' })), '*Time:*')).toContain('about 1 s over');
    expect(lineStarting(deliveryLines(delivery({ durationMs: 59_900, verdict: 'short' })), '*Time:*')).toContain('about 1 s short');
  });

  it('says how much a short answer needs and what to add', () => {
    expect(lineStarting(deliveryLines(delivery({ durationMs: 42_000, verdict: 'short' })), '*Time:*')).toBe(
      '*Time:* 0:42 spoken (target 1:00-1:30): about 18 s short; add the Result with a number and one line on what you learned.',
    );
  });

  it('tells a clip over 10 minutes it was scored on its transcript and to aim for 60-90 s', () => {
    const time = lineStarting(deliveryLines(delivery({ durationMs: 725_000, verdict: 'cut' })), '*Time:*');
    expect(time).toContain('12:05');
    expect(time).toContain('over 10 minutes');
    expect(time).toContain('scored on its transcript');
    expect(time).toContain('60-90 s');
  });

  it('praises an on-target answer', () => {
    expect(lineStarting(deliveryLines(delivery()), '*Time:*')).toBe('*Time:* 1:15 spoken (target 1:00-1:30): right on target.');
  });

  it('gives the pace against a calm interview pace', () => {
    expect(lineStarting(deliveryLines(delivery({ wordsPerMinute: 168 })), '*Pace:*')).toMatch(
      /^\*Pace:\* 168 words a minute \(a calm interview pace is about 130-160\): slow down/,
    );
    expect(lineStarting(deliveryLines(delivery({ wordsPerMinute: 112 })), '*Pace:*')).toContain('a touch slow');
    expect(lineStarting(deliveryLines(delivery({ wordsPerMinute: 145 })), '*Pace:*')).toBe(
      '*Pace:* 145 words a minute, a calm interview pace (about 130-160).',
    );
    expect(lineStarting(deliveryLines(delivery({ wordsPerMinute: null })), '*Pace:*')).toContain('not measured');
  });

  it('lists fillers grouped by word with their times, quoting at most 8', () => {
    const at = (filler: string, s: number) => ({ filler, atMs: s * 1000 });
    const fillers = [at('um', 12), at('um', 48), at('you know', 65), at('um', 70), at('like', 71), at('uh', 80), at('like', 90), at('um', 95), at('um', 99), at('like', 101)];
    const line = lineStarting(deliveryLines(delivery({ fillers, fillersPerMinute: 5.6, durationMs: 107_000, verdict: 'long' })), '*Fillers:*');
    expect(line).toMatch(/^\*Fillers:\* 10 \(5\.6 a minute\): “um” at 0:12, 0:48, 1:10, 1:35, “you know” at 1:05, “like” at 1:11, 1:30, “uh” at 1:20 … and 2 more\./);
    expect(line).not.toContain('1:39');
    expect(line).not.toContain('1:41');
  });

  it('names a single filler without a list', () => {
    const line = lineStarting(deliveryLines(delivery({ fillers: [{ filler: 'basically', atMs: 3000 }], fillersPerMinute: 0.8 })), '*Fillers:*');
    expect(line).toBe('*Fillers:* 1 (0.8 a minute): “basically” at 0:03.');
  });

  it('lists long pauses with where they start and how long they were', () => {
    const lines = deliveryLines(delivery({ pauses: [{ atMs: 31_000, lengthMs: 4000 }, { atMs: 70_500, lengthMs: 6200 }] }));
    expect(lineStarting(lines, '*Pauses:*')).toBe('*Pauses:* 2 over 3 s, at 0:31 (4 s) and 1:10 (6.2 s).');
    // With pauses but no fillers, the fillers line is a short positive one.
    expect(lineStarting(lines, '*Fillers:*')).toBe('*Fillers:* none heard. Clean delivery.');
  });

  it('says positively, in one line, when there are no fillers and no long pauses', () => {
    const lines = deliveryLines(delivery());
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^\*Fillers and pauses:\* none/);
    expect(lines.filter((line) => line.startsWith('*Pauses:*'))).toEqual([]);
  });

  it('says so positively when there are fillers but no long pauses', () => {
    const lines = deliveryLines(delivery({ fillers: [{ filler: 'um', atMs: 1000 }], fillersPerMinute: 0.8 }));
    expect(lineStarting(lines, '*Pauses:*')).toBe('*Pauses:* none over 3 s; the story kept flowing.');
  });

  it('stays within 5 lines of under 300 characters even for a rambling 12-minute clip', () => {
    const fillers = Array.from({ length: 90 }, (_, i) => ({ filler: i % 2 ? 'you know' : 'basically', atMs: 595_000 + i * 1000 }));
    const pauses = Array.from({ length: 40 }, (_, i) => ({ atMs: 600_000 + i * 60_000, lengthMs: 12_345 }));
    const lines = deliveryLines(
      delivery({ durationMs: 3_599_000, verdict: 'cut', wordsPerMinute: 212, fillers, fillersPerMinute: 1.5, pauses }),
    );
    expect(lines.length).toBeLessThanOrEqual(5);
    for (const line of lines) expect(line.length).toBeLessThan(300);
    expect(lineStarting(lines, '*Pauses:*')).toContain('and 35 more');
    expect(lineStarting(lines, '*Fillers:*')).toContain('… and 82 more');
  });
});

describe('paceTrendLine', () => {
  it('says a speaker slowed down towards the target', () => {
    expect(paceTrendLine({ first: 182, last: 151, change: 'slower' })).toBe(
      'Pace over your spoken answers: 182 → 151 words a minute (slower, closer to the target)',
    );
  });

  it('says when a change moved away from the target', () => {
    expect(paceTrendLine({ first: 150, last: 185, change: 'faster' })).toBe(
      'Pace over your spoken answers: 150 → 185 words a minute (faster, further from the target)',
    );
  });

  it('calls a small change steady', () => {
    expect(paceTrendLine({ first: 140, last: 146, change: 'steady' })).toBe(
      'Pace over your spoken answers: 140 → 146 words a minute (steady, at a calm pace)',
    );
    expect(paceTrendLine({ first: 190, last: 185, change: 'steady' })).toBe('Pace over your spoken answers: 190 → 185 words a minute (steady)');
  });
});
