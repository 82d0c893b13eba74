import type { Db } from './db.js';

export type WrapUpReason = 'next-prompt' | 'close-time';

/** A wrap-up or digest whose post has no known ts: 'reserved' (in flight, or left by a crash) or 'failed' (unknown). */
export interface UnsettledSummary {
  status: 'reserved' | 'failed';
  /** Posts made so far (the first included), each of unknown outcome. */
  attempts: number;
  /** When it may be checked next (ISO); null for a reservation (checked once it is old enough). */
  nextCheckAt: string | null;
  /** When it was reserved (ISO): the channel is read from about then. */
  createdAt: string;
  error: string | null;
}

export interface UnsettledWrapUp extends UnsettledSummary {
  promptId: number;
  channelId: string;
}

export interface UnsettledDigest extends UnsettledSummary {
  channelId: string;
  weekStart: string;
}

interface UnsettledRow {
  status: 'reserved' | 'failed';
  attempts: number;
  next_check_at: string | null;
  created_at: string;
  error: string | null;
}

const unsettled = (row: UnsettledRow): UnsettledSummary => ({
  status: row.status,
  attempts: row.attempts,
  nextCheckAt: row.next_check_at,
  createdAt: row.created_at,
  error: row.error,
});

/**
 * Wrap-ups (table `wrap_ups`, one per prompt) and weekly digests (table `digests`, one per channel and week). Like
 * the daily prompt, a row is reserved before Slack is called, so a second tick, a restart or another process finds it
 * taken and posts nothing. A row whose post has an unknown outcome stays ('failed', or 'reserved' after a crash) and
 * is followed up (SummaryService): found in Slack, recorded as posted; not found, posted again, each further post
 * claimed here first (`claim*Retry`, a compare-and-set on `attempts`) so two processes never both post it again.
 */
export class SummaryStore {
  private readonly reserveWrapUpRow;
  private readonly finishWrapUpRow;
  private readonly failWrapUpRow;
  private readonly releaseWrapUpRow;
  private readonly selectWrapUp;
  private readonly selectUnsettledWrapUps;
  private readonly claimWrapUpRow;
  private readonly deferWrapUpRow;
  private readonly giveUpWrapUpRow;
  private readonly reserveDigestRow;
  private readonly finishDigestRow;
  private readonly failDigestRow;
  private readonly releaseDigestRow;
  private readonly selectUnsettledDigests;
  private readonly claimDigestRow;
  private readonly deferDigestRow;
  private readonly giveUpDigestRow;

  constructor(db: Db) {
    this.reserveWrapUpRow = db.prepare(
      `INSERT INTO wrap_ups (prompt_id, channel_id, reason, status, created_at) VALUES (?, ?, ?, 'reserved', ?)
       ON CONFLICT (prompt_id) DO NOTHING`,
    );
    this.finishWrapUpRow = db.prepare("UPDATE wrap_ups SET status = 'posted', message_ts = ?, error = NULL, next_check_at = NULL WHERE prompt_id = ?");
    this.failWrapUpRow = db.prepare("UPDATE wrap_ups SET status = 'failed', message_ts = NULL, error = ?, next_check_at = ? WHERE prompt_id = ? AND status <> 'posted'");
    this.releaseWrapUpRow = db.prepare("DELETE FROM wrap_ups WHERE prompt_id = ? AND status <> 'posted'");
    this.selectWrapUp = db.prepare<[number], { prompt_id: number }>('SELECT prompt_id FROM wrap_ups WHERE prompt_id = ?');
    this.selectUnsettledWrapUps = db.prepare<[], UnsettledRow & { prompt_id: number; channel_id: string }>(
      `SELECT prompt_id, channel_id, status, attempts, next_check_at, created_at, error FROM wrap_ups
       WHERE status <> 'posted' AND gave_up_at IS NULL ORDER BY created_at, prompt_id`,
    );
    this.claimWrapUpRow = db.prepare(
      `UPDATE wrap_ups SET status = 'failed', attempts = attempts + 1, next_check_at = ?
       WHERE prompt_id = ? AND status <> 'posted' AND gave_up_at IS NULL AND attempts = ?`,
    );
    this.deferWrapUpRow = db.prepare("UPDATE wrap_ups SET next_check_at = ? WHERE prompt_id = ? AND status <> 'posted'");
    this.giveUpWrapUpRow = db.prepare("UPDATE wrap_ups SET gave_up_at = ? WHERE prompt_id = ? AND status <> 'posted' AND gave_up_at IS NULL");

    this.reserveDigestRow = db.prepare(
      `INSERT INTO digests (channel_id, week_start, status, created_at) VALUES (?, ?, 'reserved', ?)
       ON CONFLICT (channel_id, week_start) DO NOTHING`,
    );
    this.finishDigestRow = db.prepare(
      "UPDATE digests SET status = 'posted', message_ts = ?, error = NULL, next_check_at = NULL WHERE channel_id = ? AND week_start = ?",
    );
    this.failDigestRow = db.prepare(
      "UPDATE digests SET status = 'failed', message_ts = NULL, error = ?, next_check_at = ? WHERE channel_id = ? AND week_start = ? AND status <> 'posted'",
    );
    this.releaseDigestRow = db.prepare("DELETE FROM digests WHERE channel_id = ? AND week_start = ? AND status <> 'posted'");
    this.selectUnsettledDigests = db.prepare<[], UnsettledRow & { channel_id: string; week_start: string }>(
      `SELECT channel_id, week_start, status, attempts, next_check_at, created_at, error FROM digests
       WHERE status <> 'posted' AND gave_up_at IS NULL ORDER BY created_at, channel_id`,
    );
    this.claimDigestRow = db.prepare(
      `UPDATE digests SET status = 'failed', attempts = attempts + 1, next_check_at = ?
       WHERE channel_id = ? AND week_start = ? AND status <> 'posted' AND gave_up_at IS NULL AND attempts = ?`,
    );
    this.deferDigestRow = db.prepare("UPDATE digests SET next_check_at = ? WHERE channel_id = ? AND week_start = ? AND status <> 'posted'");
    this.giveUpDigestRow = db.prepare(
      "UPDATE digests SET gave_up_at = ? WHERE channel_id = ? AND week_start = ? AND status <> 'posted' AND gave_up_at IS NULL",
    );
  }

  /** Takes the prompt's wrap-up; false when it was already taken. */
  reserveWrapUp(promptId: number, channelId: string, reason: WrapUpReason, at: Date): boolean {
    return this.reserveWrapUpRow.run(promptId, channelId, reason, at.toISOString()).changes === 1;
  }

  hasWrapUp(promptId: number): boolean {
    return this.selectWrapUp.get(promptId) !== undefined;
  }

  /** Posted (or found in the thread): its message ts. */
  wrapUpPosted(promptId: number, messageTs: string): void {
    this.finishWrapUpRow.run(messageTs, promptId);
  }

  /** The outcome is unknown (a timeout): the row stays, so it is never posted twice; checked from `nextCheckAt`. */
  wrapUpFailed(promptId: number, error: string, nextCheckAt?: Date): void {
    this.failWrapUpRow.run(error, nextCheckAt?.toISOString() ?? null, promptId);
  }

  /** Slack refused: nothing was posted, a later run may try again. */
  releaseWrapUp(promptId: number): void {
    this.releaseWrapUpRow.run(promptId);
  }

  /** Wrap-ups whose post has no known ts and that are not given up, oldest first. */
  unsettledWrapUps(): UnsettledWrapUp[] {
    return this.selectUnsettledWrapUps.all().map((row) => ({ ...unsettled(row), promptId: row.prompt_id, channelId: row.channel_id }));
  }

  /**
   * Takes the next post of a wrap-up of unknown outcome: only when it still has `attempts` posts (so one process
   * wins). It becomes 'failed' with one more attempt, checked from `nextCheckAt` if that post's outcome is lost too.
   */
  claimWrapUpRetry(promptId: number, attempts: number, nextCheckAt: Date): boolean {
    return this.claimWrapUpRow.run(nextCheckAt.toISOString(), promptId, attempts).changes === 1;
  }

  /** Checked again from `nextCheckAt` (Slack could not be read). */
  deferWrapUpCheck(promptId: number, nextCheckAt: Date): void {
    this.deferWrapUpRow.run(nextCheckAt.toISOString(), promptId);
  }

  /** Not followed up any more; true only the first time (so the give-up is logged once). */
  giveUpWrapUp(promptId: number, at: Date): boolean {
    return this.giveUpWrapUpRow.run(at.toISOString(), promptId).changes === 1;
  }

  reserveDigest(channelId: string, weekStart: string, at: Date): boolean {
    return this.reserveDigestRow.run(channelId, weekStart, at.toISOString()).changes === 1;
  }

  digestPosted(channelId: string, weekStart: string, messageTs: string): void {
    this.finishDigestRow.run(messageTs, channelId, weekStart);
  }

  digestFailed(channelId: string, weekStart: string, error: string, nextCheckAt?: Date): void {
    this.failDigestRow.run(error, nextCheckAt?.toISOString() ?? null, channelId, weekStart);
  }

  releaseDigest(channelId: string, weekStart: string): void {
    this.releaseDigestRow.run(channelId, weekStart);
  }

  /** Digests whose post has no known ts and that are not given up, oldest first. */
  unsettledDigests(): UnsettledDigest[] {
    return this.selectUnsettledDigests.all().map((row) => ({ ...unsettled(row), channelId: row.channel_id, weekStart: row.week_start }));
  }

  /** See claimWrapUpRetry. */
  claimDigestRetry(channelId: string, weekStart: string, attempts: number, nextCheckAt: Date): boolean {
    return this.claimDigestRow.run(nextCheckAt.toISOString(), channelId, weekStart, attempts).changes === 1;
  }

  deferDigestCheck(channelId: string, weekStart: string, nextCheckAt: Date): void {
    this.deferDigestRow.run(nextCheckAt.toISOString(), channelId, weekStart);
  }

  giveUpDigest(channelId: string, weekStart: string, at: Date): boolean {
    return this.giveUpDigestRow.run(at.toISOString(), channelId, weekStart).changes === 1;
  }
}
