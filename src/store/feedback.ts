import { parseFeedback, type Feedback } from '../core/rubric/index.js';
import type { Db } from './db.js';
import { keyOfAnswer, openFeedback } from './people.js';

export interface StoredFeedback {
  id: number;
  answerId: number;
  feedback: Feedback;
  createdAt: string;
}

/**
 * Rubric results (table `feedback`; the JSON sealed with the author's key, migration 020). Each scoring adds a row, so after an edit the newest row is current and the one
 * before it says what changed. The JSON is validated on the way out: a row written by an older rubric that no longer
 * parses is treated as missing rather than crashing a view.
 */
export class FeedbackStore {
  private readonly insertRow;
  private readonly selectLatest;
  private readonly selectPrevious;
  private readonly updateMessageTs;
  private readonly selectVisibleReply;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO feedback (answer_id, score, level, feedback_json, detected, created_at, rubric_version)
       VALUES (@answerId, @score, @level, lp_seal(${keyOfAnswer('@answerId')}, @json), @detected, @at, @version)`,
    );
    this.selectLatest = db.prepare<[number], FeedbackRow>(
      `SELECT f.id, f.answer_id, ${openFeedback('f')} AS feedback_json, f.created_at FROM feedback f WHERE f.answer_id = ? ORDER BY f.id DESC LIMIT 1`,
    );
    this.selectPrevious = db.prepare<[number], FeedbackRow>(
      `SELECT f.id, f.answer_id, ${openFeedback('f')} AS feedback_json, f.created_at FROM feedback f WHERE f.answer_id = ? ORDER BY f.id DESC LIMIT 1 OFFSET 1`,
    );
    this.updateMessageTs = db.prepare('UPDATE feedback SET message_ts = ? WHERE id = ?');
    this.selectVisibleReply = db.prepare<[number], { message_ts: string }>(
      'SELECT message_ts FROM feedback WHERE answer_id = ? AND message_ts IS NOT NULL ORDER BY id DESC LIMIT 1',
    );
  }

  insert(answerId: number, feedback: Feedback, at: Date): number {
    const result = this.insertRow.run({ answerId, ...storedFeedback(feedback), at: at.toISOString() });
    return Number(result.lastInsertRowid);
  }

  /** The current feedback on an answer. */
  latest(answerId: number): StoredFeedback | undefined {
    return toStored(this.selectLatest.get(answerId));
  }

  /** Records the visible thread reply showing this feedback; false when the answer was deleted meanwhile. */
  setMessageTs(feedbackId: number, messageTs: string): boolean {
    return this.updateMessageTs.run(messageTs, feedbackId).changes === 1;
  }

  /** The ts of the newest visible thread reply showing feedback on this answer (`feedback thread` channels). */
  visibleReplyTs(answerId: number): string | undefined {
    return this.selectVisibleReply.get(answerId)?.message_ts;
  }

  /** The feedback before the current one (the answer was edited or retried), to show what changed. */
  previous(answerId: number): StoredFeedback | undefined {
    return toStored(this.selectPrevious.get(answerId));
  }
}

/**
 * The columns a scoring writes (insert and re-score): the JSON sealed by the statement with the author's key, and the
 * detected principles in the clear for the feedback_current index (coverage reads them for every story).
 */
export function storedFeedback(feedback: Feedback) {
  return {
    score: feedback.score,
    level: feedback.level,
    json: JSON.stringify(feedback),
    detected: JSON.stringify(feedback.principle.detected),
    version: feedback.rubricVersion,
  };
}

interface FeedbackRow {
  id: number;
  answer_id: number;
  feedback_json: string;
  created_at: string;
}

function toStored(row: FeedbackRow | undefined): StoredFeedback | undefined {
  if (row === undefined) return undefined;
  try {
    return { id: row.id, answerId: row.answer_id, feedback: parseFeedback(JSON.parse(row.feedback_json)), createdAt: row.created_at };
  } catch {
    return undefined;
  }
}
