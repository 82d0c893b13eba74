import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { AnswerStore } from '../../src/store/answers.js';
import { openDatabase } from '../../src/store/db.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { keyOfAnswer } from '../../src/store/people.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';

const at = new Date('2026-11-30T10:00:00Z');

describe('FeedbackStore', () => {
  it('keeps each scoring; latest is current and previous is the one before', () => {
    const db = openDatabase(':memory:');
    const answerId = new AnswerStore(db).insert({ userId: 'U1', principleId: 'ownership', text: 'x', kind: 'practice', at });
    const store = new FeedbackStore(db);
    const first = scoreAnswer('We did some things and it went fine.', { principle: 'ownership' });
    const second = scoreAnswer(
      'Situation: checkout p95 latency was 1.8s. Task: I owned the fix. Action: I profiled the service and chose to cache ' +
        'prices instead of rewriting the query, behind a feature flag. Result: p95 fell from 1.8s to 280ms and tickets ' +
        'dropped 42%. Next time I would add the latency alarm first.',
      { principle: 'ownership' },
    );
    store.insert(answerId, first, at);
    store.insert(answerId, second, new Date(at.getTime() + 1000));
    expect(store.latest(answerId)?.feedback).toEqual(second);
    expect(store.previous(answerId)?.feedback).toEqual(first);
    expect(store.latest(answerId + 1)).toBeUndefined();
  });

  it('treats a stored row that no longer parses as missing', () => {
    const db = openDatabase(':memory:');
    const answerId = new AnswerStore(db).insert({ userId: 'U1', principleId: 'ownership', text: 'x', kind: 'practice', at });
    db.prepare(`INSERT INTO feedback (answer_id, score, level, feedback_json, created_at) VALUES (@id, 50, 'x', lp_seal(${keyOfAnswer('@id')}, '{"bad":1}'), @at)`).run({
      id: answerId,
      at: at.toISOString(),
    });
    expect(new FeedbackStore(db).latest(answerId)).toBeUndefined();
  });
});

describe('UserSettingsStore', () => {
  it('has defaults for a new person and keeps changes', () => {
    const store = new UserSettingsStore(openDatabase(':memory:'));
    expect(store.get('U1')).toEqual({ userId: 'U1', leaderboardOptout: false, weeklySummary: false, interviewDate: null });
    store.update('U1', { leaderboardOptout: true }, at);
    store.update('U1', { interviewDate: '2026-12-15' }, at);
    expect(store.get('U1')).toEqual({ userId: 'U1', leaderboardOptout: true, weeklySummary: false, interviewDate: '2026-12-15' });
    expect(store.get('U2').leaderboardOptout).toBe(false);
  });
});
