import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/store/answers.js';
import { openDatabase, schemaVersion, type Db } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { keyOfAnswer, openFeedback } from '../../src/store/people.js';
import { StoryStore } from '../../src/store/stories.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-m011-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const AT = '2026-11-02T10:00:00.000Z';
const feedbackJson = (level: string, detected: string[]) =>
  JSON.stringify({ level, score: level === 'Meets the bar' ? 80 : 40, principle: { detected }, sections: { situation: 'A checkout outage' } });

/** A v10 file with a bit of everything: stories with several scorings, an unscored thread answer, practice, votes, a follow-up reply. */
function seedVersion10(path: string): void {
  const db = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 10));
  expect(schemaVersion(db)).toBe(10);
  db.exec(`
    INSERT INTO channels (channel_id, prompt_time, timezone, days, created_at, updated_at) VALUES ('C1', '09:30', 'UTC', 'mon,tue,wed,thu,fri', '${AT}', '${AT}');
    INSERT INTO prompts (id, channel_id, local_date, slot_date, principle_id, question_id, source, status, message_ts, created_at, posted_at)
      VALUES (1, 'C1', '2026-11-02', '2026-11-02', 'ownership', 'q1', 'scheduled', 'posted', '100.000001', '${AT}', '${AT}');
    INSERT INTO answers (id, user_id, prompt_id, channel_id, message_ts, thread_ts, principle_id, text, kind, parent_answer_id, created_at, updated_at) VALUES
      (1, 'U1', 1, 'C1', '101.000001', '100.000001', 'ownership', 'story one', 'thread', NULL, '2026-11-02T10:01:00.000Z', '${AT}'),
      (2, 'U2', 1, 'C1', '102.000001', '100.000001', 'ownership', 'story two', 'thread', NULL, '2026-11-02T10:02:00.000Z', '${AT}'),
      (3, 'U1', 1, 'C1', '103.000001', '100.000001', 'ownership', 'a reply', 'thread', 1, '2026-11-02T10:03:00.000Z', '${AT}'),
      (4, 'U3', 1, 'C1', '104.000001', '100.000001', 'ownership', 'never scored', 'thread', NULL, '2026-11-02T10:04:00.000Z', '${AT}'),
      (5, 'U1', NULL, NULL, NULL, NULL, 'dive-deep', 'practice', 'practice', NULL, '2026-11-02T11:00:00.000Z', '${AT}');
    INSERT INTO feedback (answer_id, score, level, feedback_json, created_at) VALUES
      (1, 40, 'Not yet', '${feedbackJson('Not yet', [])}', '${AT}'),
      (1, 80, 'Meets the bar', '${feedbackJson('Meets the bar', ['ownership', 'dive-deep'])}', '${AT}'),
      (2, 80, 'Meets the bar', '${feedbackJson('Meets the bar', ['ownership'])}', '${AT}'),
      (3, 40, 'Not yet', '${feedbackJson('Not yet', [])}', '${AT}'),
      (5, 80, 'Meets the bar', '${feedbackJson('Meets the bar', ['dive-deep'])}', '${AT}');
    INSERT INTO votes (answer_id, voter_id, prompt_id, created_at) VALUES (1, 'U2', 1, '${AT}'), (1, 'U3', 1, '${AT}'), (2, 'U1', 1, '${AT}');
    INSERT INTO followups (answer_id, criterion, question, reply_answer_id, created_at) VALUES (1, 'metrics', 'How much?', 3, '${AT}');
    INSERT INTO practice_rounds (answer_id, prompt_id, created_at) VALUES (5, NULL, '${AT}');
  `);
  db.close();
}

const TABLES = ['channels', 'prompts', 'answers', 'feedback', 'votes', 'followups', 'practice_rounds'];
/** Every row as the app reads it: from migration 020 on, with the author named and their text opened. */
const READABLE: Record<string, string> = {
  feedback: `SELECT f.*, ${openFeedback('f')} AS feedback_json FROM feedback f ORDER BY f.id`,
  votes: 'SELECT v.*, p.user_id AS voter_id FROM votes v JOIN people p ON p.id = v.voter_person_id ORDER BY v.id',
  followups: `SELECT f.*, lp_open(${keyOfAnswer('f.answer_id')}, f.question) AS question FROM followups f ORDER BY f.id`,
};
function snapshot(db: Db): Record<string, unknown[]> {
  const sealed = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'people'").get() !== undefined;
  return Object.fromEntries(TABLES.map((table) => [table, db.prepare((sealed ? READABLE[table] : undefined) ?? `SELECT * FROM ${table} ORDER BY 1`).all()]));
}

describe('migration 011 (scale indexes)', () => {
  it('migrates a v10 file with rows without losing or changing any, and the stores read the same answers', () => {
    const path = join(dir, 'lp.db');
    seedVersion10(path);
    const before = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 10));
    const rows = snapshot(before);
    before.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(11);
    // Later migrations may add columns (012: the channel's mock-loop slot); every value there before is unchanged.
    const after = snapshot(db);
    for (const [table, before] of Object.entries(rows)) expect(after[table]).toEqual(before.map((row, i) => ({ ...(after[table]?.[i] as object), ...(row as object) })));
    expect(Object.keys(after)).toEqual(Object.keys(rows));
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['answers_channel_created', 'answers_channel_people', 'answers_person_stories', 'feedback_current', 'votes_answer_created', 'followups_reply']),
    );
    expect(indexes).not.toContain('feedback_answer');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // The one thread answer never scored is found through the new table.
    expect(db.prepare('SELECT answer_id FROM unscored_answers').all()).toEqual([{ answer_id: 4 }]);
    const answers = new AnswerStore(db);
    expect(answers.unscoredThreadAnswers().map((a) => a.id)).toEqual([4]);

    // Rewritten queries: the newest feedback is current, scores and levels as before.
    const stories = new StoryStore(db);
    expect(stories.storyScores('U1')).toEqual([
      { answerId: 1, principleId: 'ownership', kind: 'thread', createdAt: '2026-11-02T10:01:00.000Z', score: 80, level: 'Meets the bar', detected: ['ownership', 'dive-deep'] },
      { answerId: 5, principleId: 'dive-deep', kind: 'practice', createdAt: '2026-11-02T11:00:00.000Z', score: 80, level: 'Meets the bar', detected: ['dive-deep'] },
    ]);
    expect(stories.teamCoverage('C1')).toEqual(new Map([['ownership', 2]]));
    const page = stories.storyPage('U1', { offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => [i.number, i.answerId, i.score, i.votes])).toEqual([
      [1, 5, 80, 0],
      [2, 1, 80, 2],
    ]);
    expect(stories.storyPage('U1', { principleId: 'ownership', offset: 0, limit: 10 }).items.map((i) => [i.number, i.answerId])).toEqual([[2, 1]]);
    expect(answers.topStories('C1', new Date(0), 5).map((s) => [s.answerId, s.votes, s.score])).toEqual([
      [1, 2, 80],
      [2, 1, 80],
    ]);
    expect(answers.topStories('C1', new Date('2026-11-02T10:01:30.000Z'), 5).map((s) => s.answerId)).toEqual([2]);
    db.close();
  });

  it('keeps unscored_answers up to date: a new answer, its feedback, sharing a practice story, a deletion', () => {
    const db = openDatabase(join(dir, 'fresh.db'));
    const answers = new AnswerStore(db);
    const at = new Date(AT);
    const thread = answers.insert({ userId: 'U1', principleId: 'ownership', text: 'a story', kind: 'thread', channelId: 'C1', messageTs: '1.000001', at });
    const practice = answers.insert({ userId: 'U1', principleId: 'ownership', text: 'private', kind: 'practice', at });
    expect(answers.unscoredThreadAnswers().map((a) => a.id)).toEqual([thread]);
    db.prepare(`INSERT INTO feedback (answer_id, score, level, feedback_json, created_at) VALUES (@id, 50, 'Not yet', lp_seal(${keyOfAnswer('@id')}, '{}'), @at)`).run({ id: thread, at: AT });
    expect(answers.unscoredThreadAnswers()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM unscored_answers').get()).toEqual({ n: 0 });

    // Shared before it was scored: it becomes an unscored thread answer; shared after: it stays scored.
    db.prepare("UPDATE answer_rows SET kind = 'thread', channel_id = 'C1', message_ts = '2.000001' WHERE id = ?").run(practice);
    expect(answers.unscoredThreadAnswers().map((a) => a.id)).toEqual([practice]);
    answers.delete(practice);
    expect(db.prepare('SELECT COUNT(*) AS n FROM unscored_answers').get()).toEqual({ n: 0 });
    const scoredPractice = answers.insert({ userId: 'U1', principleId: 'ownership', text: 'private', kind: 'practice', at });
    db.prepare(`INSERT INTO feedback (answer_id, score, level, feedback_json, created_at) VALUES (@id, 50, 'Not yet', lp_seal(${keyOfAnswer('@id')}, '{}'), @at)`).run({ id: scoredPractice, at: AT });
    db.prepare("UPDATE answer_rows SET kind = 'thread', channel_id = 'C1', message_ts = '3.000001' WHERE id = ?").run(scoredPractice);
    expect(answers.unscoredThreadAnswers()).toEqual([]);
    db.close();
  });
});
