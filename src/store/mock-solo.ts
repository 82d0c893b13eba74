import type { PrincipleId } from '../core/principles.js';
import type { Db } from './db.js';

/** A written bar-raiser mock in progress in the person's DM (migration 019). */
export interface SoloSession {
  userId: string;
  dmChannel: string;
  principleId: PrincipleId;
  questionId: string;
  /** The story, once answered (a practice round); null while the question waits for it. */
  answerId: number | null;
  /** Follow-ups asked so far, in order. */
  asked: string[];
  /** The ts of the last DM message taken into the mock. */
  lastTs: string | null;
  startedAt: string;
}

interface SoloRow {
  user_id: string;
  dm_channel: string;
  principle_id: string;
  question_id: string;
  answer_id: number | null;
  asked: string;
  last_ts: string | null;
  started_at: string;
}

/** `/lp mock solo`: one session per person, advanced only by a message newer than the last one taken. */
export class MockSoloStore {
  private readonly upsert;
  private readonly select;
  private readonly advanceRow;
  private readonly deleteRow;

  constructor(db: Db) {
    this.upsert = db.prepare(
      `INSERT INTO mock_solo (user_id, dm_channel, principle_id, question_id, answer_id, asked, last_ts, started_at, updated_at)
       VALUES (@userId, @dmChannel, @principleId, @questionId, NULL, '[]', NULL, @at, @at)
       ON CONFLICT (user_id) DO UPDATE SET dm_channel = excluded.dm_channel, principle_id = excluded.principle_id,
         question_id = excluded.question_id, answer_id = NULL, asked = '[]', last_ts = NULL, started_at = excluded.started_at,
         updated_at = excluded.updated_at`,
    );
    this.select = db.prepare<[string], SoloRow>('SELECT * FROM mock_solo WHERE user_id = ?');
    this.advanceRow = db.prepare(
      `UPDATE mock_solo SET answer_id = @answerId, asked = @asked, last_ts = @ts, updated_at = @at
       WHERE user_id = @userId AND (last_ts IS NULL OR last_ts < @ts)`,
    );
    this.deleteRow = db.prepare('DELETE FROM mock_solo WHERE user_id = ?');
  }

  start(session: { userId: string; dmChannel: string; principleId: PrincipleId; questionId: string }, at: Date): void {
    this.upsert.run({ ...session, at: at.toISOString() });
  }

  get(userId: string): SoloSession | undefined {
    const row = this.select.get(userId);
    if (row === undefined) return undefined;
    return {
      userId: row.user_id,
      dmChannel: row.dm_channel,
      principleId: row.principle_id as PrincipleId,
      questionId: row.question_id,
      answerId: row.answer_id,
      asked: JSON.parse(row.asked) as string[],
      lastTs: row.last_ts,
      startedAt: row.started_at,
    };
  }

  /** Takes the message `ts` into the mock; false when it (or a later one) was taken already. */
  advance(userId: string, step: { answerId: number; asked: readonly string[]; ts: string }, at: Date): boolean {
    return this.advanceRow.run({ userId, answerId: step.answerId, asked: JSON.stringify(step.asked), ts: step.ts, at: at.toISOString() }).changes === 1;
  }

  end(userId: string): void {
    this.deleteRow.run(userId);
  }
}
