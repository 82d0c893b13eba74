import type { PrincipleId } from '../core/principles.js';
import type { Db } from './db.js';

export type AnswerKind = 'thread' | 'practice';

export interface NewAnswer {
  userId: string;
  principleId: PrincipleId;
  text: string;
  kind: AnswerKind;
  promptId?: number | null;
  channelId?: string | null;
  messageTs?: string | null;
  threadTs?: string | null;
  questionId?: string | null;
  /** Set for a reply that answers a follow-up to an earlier story. */
  parentAnswerId?: number | null;
  at: Date;
}

/** Stories people told (table `answers`). The thread and practice features grow this store. */
export class AnswerStore {
  private readonly insertRow;
  private readonly selectCoverage;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO answers (user_id, prompt_id, channel_id, message_ts, thread_ts, principle_id, question_id, text, kind,
         parent_answer_id, created_at, updated_at)
       VALUES (@userId, @promptId, @channelId, @messageTs, @threadTs, @principleId, @questionId, @text, @kind,
         @parentAnswerId, @at, @at)`,
    );
    this.selectCoverage = db.prepare<[string], { principle_id: string; people: number }>(
      `SELECT principle_id, COUNT(DISTINCT user_id) AS people FROM answers
       WHERE channel_id = ? AND parent_answer_id IS NULL
       GROUP BY principle_id`,
    );
  }

  /** Stores an answer and returns its id. */
  insert(answer: NewAnswer): number {
    const result = this.insertRow.run({
      userId: answer.userId,
      promptId: answer.promptId ?? null,
      channelId: answer.channelId ?? null,
      messageTs: answer.messageTs ?? null,
      threadTs: answer.threadTs ?? null,
      principleId: answer.principleId,
      questionId: answer.questionId ?? null,
      text: answer.text,
      kind: answer.kind,
      parentAnswerId: answer.parentAnswerId ?? null,
      at: answer.at.toISOString(),
    });
    return Number(result.lastInsertRowid);
  }

  /**
   * Team coverage in a channel: for each principle, how many distinct people have told a story for it there
   * (follow-up replies are part of their story, not new ones). People rather than answers, so one prolific member
   * does not make a principle look practised by the team. Principles nobody answered are absent.
   */
  countByPrinciple(channelId: string): Map<PrincipleId, number> {
    return new Map(this.selectCoverage.all(channelId).map((row) => [row.principle_id as PrincipleId, row.people]));
  }
}
