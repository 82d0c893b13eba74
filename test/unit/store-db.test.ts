import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaTooNewError, isDatabaseReachable, openDatabase, schemaVersion } from '../../src/store/db.js';
import { MIGRATIONS, type Migration } from '../../src/store/migrations/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-db-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const newest = Math.max(...MIGRATIONS.map((m) => m.version));

describe('openDatabase', () => {
  it('creates the missing parent directory and the file, with WAL, foreign keys and a busy timeout', () => {
    const path = join(dir, 'nested', 'deeper', 'lp.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(isDatabaseReachable(db)).toBe(true);
    db.close();
    expect(isDatabaseReachable(db)).toBe(false);
  });

  it('applies every migration once and records it; reopening is a no-op', () => {
    const path = join(dir, 'lp.db');
    const first = openDatabase(path);
    expect(schemaVersion(first)).toBe(newest);
    const tables = first
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(['answer_rows', 'channels', 'feedback', 'people', 'processed_events', 'prompts', 'schema_migrations', 'user_settings', 'votes']),
    );
    first.prepare(`INSERT INTO processed_events (event_id, received_at) VALUES ('Ev1', '2026-01-01T00:00:00.000Z')`).run();
    first.close();

    const second = openDatabase(path);
    expect(second.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    expect(second.prepare('SELECT COUNT(*) AS n FROM processed_events').get()).toEqual({ n: 1 });
    second.close();
  });

  it('works in memory for tests', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(newest);
    db.close();
  });

  it('refuses a file written by a newer build, with a message that says what to do', () => {
    const path = join(dir, 'x.db');
    const db = openDatabase(path);
    db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', ?)`).run(newest + 6, new Date().toISOString());
    db.close();

    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    expect((caught as Error).message).toBe(
      `${path} was written by a newer LP Coach (schema ${newest + 6}; this build knows up to ${newest}). ` +
        'Upgrade LP Coach or point DATABASE_PATH at another file.',
    );
  });

  it('applies only the new migrations to an older file, and a failing migration leaves nothing behind', () => {
    const path = join(dir, 'lp.db');
    openDatabase(path).close();

    const added: Migration = {
      version: newest + 1,
      name: 'add-column',
      up: (db) => db.exec('ALTER TABLE channels ADD COLUMN example_setting TEXT'),
    };
    const broken: Migration = {
      version: newest + 2,
      name: 'broken',
      up: (db) => {
        db.exec('ALTER TABLE channels ADD COLUMN half_done TEXT');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase(path, [...MIGRATIONS, added, broken])).toThrow();

    const db = openDatabase(path, [...MIGRATIONS, added]);
    expect(schemaVersion(db)).toBe(newest + 1);
    const columns = db.prepare('PRAGMA table_info(channels)').all().map((c) => (c as { name: string }).name);
    expect(columns).toContain('example_setting');
    expect(columns).not.toContain('half_done');
    db.close();
  });
});

describe('schema constraints', () => {
  it('allows one scheduled slot per channel and local date, any number of extra prompts, and unique message ts', () => {
    const db = openDatabase(':memory:');
    const insert = db.prepare(
      `INSERT INTO prompts (channel_id, local_date, slot_date, principle_id, question_id, source, status, message_ts, created_at)
       VALUES (?, '2026-03-02', ?, 'ownership', 'q1', 'scheduled', 'posted', ?, '2026-03-02T08:30:00.000Z')`,
    );
    insert.run('C1', '2026-03-02', '1.1');
    expect(() => insert.run('C1', '2026-03-02', '1.2')).toThrow(/UNIQUE/);
    insert.run('C2', '2026-03-02', '1.3');
    insert.run('C1', null, '1.4');
    insert.run('C1', null, '1.5');
    expect(() => insert.run('C1', null, '1.5')).toThrow(/UNIQUE/);
    db.close();
  });

  it('removes feedback and votes with their answer', () => {
    const db = openDatabase(':memory:');
    const at = '2026-03-02T09:00:00.000Z';
    db.prepare("INSERT INTO people (id, user_id, key) VALUES (1, 'U1', randomblob(32)), (2, 'U2', randomblob(32))").run();
    const answerId = db
      .prepare(
        `INSERT INTO answer_rows (person_id, channel_id, message_ts, principle_id, text, kind, created_at, updated_at)
         VALUES (1, 'C1', '2.1', 'ownership', 'story', 'thread', ?, ?)`,
      )
      .run(at, at).lastInsertRowid;
    db.prepare(`INSERT INTO feedback (answer_id, score, level, feedback_json, created_at) VALUES (?, 70, 'Meets the bar', '{}', ?)`).run(answerId, at);
    db.prepare(`INSERT INTO votes (answer_id, voter_person_id, created_at) VALUES (?, 2, ?)`).run(answerId, at);
    expect(() => db.prepare(`INSERT INTO votes (answer_id, voter_person_id, created_at) VALUES (?, 2, ?)`).run(answerId, at)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO votes (answer_id, voter_person_id, created_at) VALUES (999, 2, ?)`).run(at)).toThrow(/FOREIGN KEY/);

    db.prepare('DELETE FROM answer_rows WHERE id = ?').run(answerId);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });
    db.close();
  });
});
