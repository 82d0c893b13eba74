import { hasTable, type Db } from './db.js';

/** Columns that hold a Slack user id. A table with one of them is rebuilt at each forget-me. */
const PERSON_COLUMNS: ReadonlySet<string> = new Set(['user_id', 'voter_id', 'avoided_id', 'interviewer_id', 'candidate_id', 'created_by']);

/** The tables (not views) with a column that holds a Slack user id: `people` and the small per-person tables. */
export function tablesNamingPeople(db: Db): string[] {
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
  const columns = (table: string) => db.pragma(`table_info("${table}")`) as { name: string }[];
  return tables.filter((table) => columns(table).some((column) => PERSON_COLUMNS.has(column.name)));
}

const COPY = 'rebuild_copy';

/**
 * Rebuilds each table on fresh pages, with the same rows, schema, indexes, triggers and AUTOINCREMENT counter. Why:
 * deleting a row zeroes it (secure_delete), but a b-tree keeps stale copies of cells it moved in the unused space of
 * its pages and of keys in its interior pages; a dropped table's pages are all zeroed (secure_delete zeroes every page
 * it frees). The rows go through a copy table because the original's name must stay (views such as `answers` refer to
 * it, and renaming over it would fail their check). Runs in the caller's transaction; the caller checkpoints the WAL.
 */
export function rebuildTables(db: Db, tables: readonly string[]): void {
  const schemaOf = db.prepare<[string], { type: string; sql: string }>(
    "SELECT type, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type = 'table' DESC",
  );
  // sqlite_sequence exists once any table uses AUTOINCREMENT (`people` does, from migration 020 on).
  const sequenceOf = hasTable(db, 'sqlite_sequence') ? db.prepare<[string], number>('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck() : undefined;
  for (const table of tables) {
    const [create, ...extras] = schemaOf.all(table);
    if (create?.type !== 'table') throw new Error(`rebuildTables: no table ${table}`);
    const seq = sequenceOf?.get(table);
    db.exec(`CREATE TABLE ${COPY} AS SELECT * FROM "${table}"`);
    db.exec(`DROP TABLE "${table}"`);
    db.exec(create.sql);
    db.exec(`INSERT INTO "${table}" SELECT * FROM ${COPY}`);
    db.exec(`DROP TABLE ${COPY}`);
    for (const extra of extras) db.exec(extra.sql);
    // Dropping the table dropped its counter; an empty table would start again from 1.
    if (seq !== undefined) {
      db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
      db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, seq);
    }
  }
}
