import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { RUBRIC_VERSION } from '../../src/core/rubric/index.js';
import { openDatabase } from '../../src/store/db.js';
import { AnswerStore } from '../../src/store/answers.js';
import { keyOfAnswer, openFeedback } from '../../src/store/people.js';
import { runInMemory } from './run-in-memory.js';

// A story told as what one would do: rubric v1 called it "Meets the bar" and counted it for coverage.
const HYPOTHETICAL = `If a customer complained about slow refunds, I would first look at the refund data to see where the time goes. I would then talk to the warehouse team and the finance team. My approach would be to propose a faster check for small orders and to test it on one store. I would measure refund time before and after, and I would expect it to drop from 9 days to 2. I usually find that small tests work best.`;
const STORY = `Last winter I ran the returns desk at an outdoor-gear shop, and refunds took 9 days because every parcel waited for a weekly inspection. I chose to refund on scan for orders under £80 instead of hiring a second inspector, because most returns were unworn sizes. I capped it at two scan refunds per customer a month and checked a 10% sample by hand every Friday. Refund time went from 9 days to 1 day and complaints about refunds fell from 45 to 6 a month. I now price the risk before I add a check.`;

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-rescore-'));
  path = join(dir, 'lp.db');
  const db = openDatabase(path);
  const answers = new AnswerStore(db);
  // What rubric v1 stored: "Meets the bar", no version (the column's default, 1).
  const feedback = db.prepare(
    `INSERT INTO feedback (answer_id, score, level, feedback_json, created_at)
     VALUES (@id, 70, 'Meets the bar', lp_seal(${keyOfAnswer('@id')}, '{}'), '2026-11-01T00:00:00Z')`,
  );
  const at = new Date('2026-11-01T00:00:00Z');
  for (const text of [HYPOTHETICAL, STORY]) feedback.run({ id: answers.insert({ userId: 'U1', principleId: 'customer-obsession', text, kind: 'practice', at }) });
  db.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]) {
  return runInMemory(argv, loadContent);
}

describe('lp-coach rescore', () => {
  it('scores stored answers again, so a story an older rubric counted no longer counts, and says how many', async () => {
    const { code, out } = await run(['rescore', '--db', path]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`Scored 2 stored answers .* rubric v${RUBRIC_VERSION}: 1 no longer count toward coverage`));
    const db = openDatabase(path);
    const rows = db.prepare(`SELECT f.level, f.rubric_version, ${openFeedback('f')} AS feedback_json FROM feedback f ORDER BY f.id`).all() as Array<{ level: string; rubric_version: number; feedback_json: string }>;
    db.close();
    expect(rows.map((r) => r.rubric_version)).toEqual([RUBRIC_VERSION, RUBRIC_VERSION]);
    expect(rows[0]?.level).toBe('Not yet');
    expect(JSON.parse(rows[0]?.feedback_json ?? '{}').gate.id).toBe('hypothetical');
    expect(['Meets the bar', 'Raises the bar']).toContain(rows[1]?.level);
  });

  it('does nothing the second time', async () => {
    await run(['rescore', '--db', path]);
    const { code, out } = await run(['rescore', '--db', path]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`already scored by rubric v${RUBRIC_VERSION}; nothing to do`));
  });

  it('says what to type when the database is not there', async () => {
    const { code, err } = await run(['rescore', '--db', join(dir, 'missing.db')]);
    expect(code).toBe(2);
    expect(err).toMatch(/lp-coach rescore --db/);
  });
});
