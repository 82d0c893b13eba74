import { describe, expect, it } from 'vitest';
import { classifyReply, countWords, FOLLOW_UP_REPLY_MIN_WORDS } from '../../../src/core/thread/classify.js';

describe('countWords', () => {
  it('counts words, not mentions, links, emoji codes or mrkdwn markers', () => {
    expect(countWords('*Situation:* I led   the  <https://x.io|rollout> with <@U123> :tada: _fast_ > quoted')).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countWords('p95 1.8s -> 280ms')).toBe(3);
  });
});

describe('classifyReply', () => {
  it('is a story at the minimum length and a comment below it', () => {
    expect(classifyReply({ words: 40, minAnswerWords: 40, hasOpenFollowUp: false })).toBe('story');
    expect(classifyReply({ words: 39, minAnswerWords: 40, hasOpenFollowUp: false })).toBe('comment');
  });

  it("takes the author's next substantial reply after a follow-up as its answer, but not a one-liner", () => {
    expect(classifyReply({ words: FOLLOW_UP_REPLY_MIN_WORDS, minAnswerWords: 40, hasOpenFollowUp: true })).toBe('follow-up-reply');
    expect(classifyReply({ words: 120, minAnswerWords: 40, hasOpenFollowUp: true })).toBe('follow-up-reply');
    expect(classifyReply({ words: 3, minAnswerWords: 40, hasOpenFollowUp: true })).toBe('comment');
  });
});
