import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/core/principles.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { MockLoopStore, type NewGroup } from '../../src/store/mock-loops.js';
import { PrivacyStore } from '../../src/store/privacy.js';

/**
 * Forget-me and export of mock loops: the person's loops as candidate AND as interviewer.
 * A trio U1 -> U2 -> U3 -> U1 (U1 interviews U2, U3 interviews U1, U2 interviews U3) and, in the same week, a pair
 * U4 <-> U5 that never involved U1. Every interviewer scores both principles of their packet with a note.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-mock-privacy-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const AT = new Date('2026-11-30T10:00:00Z');
const LATER = new Date('2026-12-01T18:00:00Z');
const WEEK = '2026-11-30';
const P1: PrincipleId = 'ownership';
const P2: PrincipleId = 'dive-deep';

/** Who interviews whom, in the week's groups. */
const LOOPS = [
  { interviewerId: 'U1', candidateId: 'U2', group: 0 },
  { interviewerId: 'U2', candidateId: 'U3', group: 0 },
  { interviewerId: 'U3', candidateId: 'U1', group: 0 },
  { interviewerId: 'U4', candidateId: 'U5', group: 1 },
  { interviewerId: 'U5', candidateId: 'U4', group: 1 },
] as const;

const noteOf = (interviewerId: string, candidateId: string, principleId: string) =>
  `NOTE-${interviewerId}-about-${candidateId}-${principleId}: said they cut p95 latency by 40 percent`;

function seed(db: Db): { store: MockLoopStore; pairIds: number[] } {
  const store = new MockLoopStore(db);
  const groups: NewGroup[] = [
    { members: ['U1', 'U2', 'U3'], assignments: [] },
    { members: ['U4', 'U5'], assignments: [] },
  ].map((group, index) => ({
    members: group.members,
    assignments: LOOPS.filter((loop) => loop.group === index).flatMap(({ interviewerId, candidateId }) =>
      [P1, P2].map((principleId) => ({ interviewerId, candidateId, principleId, questionId: `${principleId}-q1` })),
    ),
  }));
  expect(store.claimRound('C1', WEEK, groups, AT)).toBe(true);
  const pairIds = store.pendingPairs().map((pair) => pair.id);
  for (const { interviewerId, candidateId, group } of LOOPS) {
    for (const principleId of [P1, P2]) {
      store.saveScorecard(
        {
          pairId: pairIds[group] as number,
          interviewerId,
          candidateId,
          principleId,
          rating: principleId === P1 ? 'inclined' : 'not-inclined',
          strong: ['metrics'],
          missing: ['learning'],
          note: noteOf(interviewerId, candidateId, principleId),
          storyTitle: `Story ${candidateId} ${principleId}`,
        },
        AT,
      );
    }
  }
  // Every candidate's debrief went out (both scorecards about them are in).
  const due = store.dueDebriefs('2026-11-01', new Date(LATER.getTime() - 48 * 3_600_000));
  expect(due.map((d) => d.candidateId).sort()).toEqual(['U1', 'U2', 'U3', 'U4', 'U5']);
  for (const debrief of due) {
    expect(store.reserveDebrief(debrief, LATER)).toBe(true);
    store.settleDebrief(debrief, 'sent', null, LATER);
  }
  return { store, pairIds };
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
const notes = (rows: Record<string, unknown>[]) => rows.map((row) => row.note).sort();

describe('mock loops: forget-me and export', () => {
  it('export --all lists the scorecards the person received and wrote, with the notes, and nobody else\'s', () => {
    const db = openDatabase(join(dir, 'lp.db'));
    const { pairIds } = seed(db);
    const privacy = new PrivacyStore(db);

    const mine = privacy.export('U1').mockLoops;
    // Received: U3's two scorecards about U1, with what U3 wrote.
    expect(mine.scorecardsReceived).toHaveLength(2);
    expect(notes(mine.scorecardsReceived)).toEqual([noteOf('U3', 'U1', P2), noteOf('U3', 'U1', P1)]);
    expect(mine.scorecardsReceived.map((row) => [row.interviewer_id, row.principle_id, row.rating, row.story_title]).sort()).toEqual([
      ['U3', P2, 'not-inclined', `Story U1 ${P2}`],
      ['U3', P1, 'inclined', `Story U1 ${P1}`],
    ]);
    // Written: U1's two scorecards about U2, with U1's own notes.
    expect(mine.scorecardsWritten).toHaveLength(2);
    expect(notes(mine.scorecardsWritten)).toEqual([noteOf('U1', 'U2', P2), noteOf('U1', 'U2', P1)]);
    expect(mine.scorecardsWritten.every((row) => row.candidate_id === 'U2' && row.pair_id === pairIds[0])).toBe(true);
    expect(mine.pairings).toEqual([{ channel_id: 'C1', week_start: WEEK, status: 'pending', paired_with: expect.any(String) }]);
    expect(String(mine.pairings[0]?.paired_with).split(',').sort()).toEqual(['U2', 'U3']);
    // U2's notes about U3 are in the same loop, but they are not U1's data.
    const exported = JSON.stringify(privacy.export('U1'));
    expect(exported).not.toContain(noteOf('U2', 'U3', P1));
    expect(exported).not.toContain('NOTE-U4');
    expect(exported).not.toContain('NOTE-U5');
    db.close();
  });

  it('forget-me deletes the loops as candidate and as interviewer (their notes about others too); the rest stays', () => {
    const path = join(dir, 'lp.db');
    const db = openDatabase(path);
    const { store, pairIds } = seed(db);
    const privacy = new PrivacyStore(db);
    const [trio, pair] = pairIds as [number, number];
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_scorecards')).toBe(10);
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_assignments')).toBe(10);
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_debriefs')).toBe(5);
    const untouched = { U4: privacy.export('U4').mockLoops, U5: privacy.export('U5').mockLoops };

    privacy.forget('U1');

    // Nothing of U1's loops is left: not in the export, not in any table, not as bytes in the file or its WAL.
    const left = privacy.export('U1').mockLoops;
    expect(Object.entries(left).filter(([, rows]) => Array.isArray(rows) && rows.length > 0)).toEqual([]);
    expect(left).toMatchObject({ pairings: [], scorecardsReceived: [], scorecardsWritten: [] });
    for (const table of ['mock_scorecards', 'mock_assignments']) {
      expect(count(db, `SELECT COUNT(*) AS n FROM ${table} WHERE interviewer_id = 'U1' OR candidate_id = 'U1'`), table).toBe(0);
    }
    expect(count(db, "SELECT COUNT(*) AS n FROM mock_debriefs WHERE candidate_id = 'U1'")).toBe(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM mock_pair_members WHERE user_id = 'U1'")).toBe(0);
    const bytes = Buffer.concat([readFileSync(path), ...(existsSync(`${path}-wal`) ? [readFileSync(`${path}-wal`)] : [])]);
    for (const principleId of [P1, P2]) {
      // U1's notes about U2 (as interviewer), and U3's notes about U1 (as candidate).
      expect(bytes.includes(noteOf('U1', 'U2', principleId)), `U1's note on ${principleId}`).toBe(false);
      expect(bytes.includes(noteOf('U3', 'U1', principleId)), `U3's note about U1 on ${principleId}`).toBe(false);
    }

    // 10 scorecards: U1 -> U2 (2) and U3 -> U1 (2) are gone; U2 -> U3 (2) and U4 <-> U5 (4) stay.
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_scorecards')).toBe(6);
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_assignments')).toBe(6);
    // U2 keeps the scorecards they wrote about U3 and U3 keeps those received from U2, notes and all: the debrief and
    // `/lp mock history` still show them.
    expect(store.scorecards(trio, 'U2', 'interviewer').map((card) => card.note)).toEqual([noteOf('U2', 'U3', P1), noteOf('U2', 'U3', P2)]);
    expect(store.scorecards(trio, 'U3', 'candidate').map((card) => card.note)).toEqual([noteOf('U2', 'U3', P1), noteOf('U2', 'U3', P2)]);
    // What was about U1 or by U1 is gone from the others' view too.
    expect(store.scorecards(trio, 'U2', 'candidate')).toEqual([]);
    expect(store.scorecards(trio, 'U3', 'interviewer')).toEqual([]);
    expect(notes(privacy.export('U2').mockLoops.scorecardsWritten)).toEqual([noteOf('U2', 'U3', P2), noteOf('U2', 'U3', P1)]);
    expect(privacy.export('U2').mockLoops.scorecardsReceived).toEqual([]);
    expect(notes(privacy.export('U3').mockLoops.scorecardsReceived)).toEqual([noteOf('U2', 'U3', P2), noteOf('U2', 'U3', P1)]);
    expect(privacy.export('U3').mockLoops.scorecardsWritten).toEqual([]);
    expect(store.pair(trio)?.members).toEqual(['U2', 'U3']);
    // U3's debrief (from U2) is kept as sent; the pair that never involved U1 is untouched.
    expect(count(db, "SELECT COUNT(*) AS n FROM mock_debriefs WHERE candidate_id = 'U3' AND status = 'sent'")).toBe(1);
    expect(count(db, 'SELECT COUNT(*) AS n FROM mock_debriefs WHERE pair_id = ?', pair)).toBe(2);
    expect(privacy.export('U4').mockLoops).toEqual(untouched.U4);
    expect(privacy.export('U5').mockLoops).toEqual(untouched.U5);
    expect(store.scorecards(pair, 'U4', 'candidate')).toHaveLength(2);
    expect(store.scorecards(pair, 'U5', 'candidate')).toHaveLength(2);
    // Forgetting sends nobody a debrief again.
    expect(store.dueDebriefs('2026-11-01', new Date(LATER.getTime() - 48 * 3_600_000))).toEqual([]);
    db.close();
  });
});
