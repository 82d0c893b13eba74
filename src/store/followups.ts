import type { CriterionId } from '../core/rubric/index.js';
import type { Db } from './db.js';
import { keyOfAnswer } from './people.js';

export interface FollowUpRecord {
  id: number;
  answerId: number;
  /** The weakest criterion the question probes; null when every criterion was strong. */
  criterion: CriterionId | null;
  question: string;
  /** The author's reply that answered it, once there is one. */
  replyAnswerId: number | null;
  /** The question's visible reply in the thread; null when it was private or not posted. */
  messageTs: string | null;
}

interface FollowUpRow {
  id: number;
  answer_id: number;
  criterion: string | null;
  question: string;
  reply_answer_id: number | null;
  message_ts: string | null;
}

function toRecord(row: FollowUpRow): FollowUpRecord {
  return {
    id: row.id,
    answerId: row.answer_id,
    criterion: row.criterion as CriterionId | null,
    question: row.question,
    replyAnswerId: row.reply_answer_id,
    messageTs: row.message_ts,
  };
}

// The question can quote the story, so it is sealed with the author's key as the story is (migration 020).
const COLUMNS = `f.id, f.answer_id, f.criterion, lp_open(${keyOfAnswer('f.answer_id')}, f.question) AS question, f.reply_answer_id, f.created_at, f.message_ts`;

/** The follow-up asked on each story (table `followups`, one per answer by constraint). */
export class FollowUpStore {
  private readonly insertRow;
  private readonly selectOpen;
  private readonly selectByAnswer;
  private readonly updateReply;
  private readonly updateMessageTs;
  private readonly reopenRow;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO followups (answer_id, criterion, question, created_at) VALUES (@answerId, @criterion, lp_seal(${keyOfAnswer('@answerId')}, @question), @at)
       ON CONFLICT (answer_id) DO NOTHING`,
    );
    // The newest unanswered follow-up on one of the person's stories in this thread.
    this.selectOpen = db.prepare<[string, string, string], FollowUpRow>(
      `SELECT ${COLUMNS} FROM followups f JOIN answers a ON a.id = f.answer_id
       WHERE a.channel_id = ? AND a.thread_ts = ? AND a.user_id = ? AND f.reply_answer_id IS NULL
       ORDER BY f.id DESC LIMIT 1`,
    );
    this.selectByAnswer = db.prepare<[number], FollowUpRow>(`SELECT ${COLUMNS} FROM followups f WHERE f.answer_id = ?`);
    this.updateReply = db.prepare('UPDATE followups SET reply_answer_id = ? WHERE id = ? AND reply_answer_id IS NULL');
    this.updateMessageTs = db.prepare('UPDATE followups SET message_ts = ? WHERE answer_id = ?');
    this.reopenRow = db.prepare('UPDATE followups SET reply_answer_id = NULL WHERE reply_answer_id = ?');
  }

  /** Records the follow-up before it is posted; false when the answer already has one (a retry). */
  insert(answerId: number, criterion: CriterionId | null, question: string, at: Date): boolean {
    return this.insertRow.run({ answerId, criterion, question, at: at.toISOString() }).changes === 1;
  }

  findOpen(channelId: string, threadTs: string, userId: string): FollowUpRecord | undefined {
    const row = this.selectOpen.get(channelId, threadTs, userId);
    return row === undefined ? undefined : toRecord(row);
  }

  ofAnswer(answerId: number): FollowUpRecord | undefined {
    const row = this.selectByAnswer.get(answerId);
    return row === undefined ? undefined : toRecord(row);
  }

  /** Records where the question was posted; false when the story was deleted meanwhile (its follow-up went with it). */
  setMessageTs(answerId: number, messageTs: string): boolean {
    return this.updateMessageTs.run(messageTs, answerId).changes === 1;
  }

  /** The reply turned out to be a new story: the follow-up it was taken to answer is open again. */
  reopenAnsweredBy(replyAnswerId: number): void {
    this.reopenRow.run(replyAnswerId);
  }

  /** Links the author's reply; false when another reply got there first. */
  markAnswered(id: number, replyAnswerId: number): boolean {
    return this.updateReply.run(replyAnswerId, id).changes === 1;
  }
}
