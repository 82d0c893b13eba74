import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { MockLoopStore } from '../../src/store/mock-loops.js';
import { PrivacyStore } from '../../src/store/privacy.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-mock-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const AT = new Date('2026-11-30T10:00:00Z');

describe('mock-loop store', () => {
  it('a week is claimed once per channel, by one of two processes on the same file, and survives a restart', () => {
    const path = join(dir, 'lp.db');
    const [a, b] = [openDatabase(path), openDatabase(path)];
    const [storeA, storeB] = [new MockLoopStore(a), new MockLoopStore(b)];
    const groups = [{ members: ['U1', 'U2'], assignments: [] }];
    const other = [{ members: ['U1', 'U3'], assignments: [] }];
    expect([storeA.claimRound('C1', '2026-11-30', groups, AT), storeB.claimRound('C1', '2026-11-30', other, AT)]).toEqual([true, false]);
    expect(storeB.claimRound('C2', '2026-11-30', groups, AT)).toBe(true);
    a.close();
    b.close();
    const reopened = openDatabase(path);
    const store = new MockLoopStore(reopened);
    expect(store.claimRound('C1', '2026-11-30', groups, AT)).toBe(false);
    expect(store.pendingPairs().map((pair) => [pair.channelId, pair.members])).toEqual([
      ['C1', ['U1', 'U2']],
      ['C2', ['U1', 'U2']],
    ]);
    expect(store.lastMet('C1').size).toBe(1);
    reopened.close();
  });

  it('forget-me removes the person from pools, avoid lists on both sides and pairings; export shows them first', () => {
    const db = openDatabase(':memory:');
    const store = new MockLoopStore(db);
    store.join('C1', 'U1', { note: 'Tue 4pm', targetDate: '2027-01-20' }, AT);
    store.join('C1', 'U2', { note: null, targetDate: null }, AT);
    store.avoid('U1', 'U3', AT);
    store.avoid('U3', 'U1', AT);
    store.claimRound('C1', '2026-11-30', [{ members: ['U1', 'U2'], assignments: [] }], AT);
    const privacy = new PrivacyStore(db);
    const exported = privacy.export('U1').mockLoops;
    expect(exported.pools).toEqual([{ channel_id: 'C1', note: 'Tue 4pm', target_date: '2027-01-20', joined_at: AT.toISOString() }]);
    expect(exported.avoiding.map((row) => row.avoided_id)).toEqual(['U3']);
    expect(exported.pairings).toEqual([{ channel_id: 'C1', week_start: '2026-11-30', status: 'pending', paired_with: 'U2' }]);

    privacy.forget('U1');
    expect(store.pool('C1').map((member) => member.userId)).toEqual(['U2']);
    expect(store.avoidedPairs().size).toBe(0);
    expect(store.pendingPairs()[0]?.members).toEqual(['U2']);
    expect(privacy.export('U1').mockLoops).toEqual({ pools: [], avoiding: [], skipped: [], soloInProgress: null, pairings: [], scorecardsReceived: [], scorecardsWritten: [] });
    db.close();
  });
});
