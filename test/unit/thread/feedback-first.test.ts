import { describe, expect, it } from 'vitest';
import { FeedbackFirst } from '../../../src/features/thread-answers/feedback-first.js';

const later = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FeedbackFirst: feedback before reactions and follow-ups', () => {
  it('holds secondary work while any feedback is in flight, then runs it', async () => {
    const order = new FeedbackFirst();
    const log: string[] = [];
    let finishFeedback: () => void = () => {};
    const feedback = order.feedback(() => new Promise<void>((resolve) => (finishFeedback = resolve)).then(() => void log.push('feedback B')));
    const secondary = order.secondary(async () => void log.push('reaction A'));
    await later(20);
    expect(log).toEqual([]);
    finishFeedback();
    await Promise.all([feedback, secondary]);
    expect(log).toEqual(['feedback B', 'reaction A']);
  });

  it('runs at most `concurrency` secondary tasks at once', async () => {
    const order = new FeedbackFirst({ concurrency: 2, maxWaitMs: 10_000 });
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await later(5);
      running -= 1;
    };
    await Promise.all(Array.from({ length: 6 }, () => order.secondary(task)));
    expect(most).toBe(2);
  });

  it('lets secondary work go after maxWaitMs under feedback that never pauses', async () => {
    const order = new FeedbackFirst({ concurrency: 4, maxWaitMs: 30 });
    let release: () => void = () => {};
    const endless = order.feedback(() => new Promise<void>((resolve) => (release = resolve)));
    const started = Date.now();
    await order.secondary(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    release();
    await endless;
  });

  it('grants scoring turns one per event-loop turn, in arrival order', async () => {
    const order = new FeedbackFirst();
    const log: string[] = [];
    const turns = ['a', 'b', 'c'].map((name) => order.scoringTurn().then(() => void log.push(name)));
    setImmediate(() => log.push('io'));
    await Promise.all(turns);
    // Other work queued meanwhile (here an immediate, in the app the I/O of earlier answers) runs between turns.
    expect(log).toEqual(['a', 'io', 'b', 'c']);
  });
});
