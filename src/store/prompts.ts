import type { PrincipleId } from '../core/principles.js';
import type { Db } from './db.js';

export type PromptSource = 'scheduled' | 'manual';
/**
 * reserved: written before calling Slack (left so by a crash mid-post); posted: its message ts is known (Slack
 * returned it, or the app found its own post in the channel by its metadata); failed: the outcome is unknown (a
 * timeout, a network error, an HTTP 5xx), so Slack may have posted. Refusals delete the row instead (`release`).
 */
export type PromptStatus = 'reserved' | 'posted' | 'failed';

export interface PromptRecord {
  id: number;
  channelId: string;
  /** Channel-local 'YYYY-MM-DD' the prompt belongs to. */
  localDate: string;
  /** Equal to `localDate` when this prompt holds the day's slot; null for an extra manual prompt. */
  slotDate: string | null;
  principleId: PrincipleId;
  questionId: string;
  source: PromptSource;
  status: PromptStatus;
  messageTs: string | null;
  error: string | null;
  createdAt: string;
  postedAt: string | null;
}

export interface NewPrompt {
  channelId: string;
  localDate: string;
  principleId: PrincipleId;
  questionId: string;
  source: PromptSource;
  at: Date;
}

interface PromptRow {
  id: number;
  channel_id: string;
  local_date: string;
  slot_date: string | null;
  principle_id: string;
  question_id: string;
  source: PromptSource;
  status: PromptStatus;
  message_ts: string | null;
  error: string | null;
  created_at: string;
  posted_at: string | null;
}

function toRecord(row: PromptRow): PromptRecord {
  return {
    id: row.id,
    channelId: row.channel_id,
    localDate: row.local_date,
    slotDate: row.slot_date,
    principleId: row.principle_id as PrincipleId,
    questionId: row.question_id,
    source: row.source,
    status: row.status,
    messageTs: row.message_ts,
    error: row.error,
    createdAt: row.created_at,
    postedAt: row.posted_at,
  };
}

/**
 * Prompts posted or about to be posted (table `prompts`). "One prompt per channel per local day" is the
 * UNIQUE (channel_id, slot_date) constraint: `reserveSlot` is the only way to take a day, and it is atomic.
 */
export class PromptStore {
  private readonly insertSlot;
  private readonly insertExtraRow;
  private readonly selectById;
  private readonly updatePosted;
  private readonly updateFailed;
  private readonly updateFound;
  private readonly deleteById;
  private readonly selectSlot;
  private readonly selectLatestPosted;
  private readonly selectLatestPostedOn;
  private readonly selectRecent;
  private readonly selectUsedQuestions;
  private readonly selectByMessage;
  private readonly selectPostedBefore;
  private readonly selectPostedDates;

  constructor(db: Db) {
    const insert = `INSERT INTO prompts (channel_id, local_date, slot_date, principle_id, question_id, source, status, created_at)`;
    // OR IGNORE only swallows the slot's UNIQUE conflict here: CHECK and NOT NULL failures still throw.
    this.insertSlot = db.prepare(
      `${insert.replace('INSERT', 'INSERT OR IGNORE')}
       VALUES (@channelId, @localDate, @localDate, @principleId, @questionId, @source, 'reserved', @at)`,
    );
    this.insertExtraRow = db.prepare(
      `${insert} VALUES (@channelId, @localDate, NULL, @principleId, @questionId, 'manual', 'reserved', @at)`,
    );
    this.selectById = db.prepare<[number], PromptRow>('SELECT * FROM prompts WHERE id = ?');
    this.updatePosted = db.prepare(
      `UPDATE prompts SET status = 'posted', message_ts = ?, posted_at = ?, error = NULL WHERE id = ?`,
    );
    this.updateFailed = db.prepare(`UPDATE prompts SET status = 'failed', error = ? WHERE id = ?`);
    this.updateFound = db.prepare(
      `UPDATE prompts SET status = 'posted', message_ts = ?, posted_at = ?, error = NULL WHERE id = ? AND status <> 'posted'`,
    );
    this.deleteById = db.prepare('DELETE FROM prompts WHERE id = ?');
    this.selectSlot = db.prepare<[string, string], PromptRow>(
      'SELECT * FROM prompts WHERE channel_id = ? AND slot_date = ?',
    );
    this.selectLatestPosted = db.prepare<[string], PromptRow>(
      `SELECT * FROM prompts WHERE channel_id = ? AND status = 'posted' ORDER BY posted_at DESC, id DESC LIMIT 1`,
    );
    this.selectLatestPostedOn = db.prepare<[string, string], PromptRow>(
      `SELECT * FROM prompts WHERE channel_id = ? AND local_date = ? AND status = 'posted'
       ORDER BY posted_at DESC, id DESC LIMIT 1`,
    );
    this.selectRecent = db.prepare<[string, number], PromptRow>(
      'SELECT * FROM prompts WHERE channel_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    );
    this.selectUsedQuestions = db.prepare<[string], { question_id: string }>(
      `SELECT question_id FROM prompts WHERE channel_id = ?
       GROUP BY question_id ORDER BY MAX(created_at) DESC, MAX(id) DESC`,
    );
    this.selectByMessage = db.prepare<[string, string], PromptRow>('SELECT * FROM prompts WHERE channel_id = ? AND message_ts = ?');
    this.selectPostedBefore = db.prepare<[string, number, string], PromptRow>(
      `SELECT * FROM prompts WHERE channel_id = ? AND status = 'posted' AND id <> ? AND posted_at <= ?
       ORDER BY posted_at DESC, id DESC LIMIT 1`,
    );
    this.selectPostedDates = db.prepare<[string], { local_date: string }>(
      `SELECT DISTINCT local_date FROM prompts WHERE channel_id = ? AND status = 'posted' ORDER BY local_date`,
    );
  }

  /** Takes the channel's slot for `localDate` (status 'reserved'); null when another prompt already holds it. */
  reserveSlot(prompt: NewPrompt): PromptRecord | null {
    const result = this.insertSlot.run(this.params(prompt));
    return result.changes === 1 ? this.byId(Number(result.lastInsertRowid)) : null;
  }

  /** A manual prompt beyond the day's slot (`/lp post` after today's prompt went out). */
  insertExtra(prompt: Omit<NewPrompt, 'source'>): PromptRecord {
    const result = this.insertExtraRow.run(this.params({ ...prompt, source: 'manual' }));
    return this.byId(Number(result.lastInsertRowid));
  }

  markPosted(id: number, messageTs: string, at: Date): void {
    this.updatePosted.run(messageTs, at.toISOString(), id);
  }

  /**
   * Records a message found in the channel (by its metadata) as this prompt's post. Only a prompt not yet posted is
   * changed, so a found message never replaces a known one; false when nothing changed. Throws when another prompt
   * already has that ts (UNIQUE).
   */
  recordFound(id: number, messageTs: string, at: Date): boolean {
    return this.updateFound.run(messageTs, at.toISOString(), id).changes === 1;
  }

  /** The outcome is unknown (e.g. a timeout: Slack may have posted), so the row keeps its slot. */
  markFailed(id: number, error: string): void {
    this.updateFailed.run(error, id);
  }

  /** Deletes a reservation Slack refused (nothing was posted), freeing the slot for a retry. */
  release(id: number): void {
    this.deleteById.run(id);
  }

  findById(id: number): PromptRecord | undefined {
    const row = this.selectById.get(id);
    return row === undefined ? undefined : toRecord(row);
  }

  findSlot(channelId: string, localDate: string): PromptRecord | undefined {
    const row = this.selectSlot.get(channelId, localDate);
    return row === undefined ? undefined : toRecord(row);
  }

  /** The most recently posted prompt in the channel, optionally only among those of one local date. */
  latestPosted(channelId: string, localDate?: string): PromptRecord | undefined {
    const row =
      localDate === undefined ? this.selectLatestPosted.get(channelId) : this.selectLatestPostedOn.get(channelId, localDate);
    return row === undefined ? undefined : toRecord(row);
  }

  /** The channel's latest prompts of any status, newest first. */
  recent(channelId: string, limit: number): PromptRecord[] {
    return this.selectRecent.all(channelId, limit).map(toRecord);
  }

  /** Every question id asked in the channel, most recently asked first. */
  usedQuestionIds(channelId: string): string[] {
    return this.selectUsedQuestions.all(channelId).map((row) => row.question_id);
  }

  /** The prompt whose message is `messageTs` (a thread's parent), so a reply can be matched to its question. */
  findByMessage(channelId: string, messageTs: string): PromptRecord | undefined {
    const row = this.selectByMessage.get(channelId, messageTs);
    return row === undefined ? undefined : toRecord(row);
  }

  /** The prompt posted in the channel before `prompt` (the one a new prompt's wrap-up is about). */
  postedBefore(prompt: PromptRecord): PromptRecord | undefined {
    const row = this.selectPostedBefore.get(prompt.channelId, prompt.id, prompt.postedAt ?? prompt.createdAt);
    return row === undefined ? undefined : toRecord(row);
  }

  /** Channel-local dates on which a prompt was posted, oldest first (streaks count these days only). */
  postedDates(channelId: string): string[] {
    return this.selectPostedDates.all(channelId).map((row) => row.local_date);
  }

  private byId(id: number): PromptRecord {
    const row = this.selectById.get(id);
    if (row === undefined) throw new Error(`prompt ${id} vanished right after insert`);
    return toRecord(row);
  }

  private params(prompt: NewPrompt) {
    return {
      channelId: prompt.channelId,
      localDate: prompt.localDate,
      principleId: prompt.principleId,
      questionId: prompt.questionId,
      source: prompt.source,
      at: prompt.at.toISOString(),
    };
  }
}
