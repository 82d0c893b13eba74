import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { PrivacyStore } from '../../../src/store/privacy.js';
import { TeamQuestionStore } from '../../../src/store/team-questions.js';

const input = (text: string, track: 'pm' | null = null) => ({ principleId: 'dive-deep' as const, text, probes: ['What did you measure?'], track });

describe('migration 17 and the team question store', () => {
  it('an existing database gains the track column (NULL: the default) and keeps its channels', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lp-m17-')), 'lp.db');
    const before = openDatabase(path, MIGRATIONS.filter((m) => m.version < 17));
    before
      .prepare(
        `INSERT INTO channels (channel_id, team_id, enabled, paused, prompt_time, timezone, days, skip_date, created_at, updated_at)
         VALUES ('C1', NULL, 1, 0, '09:30', 'UTC', 'mon', NULL, 'x', 'x')`,
      )
      .run();
    before.close();
    const after = openDatabase(path);
    expect(after.prepare("SELECT channel_id, prompt_time, track FROM channels").all()).toEqual([{ channel_id: 'C1', prompt_time: '09:30', track: null }]);
    expect(after.prepare('SELECT COUNT(*) AS n FROM team_questions').get()).toEqual({ n: 0 });
    after.close();
  });

  it('ids are team-<n>, retiring keeps the row, and a channel only sees its own', () => {
    const db = openDatabase(':memory:');
    const store = new TeamQuestionStore(db, () => new Date('2026-12-01T10:00:00Z'));
    const [a, b] = store.addAll('C1', [input('Tell me about a time the logs lied.'), input('Tell me about a time a metric misled you.', 'pm')], 'U1');
    expect([a, b]).toEqual(['team-1', 'team-2']);
    expect(store.add('C2', input('Tell me about a time you found a hidden bug.'), 'U2').id).toBe('team-3');
    expect(store.active('C1').map((q) => q.id)).toEqual(['team-1', 'team-2']);
    expect(store.retire('C2', 'team-1')).toBe(false);
    expect(store.retire('C1', 'team-1')).toBe(true);
    expect(store.retire('C1', 'team-1')).toBe(false);
    expect(store.active('C1').map((q) => q.id)).toEqual(['team-2']);
    expect(store.get('team-1')).toMatchObject({ text: 'Tell me about a time the logs lied.', retiredAt: '2026-12-01T10:00:00.000Z' });
    expect(store.update('C1', 'team-1', input('Changed after retiring, which is refused.'))).toBe(false);
    expect(store.update('C1', 'team-2', { ...input('Tell me about a time a dashboard misled you.'), track: null })).toBe(true);
    expect(store.get('team-2')).toMatchObject({ text: 'Tell me about a time a dashboard misled you.', track: null, probes: ['What did you measure?'] });
    db.close();
  });

  it('the track is per channel and needs a set-up channel', () => {
    const db = openDatabase(':memory:');
    const store = new TeamQuestionStore(db);
    expect(store.setTrack('C1', 'pm')).toBe(false);
    db.prepare(
      `INSERT INTO channels (channel_id, team_id, enabled, paused, prompt_time, timezone, days, skip_date, created_at, updated_at)
       VALUES ('C1', NULL, 1, 0, '09:30', 'UTC', 'mon', NULL, 'x', 'x')`,
    ).run();
    expect(store.trackOf('C1')).toBeNull();
    expect(store.setTrack('C1', 'pm')).toBe(true);
    expect(store.trackOf('C1')).toBe('pm');
    expect(store.setTrack('C1', null)).toBe(true);
    expect(store.trackOf('C1')).toBeNull();
    db.close();
  });

  it('forget-me keeps the team questions a person added but forgets who added them', () => {
    const db = openDatabase(':memory:');
    const store = new TeamQuestionStore(db);
    store.add('C1', input('Tell me about a time you simplified a process.'), 'U1');
    store.add('C1', input('Tell me about a time you simplified a team.'), 'U2');
    new PrivacyStore(db).forget('U1');
    expect(store.active('C1').map((q) => [q.text, q.createdBy])).toEqual([
      ['Tell me about a time you simplified a process.', null],
      ['Tell me about a time you simplified a team.', 'U2'],
    ]);
    db.close();
  });
});
