import type { Db } from './db.js';

export type WrapUpReason = 'next-prompt' | 'close-time';

/**
 * Wrap-ups (table `wrap_ups`, one per prompt) and weekly digests (table `digests`, one per channel and week). Like
 * the daily prompt, a row is reserved before Slack is called, so a second tick, a restart or another process finds it
 * taken and posts nothing.
 */
export class SummaryStore {
  private readonly reserveWrapUpRow;
  private readonly finishWrapUpRow;
  private readonly releaseWrapUpRow;
  private readonly selectWrapUp;
  private readonly reserveDigestRow;
  private readonly finishDigestRow;
  private readonly releaseDigestRow;

  constructor(db: Db) {
    this.reserveWrapUpRow = db.prepare(
      `INSERT INTO wrap_ups (prompt_id, channel_id, reason, status, created_at) VALUES (?, ?, ?, 'reserved', ?)
       ON CONFLICT (prompt_id) DO NOTHING`,
    );
    this.finishWrapUpRow = db.prepare('UPDATE wrap_ups SET status = ?, message_ts = ?, error = ? WHERE prompt_id = ?');
    this.releaseWrapUpRow = db.prepare('DELETE FROM wrap_ups WHERE prompt_id = ?');
    this.selectWrapUp = db.prepare<[number], { prompt_id: number }>('SELECT prompt_id FROM wrap_ups WHERE prompt_id = ?');
    this.reserveDigestRow = db.prepare(
      `INSERT INTO digests (channel_id, week_start, status, created_at) VALUES (?, ?, 'reserved', ?)
       ON CONFLICT (channel_id, week_start) DO NOTHING`,
    );
    this.finishDigestRow = db.prepare('UPDATE digests SET status = ?, message_ts = ?, error = ? WHERE channel_id = ? AND week_start = ?');
    this.releaseDigestRow = db.prepare('DELETE FROM digests WHERE channel_id = ? AND week_start = ?');
  }

  /** Takes the prompt's wrap-up; false when it was already taken. */
  reserveWrapUp(promptId: number, channelId: string, reason: WrapUpReason, at: Date): boolean {
    return this.reserveWrapUpRow.run(promptId, channelId, reason, at.toISOString()).changes === 1;
  }

  hasWrapUp(promptId: number): boolean {
    return this.selectWrapUp.get(promptId) !== undefined;
  }

  wrapUpPosted(promptId: number, messageTs: string): void {
    this.finishWrapUpRow.run('posted', messageTs, null, promptId);
  }

  /** The outcome is unknown (a timeout): the row stays, so it is never posted twice. */
  wrapUpFailed(promptId: number, error: string): void {
    this.finishWrapUpRow.run('failed', null, error, promptId);
  }

  /** Slack refused: nothing was posted, a later run may try again. */
  releaseWrapUp(promptId: number): void {
    this.releaseWrapUpRow.run(promptId);
  }

  reserveDigest(channelId: string, weekStart: string, at: Date): boolean {
    return this.reserveDigestRow.run(channelId, weekStart, at.toISOString()).changes === 1;
  }

  digestPosted(channelId: string, weekStart: string, messageTs: string): void {
    this.finishDigestRow.run('posted', messageTs, null, channelId, weekStart);
  }

  digestFailed(channelId: string, weekStart: string, error: string): void {
    this.finishDigestRow.run('failed', null, error, channelId, weekStart);
  }

  releaseDigest(channelId: string, weekStart: string): void {
    this.releaseDigestRow.run(channelId, weekStart);
  }
}
