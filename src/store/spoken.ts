import type { Delivery } from '../core/spoken/index.js';
import type { Db } from './db.js';

/** What a clip answers: a prompt in its thread, or a /lp practice question in the person's DM. */
export interface ClipQuestion {
  kind: 'thread' | 'practice';
  principleId: string;
  questionId: string | null;
  /** The daily prompt it answers (a thread clip always; a practice clip when the round came from a prompt). */
  promptId: number | null;
}

/** A clip answer waiting for Slack's transcript. */
export interface PendingClip extends ClipQuestion {
  id: number;
  channelId: string;
  messageTs: string;
  /** The thread it was posted in; null for a clip posted straight into a DM. */
  threadTs: string | null;
  userId: string;
  fileId: string;
  createdAt: Date;
  nextCheckAt: Date;
  /** How many times Slack was asked about the transcript so far. */
  checks: number;
}

export interface NewPendingClip extends ClipQuestion {
  channelId: string;
  messageTs: string;
  threadTs: string | null;
  userId: string;
  fileId: string;
  /** When it arrived (the app's clock). */
  at: Date;
  /** The first look at its transcript (real time, as every later look). */
  checkAt: Date;
}

/** How one spoken story was said. */
export interface SpokenRecord {
  answerId: number;
  fileId: string;
  delivery: Delivery;
}

/** A /lp practice question posted in the person's DM to answer out loud. */
export interface PracticeQuestion {
  id: number;
  principleId: string;
  questionId: string;
  promptId: number | null;
}

interface PendingRow {
  id: number;
  kind: 'thread' | 'practice';
  channel_id: string;
  message_ts: string;
  thread_ts: string | null;
  user_id: string;
  file_id: string;
  principle_id: string;
  question_id: string | null;
  prompt_id: number | null;
  created_at: string;
  next_check_at: string;
  checks: number;
}

function toPending(row: PendingRow): PendingClip {
  return {
    id: row.id,
    kind: row.kind,
    principleId: row.principle_id,
    questionId: row.question_id,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    threadTs: row.thread_ts,
    userId: row.user_id,
    fileId: row.file_id,
    promptId: row.prompt_id,
    createdAt: new Date(row.created_at),
    nextCheckAt: new Date(row.next_check_at),
    checks: row.checks,
  };
}

/** Clips waiting for their transcript (`pending_clips`) and how each spoken story was said (`spoken_answers`). */
export class SpokenStore {
  private readonly insertPending;
  private readonly selectPending;
  private readonly selectDue;
  private readonly selectByFile;
  private readonly selectByMessage;
  private readonly updateCheck;
  private readonly deletePending;
  private readonly insertSpoken;
  private readonly selectSpoken;
  private readonly selectPace;
  private readonly insertPracticeQuestion;
  private readonly updatePracticeMessage;
  private readonly selectPracticeQuestion;

  constructor(db: Db) {
    this.insertPending = db.prepare(
      `INSERT INTO pending_clips (kind, channel_id, message_ts, thread_ts, user_id, file_id, principle_id, question_id, prompt_id, created_at, next_check_at)
       VALUES (@kind, @channelId, @messageTs, @threadTs, @userId, @fileId, @principleId, @questionId, @promptId, @at, @checkAt)
       ON CONFLICT (channel_id, message_ts) DO NOTHING`,
    );
    this.selectPending = db.prepare<[number], PendingRow>('SELECT * FROM pending_clips WHERE id = ?');
    this.selectDue = db.prepare<[string, number], PendingRow>('SELECT * FROM pending_clips WHERE next_check_at <= ? ORDER BY next_check_at, id LIMIT ?');
    this.selectByFile = db.prepare<[string], PendingRow>('SELECT * FROM pending_clips WHERE file_id = ?');
    this.selectByMessage = db.prepare<[string, string], PendingRow>('SELECT * FROM pending_clips WHERE channel_id = ? AND message_ts = ?');
    this.updateCheck = db.prepare('UPDATE pending_clips SET checks = checks + 1, next_check_at = ?, last_status = ? WHERE id = ?');
    this.deletePending = db.prepare('DELETE FROM pending_clips WHERE id = ?');
    this.insertSpoken = db.prepare(
      `INSERT INTO spoken_answers (answer_id, file_id, duration_ms, words_per_minute, delivery_json) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (answer_id) DO NOTHING`,
    );
    this.selectSpoken = db.prepare<[number], { answer_id: number; file_id: string; delivery_json: string }>(
      'SELECT answer_id, file_id, delivery_json FROM spoken_answers WHERE answer_id = ?',
    );
    // Oldest first, so a trend reads left to right; only stories (follow-up replies are part of their story). The
    // person's answers come from their index (`+` keeps SQLite from walking every story of everyone by parent_answer_id:
    // a second per App Home at a million answers), then each is looked up in spoken_answers by key.
    this.selectPace = db.prepare<[string, number], { words_per_minute: number }>(
      `SELECT words_per_minute FROM (
         SELECT s.words_per_minute, a.id FROM answers a JOIN spoken_answers s ON s.answer_id = a.id
         WHERE a.user_id = ? AND +a.parent_answer_id IS NULL AND s.words_per_minute IS NOT NULL
         ORDER BY a.id DESC LIMIT ?
       ) ORDER BY id`,
    );
    this.insertPracticeQuestion = db.prepare(
      `INSERT INTO spoken_practice_questions (user_id, channel_id, principle_id, question_id, prompt_id, asked_at)
       VALUES (@userId, @channelId, @principleId, @questionId, @promptId, @at)`,
    );
    this.updatePracticeMessage = db.prepare('UPDATE spoken_practice_questions SET message_ts = ? WHERE id = ?');
    // The one whose thread the clip is in, else the newest asked since `since`.
    this.selectPracticeQuestion = db.prepare<{ userId: string; channelId: string; threadTs: string | null; since: string }, { id: number; principle_id: string; question_id: string; prompt_id: number | null }>(
      `SELECT id, principle_id, question_id, prompt_id FROM spoken_practice_questions
       WHERE user_id = @userId AND channel_id = @channelId
         AND (CASE WHEN @threadTs IS NULL THEN asked_at >= @since ELSE message_ts = @threadTs END)
       ORDER BY id DESC LIMIT 1`,
    );
  }

  /** Records a clip to wait for; undefined when this message is waiting already (a retried event). */
  addPending(clip: NewPendingClip): number | undefined {
    const result = this.insertPending.run({ ...clip, at: clip.at.toISOString(), checkAt: clip.checkAt.toISOString() });
    return result.changes === 1 ? Number(result.lastInsertRowid) : undefined;
  }

  pending(id: number): PendingClip | undefined {
    const row = this.selectPending.get(id);
    return row === undefined ? undefined : toPending(row);
  }

  /** Clips whose next look at the transcript is due, oldest first. */
  due(now: Date, limit: number): PendingClip[] {
    return this.selectDue.all(now.toISOString(), limit).map(toPending);
  }

  /** Clips waiting on this file (a `file_change` event names only the file). */
  pendingOfFile(fileId: string): PendingClip[] {
    return this.selectByFile.all(fileId).map(toPending);
  }

  pendingOfMessage(channelId: string, messageTs: string): PendingClip | undefined {
    const row = this.selectByMessage.get(channelId, messageTs);
    return row === undefined ? undefined : toPending(row);
  }

  /** Slack was asked once more; the next look is at `next`. */
  recordCheck(id: number, next: Date, status: string): void {
    this.updateCheck.run(next.toISOString(), status, id);
  }

  /** The wait is over (scored, or the author told why not); false when another path ended it first. */
  removePending(id: number): boolean {
    return this.deletePending.run(id).changes === 1;
  }

  recordSpoken(answerId: number, fileId: string, delivery: Delivery): void {
    this.insertSpoken.run(answerId, fileId, delivery.durationMs, delivery.wordsPerMinute, JSON.stringify(delivery));
  }

  spokenOf(answerId: number): SpokenRecord | undefined {
    const row = this.selectSpoken.get(answerId);
    return row === undefined ? undefined : { answerId: row.answer_id, fileId: row.file_id, delivery: JSON.parse(row.delivery_json) as Delivery };
  }

  /** The person's pace on their last `limit` spoken stories, oldest first. */
  paceHistory(userId: string, limit: number): number[] {
    return this.selectPace.all(userId, limit).map((row) => row.words_per_minute);
  }

  /** Records a practice question asked in the person's DM (before it is posted, so a clip can never miss it). */
  askPractice(question: { userId: string; channelId: string; principleId: string; questionId: string; promptId: number | null; at: Date }): number {
    return Number(this.insertPracticeQuestion.run({ ...question, at: question.at.toISOString() }).lastInsertRowid);
  }

  practiceQuestionPosted(id: number, messageTs: string): void {
    this.updatePracticeMessage.run(messageTs, id);
  }

  /** The practice question a clip in the person's DM answers: the one it replies to, else the newest since `since`. */
  practiceQuestionFor(userId: string, channelId: string, threadTs: string | null, since: Date): PracticeQuestion | undefined {
    const row = this.selectPracticeQuestion.get({ userId, channelId, threadTs, since: since.toISOString() });
    return row === undefined ? undefined : { id: row.id, principleId: row.principle_id, questionId: row.question_id, promptId: row.prompt_id };
  }
}
