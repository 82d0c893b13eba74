import type { Db } from './db.js';

/** What a row owes; a short name for logs and for what happens after delivery. */
export type OwedKind = 'feedback' | 'reaction' | 'follow-up' | 'follow-up-note' | 'comment-note' | 'clip-note';

export interface OwedCall {
  kind: OwedKind;
  /** The story the call is about: deleting it (or forget-me) drops the call. */
  answerId: number | null;
  /** Whose call it is, for forget-me. */
  userId: string | null;
  method: string;
  args: Record<string, unknown>;
  /** Past this the call is given up (a feedback an hour late is no longer worth a message). */
  expiresAt: Date;
  /** Not before this: the fast path gets the first try, the worker takes over after. */
  notBefore: Date;
  /** For a post: the Slack ts it comes after (the answer it replies to), where a retry starts looking for it. */
  sinceTs?: string;
}

export interface PendingCall extends OwedCall {
  id: number;
  attempts: number;
  createdAt: Date;
}

interface Row {
  id: number;
  kind: OwedKind;
  answer_id: number | null;
  user_id: string | null;
  method: string;
  args: string;
  created_at: string;
  expires_at: string;
  next_attempt_at: string;
  attempts: number;
  since_ts: string | null;
}

function toPending(row: Row): PendingCall {
  return {
    id: row.id,
    kind: row.kind,
    answerId: row.answer_id,
    userId: row.user_id,
    method: row.method,
    args: JSON.parse(row.args) as Record<string, unknown>,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    notBefore: new Date(row.next_attempt_at),
    attempts: row.attempts,
    ...(row.since_ts === null ? {} : { sinceTs: row.since_ts }),
  };
}

/**
 * Slack calls owed to people (table `outbox`): a row is written with the state that owes it and deleted once the
 * call went through or was given up, so the table holds only what is still pending.
 */
export class OutboxStore {
  private readonly insertRow;
  private readonly selectById;
  private readonly selectDue;
  private readonly deleteRow;
  private readonly reschedule;
  private readonly selectBacklog;

  constructor(private readonly db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO outbox (kind, answer_id, user_id, method, args, created_at, expires_at, next_attempt_at, since_ts)
       VALUES (@kind, @answerId, @userId, @method, @args, @createdAt, @expiresAt, @notBefore, @sinceTs)`,
    );
    this.selectById = db.prepare<[number], Row>('SELECT * FROM outbox WHERE id = ?');
    // ISO strings of one width sort as times, so the index on next_attempt_at serves this.
    this.selectDue = db.prepare<[string, number], Row>('SELECT * FROM outbox WHERE next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?');
    this.deleteRow = db.prepare('DELETE FROM outbox WHERE id = ?');
    this.reschedule = db.prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?');
    this.selectBacklog = db.prepare<[], { pending: number; oldest: string | null }>('SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM outbox');
  }

  /** Records a call owed; call it inside the transaction that writes the state owing it. */
  add(call: OwedCall, at: Date): number {
    const result = this.insertRow.run({
      kind: call.kind,
      answerId: call.answerId,
      userId: call.userId,
      method: call.method,
      args: JSON.stringify(call.args),
      createdAt: at.toISOString(),
      expiresAt: call.expiresAt.toISOString(),
      notBefore: call.notBefore.toISOString(),
      sinceTs: call.sinceTs ?? null,
    });
    return Number(result.lastInsertRowid);
  }

  byId(id: number): PendingCall | undefined {
    const row = this.selectById.get(id);
    return row === undefined ? undefined : toPending(row);
  }

  /** Calls whose next attempt is due, oldest first. */
  due(now: Date, limit: number): PendingCall[] {
    return this.selectDue.all(now.toISOString(), limit).map(toPending);
  }

  /** Delivered or given up: the row goes. */
  remove(id: number): void {
    this.deleteRow.run(id);
  }

  retryAt(id: number, at: Date, error: string): void {
    this.reschedule.run(at.toISOString(), error, id);
  }

  /** How many calls are pending and how long the oldest has waited, for /healthz. */
  backlog(now: Date): { pending: number; oldestAgeMs: number | null } {
    const row = this.selectBacklog.get() ?? { pending: 0, oldest: null };
    return { pending: row.pending, oldestAgeMs: row.oldest === null ? null : Math.max(0, now.getTime() - new Date(row.oldest).getTime()) };
  }

  /** Runs `work` in one transaction: the state and the calls it owes are written together or not at all. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
