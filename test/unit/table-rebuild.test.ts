import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { rebuildTables, tablesNamingPeople } from '../../src/store/table-rebuild.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-rebuild-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fixed sequence (mulberry32), so the pages split the same way on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function occurrences(path: string, needle: string): number {
  const bytes = Buffer.concat([path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
  let n = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) n++;
  return n;
}

describe('rebuildTables', () => {
  it('removes the stale copies a deleted row leaves in a b-tree even with secure_delete on, and keeps every other row', () => {
    const path = join(dir, 'lp.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, body TEXT NOT NULL)');
    const random = sequence(7);
    const insert = db.prepare('INSERT INTO notes (user_id, body) VALUES (?, ?)');
    const grow = db.prepare('UPDATE notes SET body = ? WHERE id = ?');
    const ownerOf = db.prepare<[number], string>('SELECT user_id FROM notes WHERE id = ?').pluck();
    const mark = (person: string, k: number) => `W${person}x${k} `;
    const rows = 20_000;
    // Rows of many people, then a quarter grown in place: the growth makes SQLite move cells between pages.
    db.transaction(() => {
      for (let k = 0; k < rows; k++) {
        const person = `P${Math.floor(random() * 50)}`;
        insert.run(person, mark(person, k) + 'x'.repeat(50 + Math.floor(random() * 400)));
      }
      for (let k = 0; k < rows / 4; k++) {
        const id = 1 + Math.floor(random() * rows);
        const person = ownerOf.get(id) as string;
        grow.run(mark(person, rows + k) + 'y'.repeat(50 + Math.floor(random() * 900)), id);
      }
    })();
    db.prepare("DELETE FROM notes WHERE user_id = 'P7'").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    // The problem this solves: the rows are deleted and zeroed, yet copies moved earlier are still in the file.
    expect(occurrences(path, 'WP7x')).toBeGreaterThan(0);
    const kept = db.prepare('SELECT * FROM notes ORDER BY id').all();

    db.transaction(() => rebuildTables(db, ['notes']))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(occurrences(path, 'WP7x')).toBe(0);
    expect(db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual(kept);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps the schema, indexes and the AUTOINCREMENT counter, so a forgotten number is never given out again', () => {
    const db = openDatabase(join(dir, 'lp.db'));
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'people' ORDER BY name").all();
    const before = schema();
    db.prepare("INSERT INTO people (user_id, key) VALUES ('U1', randomblob(32)), ('U2', randomblob(32)), ('U3', randomblob(32))").run();
    db.prepare("DELETE FROM people WHERE user_id = 'U3'").run();
    db.transaction(() => rebuildTables(db, tablesNamingPeople(db)))();
    expect(schema()).toEqual(before);
    db.prepare("INSERT INTO people (user_id, key) VALUES ('U4', randomblob(32))").run();
    expect(db.prepare('SELECT id, user_id FROM people ORDER BY id').all()).toEqual([
      { id: 1, user_id: 'U1' },
      { id: 2, user_id: 'U2' },
      { id: 4, user_id: 'U4' },
    ]);
    expect(() => db.prepare("INSERT INTO people (user_id, key) VALUES ('U1', randomblob(32))").run()).toThrow(/UNIQUE/);

    // Everyone forgotten: the table is empty, and still no number comes round again.
    db.prepare('DELETE FROM people').run();
    db.transaction(() => rebuildTables(db, ['people']))();
    db.prepare("INSERT INTO people (user_id, key) VALUES ('U5', randomblob(32))").run();
    expect(db.prepare('SELECT id FROM people').pluck().all()).toEqual([5]);
    db.close();
  });

  it('finds every table that names a person by Slack id, and none of the tables that refer to people by number', () => {
    const db = openDatabase(':memory:');
    const tables = tablesNamingPeople(db);
    expect(tables).toEqual(expect.arrayContaining(['people', 'user_settings', 'personal_summaries', 'outbox', 'mock_scorecards', 'nudges']));
    expect(tables).not.toContain('answer_rows');
    expect(tables).not.toContain('votes');
    expect(tables).not.toContain('feedback');
    db.close();
  });
});
