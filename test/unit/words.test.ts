import { describe, expect, it } from 'vitest';
import { countWords as countThreadWords } from '../../src/core/thread/classify.js';
import { answerProblem, countWords as countPracticeWords } from '../../src/features/practice/service.js';

// Issue 11 part 4: word counts assumed spaces, so a Chinese story was "2 words" and never a story in a thread.
const SAMPLES: Array<{ language: string; text: string; atLeast: number }> = [
  { language: 'Chinese', text: '我们把结账流程的延迟降低了百分之四十，因为我重新设计了缓存。', atLeast: 12 },
  { language: 'Japanese', text: '私はキャッシュを再設計し、レイテンシを四十パーセント削減しました。', atLeast: 10 },
  { language: 'Thai', text: 'ฉันออกแบบระบบแคชใหม่และลดเวลาแฝงลงสี่สิบเปอร์เซ็นต์', atLeast: 8 },
];

describe('word counts in any script', () => {
  for (const { language, text, atLeast } of SAMPLES) {
    it(`counts the words of ${language} text written without spaces`, () => {
      expect(countThreadWords(text)).toBeGreaterThanOrEqual(atLeast);
      expect(countPracticeWords(text)).toBeGreaterThanOrEqual(atLeast);
    });
  }

  it('counts spaced scripts and English as before', () => {
    expect(countThreadWords('Я переделал кэш и сократил задержку на сорок процентов.')).toBe(9);
    expect(countThreadWords('I led the rollout, cut p95 from 1.8s to 280ms and R&D signed off.')).toBe(14);
    expect(countPracticeWords("We didn't ship: the e-mail flow broke.")).toBe(7);
  });

  it('still ignores markup in thread replies around non-Latin words', () => {
    expect(countThreadWords('<@U123> :tada: *我们把结账流程*')).toBeGreaterThanOrEqual(3);
    expect(countThreadWords('<@U123> :tada:')).toBe(0);
  });

  it('the practice modal does not call a long Chinese story "2 words"', () => {
    const story = '我们把结账流程的延迟降低了百分之四十，因为我重新设计了缓存。 团队一开始不同意，我用数据说服了他们。';
    expect(answerProblem(story)).toBeUndefined();
  });
});

describe('word counts stay fast', () => {
  it('estimates a huge non-Latin text instead of segmenting all of it', () => {
    const huge = '我们把结账流程的延迟降低了。'.repeat(80_000);
    const started = performance.now();
    const words = countThreadWords(huge);
    expect(performance.now() - started).toBeLessThan(500);
    expect(words).toBeGreaterThan(400_000);
  });
});
