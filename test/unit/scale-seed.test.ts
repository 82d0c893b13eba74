import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScaleBenchmark } from '../../src/bench/scale-bench.js';
import { generateScaleDatabase, mulberry32, readScaleSeedInfo, SCALE_SEED_VERSION, type ScaleSeedInfo } from '../../src/bench/scale-seed.js';
import { loadContent } from '../../src/core/content.js';
import { CoverageService } from '../../src/features/stories/service.js';
import { AnswerStore } from '../../src/store/answers.js';
import { openDatabase, schemaVersion, type Db } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { StoryStore } from '../../src/store/stories.js';
import { RescoreStore } from '../../src/store/rescore.js';
import { noticeOlderScores } from '../../src/startup.js';
import { RUBRIC_VERSION } from '../../src/core/rubric/index.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';

const ANSWERS = 2_000;
let dir: string;
let path: string;
let info: ScaleSeedInfo;
let db: Db;
const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-scale-'));
  path = join(dir, 'scale.sqlite');
  info = generateScaleDatabase({ out: path, answers: ANSWERS });
  db = openDatabase(path);
}, 60_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the scale generator', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('writes exactly the answers asked for, each with feedback, and about three votes per answer', () => {
    expect(info.version).toBe(SCALE_SEED_VERSION);
    expect(readScaleSeedInfo(path)).toEqual(info);
    expect(count('SELECT COUNT(*) AS n FROM answers')).toBe(ANSWERS);
    expect(info.answers).toBe(ANSWERS);
    expect(count('SELECT COUNT(*) AS n FROM answers a WHERE NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id)')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM feedback')).toBe(info.feedback);
    expect(info.feedback).toBeGreaterThanOrEqual(ANSWERS);
    expect(info.feedback).toBeLessThan(ANSWERS * 1.05);
    expect(count('SELECT COUNT(*) AS n FROM votes')).toBe(info.votes);
    expect(info.votes).toBeGreaterThan(ANSWERS * 3 * 0.95);
    expect(info.votes).toBeLessThanOrEqual(ANSWERS * 3);
    // Nobody votes for their own story; votes go to top-level thread stories only.
    expect(count('SELECT COUNT(*) AS n FROM votes v JOIN answer_rows a ON a.id = v.answer_id WHERE a.person_id = v.voter_person_id')).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM votes v JOIN answers a ON a.id = v.answer_id WHERE a.kind <> 'thread' OR a.parent_answer_id IS NOT NULL")).toBe(0);
  });

  it('spreads the year like a company: a prompt per channel and working day, practice and follow-ups a few percent', () => {
    expect(count('SELECT COUNT(*) AS n FROM prompts')).toBe(info.channels * 260);
    expect(count('SELECT COUNT(DISTINCT channel_id) AS n FROM prompts')).toBe(info.channels);
    expect(count("SELECT COUNT(*) AS n FROM prompts WHERE strftime('%w', local_date) IN ('0', '6')")).toBe(0);
    const practice = count("SELECT COUNT(*) AS n FROM answers WHERE kind = 'practice'");
    const replies = count('SELECT COUNT(*) AS n FROM answers WHERE parent_answer_id IS NOT NULL');
    expect(practice).toBe(info.practiceRounds);
    expect(count('SELECT COUNT(*) AS n FROM practice_rounds')).toBe(practice);
    expect(practice / ANSWERS).toBeGreaterThan(0.03);
    expect(practice / ANSWERS).toBeLessThan(0.15);
    expect(replies).toBe(info.followUpReplies);
    expect(replies / ANSWERS).toBeGreaterThan(0.01);
    expect(replies / ANSWERS).toBeLessThan(0.08);
    expect(count('SELECT COUNT(*) AS n FROM followups WHERE reply_answer_id IS NOT NULL')).toBe(replies);
    // Every principle is asked and told; levels range from "Not yet" to "Raises the bar".
    expect(count('SELECT COUNT(DISTINCT principle_id) AS n FROM answers')).toBe(16);
    expect(count('SELECT COUNT(DISTINCT level) AS n FROM feedback')).toBeGreaterThanOrEqual(3);
    // Activity is skewed: the busiest person tells many times the average.
    const busiest = count('SELECT COUNT(*) AS n FROM answers WHERE user_id = ?', info.busiestUser);
    expect(busiest).toBeGreaterThan((ANSWERS / info.people) * 3);
  });

  it('is a file the app opens as it is: the newest schema, WAL, intact', () => {
    expect(schemaVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it("is read by the app's own stores and services", () => {
    const content = loadContent();
    const stories = new StoryStore(db);
    const coverage = new CoverageService({ stories, settings: new UserSettingsStore(db), content });
    const report = coverage.report(info.busiestUser);
    expect(report.rows).toHaveLength(16);
    expect(report.rows.some((row) => row.coverage.covered > 0)).toBe(true);
    expect(coverage.storyPage(info.busiestUser, undefined, 0).items).toHaveLength(10);
    const answers = new AnswerStore(db);
    expect(answers.topStories(info.busiestChannel, new Date(0), 5)).toHaveLength(5);
    expect(answers.topContributors(info.busiestChannel, new Date(0), 5).length).toBeGreaterThan(0);
    expect(stories.teamCoverage(info.busiestChannel).size).toBeGreaterThan(0);
    expect(answers.unscoredThreadAnswers()).toEqual([]);
  });

  it('the same seed gives the same file', () => {
    const again = join(dir, 'again.sqlite');
    const second = generateScaleDatabase({ out: again, answers: ANSWERS });
    expect({ ...second, generatedAt: '', generationSeconds: 0 }).toEqual({ ...info, generatedAt: '', generationSeconds: 0 });
    const other = openDatabase(again);
    const digest = (d: Db) => d.prepare("SELECT group_concat(id || user_id || created_at || principle_id, ',') AS s FROM (SELECT * FROM answers ORDER BY id LIMIT 300)").get();
    expect(digest(other)).toEqual(digest(db));
    other.close();
  }, 60_000);
});

describe('the scale benchmark on a small file', () => {
  it('measures every query through the app and puts the forgotten person back', async () => {
    const small = join(dir, 'bench.sqlite');
    const made = generateScaleDatabase({ out: small, answers: ANSWERS });
    const rowsOf = () => {
      const file = openDatabase(small);
      try {
        return {
          answers: file.prepare('SELECT COUNT(*) AS n FROM answers').get(),
          theirs: file.prepare('SELECT COUNT(*) AS n FROM answers WHERE user_id = ?').get(made.busiestUser),
          feedback: file.prepare('SELECT COUNT(*) AS n FROM feedback').get(),
          votes: file.prepare('SELECT COUNT(*) AS n FROM votes').get(),
          cast: file.prepare('SELECT COUNT(*) AS n FROM votes WHERE voter_person_id = (SELECT id FROM people WHERE user_id = ?)').get(made.busiestUser),
          followups: file.prepare('SELECT COUNT(*) AS n FROM followups WHERE reply_answer_id IS NOT NULL').get(),
          prompts: file.prepare('SELECT COUNT(*) AS n FROM prompts').get(),
          wrapUps: file.prepare('SELECT COUNT(*) AS n FROM wrap_ups').get(),
          digests: file.prepare('SELECT COUNT(*) AS n FROM digests').get(),
          dirty: file.prepare("SELECT COUNT(*) AS n FROM scale_seed WHERE key = 'dirty'").get(),
          fk: file.pragma('foreign_key_check'),
        };
      } finally {
        file.close();
      }
    };
    const before = rowsOf();
    const lines = await runScaleBenchmark({ path: small, answers: ANSWERS, runs: 2, startup: false });
    const labels = lines.map((l) => l.label).join('\n');
    for (const what of ['/lp coverage', '/lp stories', '/lp leaderboard week', '/lp leaderboard month', '/lp leaderboard all', 'wrap-up', 'weekly digest', 'App Home', "daily prompt's choice", '/lp forget-me of the busiest person', 'file size']) {
      expect(labels).toContain(what);
    }
    expect(lines.find((l) => l.label.startsWith('generation'))?.label).toContain('reused');
    // The file is as it was: the forgotten person is back, nothing the benchmark posted stayed.
    expect(rowsOf()).toEqual(before);
  }, 120_000);
});

describe('the start-up notice after a rubric upgrade', () => {
  it('counts stale answers only as far as it needs to, and says nothing when every answer is current', () => {
    const rescore = new RescoreStore(db);
    const all = rescore.countStale(RUBRIC_VERSION + 1);
    expect(all).toBeGreaterThan(1_000);
    expect(rescore.countStale(RUBRIC_VERSION + 1, 100)).toBe(100);
    const warnings: string[] = [];
    noticeOlderScores(db, { warn: (line: string) => warnings.push(line) });
    expect(warnings).toEqual([]);
  });
});
