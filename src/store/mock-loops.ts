import type { PacketAssignment, Rating } from '../core/mock/packet.js';
import { pairKey } from '../core/mock/pairing.js';
import type { VerifiedStory } from '../core/mock/verified.js';
import type { PrincipleId } from '../core/principles.js';
import type { CriterionId } from '../core/rubric/criteria/types.js';
import type { Db } from './db.js';

export interface PoolMember {
  userId: string;
  note: string | null;
  targetDate: string | null;
}

export interface MockPair {
  id: number;
  channelId: string;
  weekStart: string;
  members: string[];
  status: 'pending' | 'sent' | 'met' | 'skipped' | 'failed';
  attempts: number;
  dmChannel: string | null;
  messageTs: string | null;
  updatedAt: string;
}

/** One week's group, and what each of its interviewers asks their candidate about. */
export interface NewGroup {
  members: readonly string[];
  assignments: readonly (PacketAssignment & { interviewerId: string; candidateId: string })[];
}

/** What an interviewer asks in a pair: the candidate and the principles, in order. */
export interface InterviewerPacket {
  pair: MockPair;
  candidateId: string;
  assignments: PacketAssignment[];
}

export interface Scorecard {
  pairId: number;
  interviewerId: string;
  candidateId: string;
  principleId: PrincipleId;
  rating: Rating;
  strong: CriterionId[];
  missing: CriterionId[];
  note: string | null;
  storyTitle: string | null;
  submittedAt: string;
  /** The written story the candidate said this loop's story is (their story bank), if any. */
  attachedAnswerId?: number | null;
}

interface ScorecardRow {
  pair_id: number;
  interviewer_id: string;
  candidate_id: string;
  principle_id: string;
  rating: Rating;
  strong: string;
  missing: string;
  note: string | null;
  story_title: string | null;
  submitted_at: string;
  attached_answer_id: number | null;
}

const toScorecard = (row: ScorecardRow): Scorecard => ({
  pairId: row.pair_id,
  interviewerId: row.interviewer_id,
  candidateId: row.candidate_id,
  principleId: row.principle_id as PrincipleId,
  rating: row.rating,
  strong: JSON.parse(row.strong) as CriterionId[],
  missing: JSON.parse(row.missing) as CriterionId[],
  note: row.note,
  storyTitle: row.story_title,
  submittedAt: row.submitted_at,
  attachedAnswerId: row.attached_answer_id,
});

/** A candidate whose debrief can go out: every scorecard is in, or the first is older than the wait. */
export interface DueDebrief {
  pairId: number;
  candidateId: string;
  attempts: number;
  updatedAt: string | null;
  /** Scorecards about the candidate in the pair now. */
  cards: number;
  /** Scorecards the debrief already sent held: more than 0 makes this an update with the ones that came in late. */
  sentCards: number;
  /** The earlier debrief went out and a scorecard came in since: the update still has to be reserved. */
  reopen: boolean;
}

interface PairRow {
  id: number;
  channel_id: string;
  week_start: string;
  members: string;
  status: MockPair['status'];
  attempts: number;
  dm_channel: string | null;
  message_ts: string | null;
  updated_at: string;
}

const toPair = (row: PairRow): MockPair => ({
  id: row.id,
  channelId: row.channel_id,
  weekStart: row.week_start,
  members: row.members.split(',').sort(),
  status: row.status,
  attempts: row.attempts,
  dmChannel: row.dm_channel,
  messageTs: row.message_ts,
  updatedAt: row.updated_at,
});

const PAIRS = `SELECT p.id, r.channel_id, r.week_start, p.status, p.attempts, p.dm_channel, p.message_ts, p.updated_at,
    (SELECT group_concat(m.user_id) FROM mock_pair_members m WHERE m.pair_id = p.id) AS members
  FROM mock_pairs p JOIN mock_rounds r ON r.id = p.round_id`;

/** Mock-loop pools, avoid choices and weekly pairings (migration 012). */
export class MockLoopStore {
  private readonly upsertMember;
  private readonly deleteMember;
  private readonly selectMember;
  private readonly selectPool;
  private readonly selectPoolsOf;
  private readonly insertAvoid;
  private readonly selectAvoids;
  private readonly selectHistory;
  private readonly insertRound;
  private readonly insertPair;
  private readonly insertPairMember;
  private readonly selectPair;
  private readonly selectPending;
  private readonly selectRound;
  private readonly reserveSend;
  private readonly updateSent;
  private readonly updateStatus;
  private readonly updateFailed;
  private readonly claimWeek;
  private readonly insertAssignment;
  private readonly selectAssignments;
  private readonly upsertScorecard;
  private readonly selectScorecards;
  private readonly selectDueDebriefs;
  private readonly insertDebrief;
  private readonly retakeDebrief;
  private readonly reopenDebrief;
  private readonly insertSkip;
  private readonly deleteSkip;
  private readonly selectSkips;
  private readonly updateDebrief;
  private readonly selectWeekCounts;
  private readonly selectPairsOf;
  private readonly selectCountsSince;
  private readonly selectVerified;
  private readonly updateAttached;

  constructor(db: Db) {
    this.upsertMember = db.prepare(
      `INSERT INTO mock_pool (channel_id, user_id, note, target_date, joined_at) VALUES (@channelId, @userId, @note, @targetDate, @at)
       ON CONFLICT (channel_id, user_id) DO UPDATE SET note = excluded.note, target_date = excluded.target_date`,
    );
    this.deleteMember = db.prepare('DELETE FROM mock_pool WHERE channel_id = ? AND user_id = ?');
    this.selectMember = db.prepare<[string, string], { note: string | null; target_date: string | null }>(
      'SELECT note, target_date FROM mock_pool WHERE channel_id = ? AND user_id = ?',
    );
    this.selectPool = db.prepare<[string], { user_id: string; note: string | null; target_date: string | null }>(
      'SELECT user_id, note, target_date FROM mock_pool WHERE channel_id = ? ORDER BY joined_at, user_id',
    );
    this.selectPoolsOf = db.prepare<[string], { channel_id: string }>('SELECT channel_id FROM mock_pool WHERE user_id = ? ORDER BY joined_at');
    this.insertAvoid = db.prepare('INSERT OR IGNORE INTO mock_avoid (user_id, avoided_id, created_at) VALUES (?, ?, ?)');
    this.selectAvoids = db.prepare<[], { user_id: string; avoided_id: string }>('SELECT user_id, avoided_id FROM mock_avoid');
    // Every pair of people grouped together in the channel, with the latest week they were.
    this.selectHistory = db.prepare<[string], { a: string; b: string; week: string }>(
      `SELECT m1.user_id AS a, m2.user_id AS b, MAX(r.week_start) AS week
       FROM mock_rounds r JOIN mock_pairs p ON p.round_id = r.id
         JOIN mock_pair_members m1 ON m1.pair_id = p.id JOIN mock_pair_members m2 ON m2.pair_id = p.id AND m2.user_id > m1.user_id
       WHERE r.channel_id = ? GROUP BY m1.user_id, m2.user_id`,
    );
    this.insertRound = db.prepare('INSERT INTO mock_rounds (channel_id, week_start, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    this.insertPair = db.prepare('INSERT INTO mock_pairs (round_id, updated_at) VALUES (?, ?)');
    this.insertPairMember = db.prepare('INSERT INTO mock_pair_members (pair_id, user_id) VALUES (?, ?)');
    this.selectPair = db.prepare<[number], PairRow>(`${PAIRS} WHERE p.id = ?`);
    this.selectPending = db.prepare<[], PairRow>(`${PAIRS} WHERE p.status = 'pending' ORDER BY p.id`);
    this.selectRound = db.prepare<[string, string], { id: number }>('SELECT id FROM mock_rounds WHERE channel_id = ? AND week_start = ?');
    this.reserveSend = db.prepare(
      `UPDATE mock_pairs SET attempts = attempts + 1, updated_at = @at
       WHERE id = @id AND status = 'pending' AND attempts = @attempts`,
    );
    this.updateSent = db.prepare(`UPDATE mock_pairs SET status = 'sent', dm_channel = ?, message_ts = ?, error = NULL, updated_at = ? WHERE id = ?`);
    this.updateStatus = db.prepare(`UPDATE mock_pairs SET status = ?, updated_at = ? WHERE id = ? AND status IN ('sent', 'met', 'skipped')`);
    this.updateFailed = db.prepare(
      `UPDATE mock_pairs SET status = @status, attempts = attempts - @refund, error = @error, updated_at = @at WHERE id = @id AND status = 'pending'`,
    );
    this.insertAssignment = db.prepare(
      `INSERT INTO mock_assignments (pair_id, interviewer_id, candidate_id, position, principle_id, question_id)
       VALUES (@pairId, @interviewerId, @candidateId, @position, @principleId, @questionId)`,
    );
    this.selectAssignments = db.prepare<[number, string], { candidate_id: string; principle_id: string; question_id: string }>(
      'SELECT candidate_id, principle_id, question_id FROM mock_assignments WHERE pair_id = ? AND interviewer_id = ? ORDER BY position',
    );
    this.upsertScorecard = db.prepare(
      `INSERT INTO mock_scorecards (pair_id, interviewer_id, candidate_id, principle_id, rating, strong, missing, note, story_title, submitted_at, updated_at)
       VALUES (@pairId, @interviewerId, @candidateId, @principleId, @rating, @strong, @missing, @note, @storyTitle, @at, @at)
       ON CONFLICT (pair_id, interviewer_id, principle_id) DO UPDATE SET rating = excluded.rating, strong = excluded.strong,
         missing = excluded.missing, note = excluded.note, story_title = excluded.story_title, updated_at = excluded.updated_at`,
    );
    const scorecards = (who: string) =>
      db.prepare<[number, string], ScorecardRow>(
        `SELECT s.* FROM mock_scorecards s JOIN mock_assignments a ON a.pair_id = s.pair_id AND a.interviewer_id = s.interviewer_id
           AND a.principle_id = s.principle_id
         WHERE s.pair_id = ? AND s.${who} = ? ORDER BY s.interviewer_id, a.position`,
      );
    this.selectScorecards = { candidate: scorecards('candidate_id'), interviewer: scorecards('interviewer_id') };
    // Per candidate of a pair: assignments, scorecards in, the first one's time, and the debrief's reservation.
    // Read every minute: only the loops of recent weeks (rounds, then their pairs and assignments by index), not every
    // assignment ever made.
    // A debrief already sent is owed again when a scorecard came in after it (the 48-hour one went out first).
    this.selectDueDebriefs = db.prepare<
      [string, string],
      { pair_id: number; candidate_id: string; attempts: number | null; updated_at: string | null; status: string | null; cards: number; sent_cards: number | null }
    >(
      `SELECT a.pair_id, a.candidate_id, d.attempts, d.updated_at, d.status, COUNT(s.pair_id) AS cards, d.sent_cards
       FROM mock_rounds r JOIN mock_pairs p ON p.round_id = r.id JOIN mock_assignments a ON a.pair_id = p.id
         LEFT JOIN mock_scorecards s ON s.pair_id = a.pair_id AND s.interviewer_id = a.interviewer_id AND s.principle_id = a.principle_id
         LEFT JOIN mock_debriefs d ON d.pair_id = a.pair_id AND d.candidate_id = a.candidate_id
       WHERE r.week_start >= ? AND (d.status IS NULL OR d.status IN ('reserved', 'sent'))
       GROUP BY a.pair_id, a.candidate_id
       HAVING COUNT(s.pair_id) > 0 AND (COUNT(s.pair_id) = COUNT(*) OR MIN(s.submitted_at) <= ?)
         AND (d.status IS NOT 'sent' OR COUNT(s.pair_id) > d.sent_cards)
       ORDER BY a.pair_id, a.candidate_id`,
    );
    this.insertDebrief = db.prepare(
      `INSERT INTO mock_debriefs (pair_id, candidate_id, status, updated_at) VALUES (?, ?, 'reserved', ?) ON CONFLICT DO NOTHING`,
    );
    this.reopenDebrief = db.prepare(
      `UPDATE mock_debriefs SET status = 'reserved', attempts = 1, error = NULL, updated_at = ?
       WHERE pair_id = ? AND candidate_id = ? AND status = 'sent' AND sent_cards = ?`,
    );
    this.retakeDebrief = db.prepare(
      `UPDATE mock_debriefs SET attempts = attempts + 1, updated_at = ? WHERE pair_id = ? AND candidate_id = ? AND status = 'reserved' AND attempts = ?`,
    );
    this.updateDebrief = db.prepare(
      `UPDATE mock_debriefs SET status = @status, attempts = attempts - @refund, error = @error, updated_at = @at,
         sent_cards = CASE WHEN @status = 'sent' THEN @cards ELSE sent_cards END
       WHERE pair_id = @pairId AND candidate_id = @candidateId AND status = 'reserved'`,
    );
    // A channel's loops, for one week (the digest) or from a week on (`/lp mock`). Held: marked "We met", or a
    // scorecard was sent (people who met but never pressed the button).
    const loopCounts = (weeks: string) =>
      `SELECT COUNT(*) AS paired,
         COALESCE(SUM(p.status = 'met' OR EXISTS (SELECT 1 FROM mock_scorecards s WHERE s.pair_id = p.id)), 0) AS held,
         COALESCE(SUM((SELECT COUNT(*) FROM mock_scorecards s WHERE s.pair_id = p.id)), 0) AS scorecards
       FROM mock_rounds r JOIN mock_pairs p ON p.round_id = r.id WHERE r.channel_id = ? AND ${weeks}`;
    this.selectWeekCounts = db.prepare<[string, string], { paired: number; held: number }>(loopCounts('r.week_start = ?'));
    this.selectCountsSince = db.prepare<[string, string], { paired: number; held: number; scorecards: number }>(loopCounts('r.week_start >= ?'));
    this.selectPairsOf = db.prepare<[string, number], PairRow>(
      `${PAIRS} JOIN mock_pair_members me ON me.pair_id = p.id WHERE me.user_id = ? ORDER BY r.week_start DESC, p.id DESC LIMIT ?`,
    );
    // Read with every coverage report (the Home, `/lp coverage`): the candidate's scorecards only, by index. The
    // ratings are those ratingPasses accepts.
    this.selectVerified = db.prepare<[string], { principle_id: string; attached_answer_id: number | null }>(
      `SELECT principle_id, attached_answer_id FROM mock_scorecards
       WHERE candidate_id = ? AND rating IN ('strongly-inclined', 'inclined') ORDER BY pair_id, principle_id`,
    );
    // Only the candidate's own story, of the same principle, may be attached.
    this.updateAttached = db.prepare(
      `UPDATE mock_scorecards SET attached_answer_id = @answerId
       WHERE pair_id = @pairId AND candidate_id = @candidateId AND principle_id = @principleId
         AND (@answerId IS NULL OR EXISTS (SELECT 1 FROM answers a WHERE a.id = @answerId AND a.user_id = @candidateId
           AND a.principle_id = @principleId AND a.parent_answer_id IS NULL))`,
    );
    this.insertSkip = db.prepare('INSERT INTO mock_skips (user_id, principle_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    this.deleteSkip = db.prepare('DELETE FROM mock_skips WHERE user_id = ? AND principle_id = ?');
    this.selectSkips = db.prepare<[string], { principle_id: string }>('SELECT principle_id FROM mock_skips WHERE user_id = ? ORDER BY principle_id');
    this.claimWeek = db.transaction((channelId: string, weekStart: string, groups: readonly NewGroup[], at: string): boolean => {
      if (this.insertRound.run(channelId, weekStart, at).changes !== 1) return false;
      const round = this.selectRound.get(channelId, weekStart) as { id: number };
      for (const group of groups) {
        const pairId = Number(this.insertPair.run(round.id, at).lastInsertRowid);
        for (const userId of group.members) this.insertPairMember.run(pairId, userId);
        const positions = new Map<string, number>();
        for (const assignment of group.assignments) {
          const position = (positions.get(assignment.interviewerId) ?? 0) + 1;
          positions.set(assignment.interviewerId, position);
          this.insertAssignment.run({ pairId, position, ...assignment });
        }
      }
      return true;
    });
  }

  /** Joins the channel's pool, or updates the note and date of someone already in it. */
  join(channelId: string, userId: string, details: { note: string | null; targetDate: string | null }, at: Date): void {
    this.upsertMember.run({ channelId, userId, note: details.note, targetDate: details.targetDate, at: at.toISOString() });
  }

  /** False when the person was not in the pool. */
  leave(channelId: string, userId: string): boolean {
    return this.deleteMember.run(channelId, userId).changes === 1;
  }

  member(channelId: string, userId: string): PoolMember | undefined {
    const row = this.selectMember.get(channelId, userId);
    return row === undefined ? undefined : { userId, note: row.note, targetDate: row.target_date };
  }

  pool(channelId: string): PoolMember[] {
    return this.selectPool.all(channelId).map((row) => ({ userId: row.user_id, note: row.note, targetDate: row.target_date }));
  }

  /** The channels whose pool the person is in, first joined first. */
  poolsOf(userId: string): string[] {
    return this.selectPoolsOf.all(userId).map((row) => row.channel_id);
  }

  avoid(userId: string, avoidedId: string, at: Date): void {
    this.insertAvoid.run(userId, avoidedId, at.toISOString());
  }

  /** Every avoided pair, as `pairKey`s: who asked stays private, the pairing only needs the pair. */
  avoidedPairs(): Set<string> {
    return new Set(this.selectAvoids.all().map((row) => pairKey(row.user_id, row.avoided_id)));
  }

  /** `pairKey` -> the latest week (as a sortable number of days) the two were grouped in the channel. */
  lastMet(channelId: string): Map<string, number> {
    return new Map(this.selectHistory.all(channelId).map((row) => [pairKey(row.a, row.b), Date.parse(row.week) / 86_400_000]));
  }

  /**
   * Records the week's groups unless the week was claimed already (another tick, another process, before a restart):
   * true only for the one caller that claimed it.
   */
  claimRound(channelId: string, weekStart: string, groups: readonly NewGroup[], at: Date): boolean {
    return this.claimWeek.immediate(channelId, weekStart, groups, at.toISOString());
  }

  hasRound(channelId: string, weekStart: string): boolean {
    return this.selectRound.get(channelId, weekStart) !== undefined;
  }

  pair(id: number): MockPair | undefined {
    const row = this.selectPair.get(id);
    return row === undefined ? undefined : toPair(row);
  }

  /** Pairs whose group DM is still owed. */
  pendingPairs(): MockPair[] {
    return this.selectPending.all().map(toPair);
  }

  /** Takes the right to start the pair's group DM; false when someone else took it since `attempts` was read. */
  reserve(pair: MockPair, at: Date): boolean {
    return this.reserveSend.run({ id: pair.id, attempts: pair.attempts, at: at.toISOString() }).changes === 1;
  }

  markSent(id: number, dmChannel: string, messageTs: string, at: Date): void {
    this.updateSent.run(dmChannel, messageTs, at.toISOString(), id);
  }

  /**
   * A send that did not land: given up ('give-up'), tried again later ('retry': it may have been posted, so it
   * counts), or tried again without counting ('refund': Slack refused it, nothing was posted).
   */
  markNotSent(id: number, next: 'give-up' | 'retry' | 'refund', error: string, at: Date): void {
    const status = next === 'give-up' ? 'failed' : 'pending';
    this.updateFailed.run({ id, status, refund: next === 'refund' ? 1 : 0, error, at: at.toISOString() });
  }

  /** What `interviewerId` asks in the pair, or undefined when they interview nobody in it. */
  packetOf(pairId: number, interviewerId: string): InterviewerPacket | undefined {
    const pair = this.pair(pairId);
    const rows = this.selectAssignments.all(pairId, interviewerId);
    const [first] = rows;
    if (pair === undefined || first === undefined) return undefined;
    return {
      pair,
      candidateId: first.candidate_id,
      assignments: rows.map((row) => ({ principleId: row.principle_id as PrincipleId, questionId: row.question_id })),
    };
  }

  /** The person's most recent pairing (the week they interview in now). */
  latestPairOf(userId: string): MockPair | undefined {
    return this.pairsOf(userId, 1)[0];
  }

  /** Adds the interviewer's scorecard for one principle, or edits the one they sent before. */
  saveScorecard(card: Omit<Scorecard, 'submittedAt'>, at: Date): void {
    this.upsertScorecard.run({
      ...card,
      strong: JSON.stringify(card.strong),
      missing: JSON.stringify(card.missing),
      at: at.toISOString(),
    });
  }

  /** A pair's scorecards about the person (`candidate`: their debrief) or written by them (`interviewer`: to edit). */
  scorecards(pairId: number, userId: string, as: 'candidate' | 'interviewer'): Scorecard[] {
    return this.selectScorecards[as].all(pairId, userId).map(toScorecard);
  }

  /**
   * Debriefs that can go out, among loops of weeks from `loopsSince` ('YYYY-MM-DD') on: all of the candidate's
   * scorecards are in, or the first was sent before `waitedSince`.
   */
  dueDebriefs(loopsSince: string, waitedSince: Date): DueDebrief[] {
    return this.selectDueDebriefs
      .all(loopsSince, waitedSince.toISOString())
      .map((row) => {
        const reopen = row.status === 'sent';
        return {
          pairId: row.pair_id,
          candidateId: row.candidate_id,
          attempts: reopen ? 0 : (row.attempts ?? 0),
          updatedAt: reopen ? null : row.updated_at,
          cards: row.cards,
          sentCards: row.sent_cards ?? 0,
          reopen,
        };
      });
  }

  /** Takes the right to send a debrief; false when another tick or process took it since `due` was read. */
  reserveDebrief(due: DueDebrief, at: Date): boolean {
    const when = at.toISOString();
    if (due.reopen) return this.reopenDebrief.run(when, due.pairId, due.candidateId, due.sentCards).changes === 1;
    if (due.updatedAt === null) return this.insertDebrief.run(due.pairId, due.candidateId, when).changes === 1;
    return this.retakeDebrief.run(when, due.pairId, due.candidateId, due.attempts).changes === 1;
  }

  /** As markNotSent, for a debrief; 'sent' when it went out, holding `due.cards` scorecards. */
  settleDebrief(due: Pick<DueDebrief, 'pairId' | 'candidateId' | 'cards'>, next: 'sent' | 'give-up' | 'retry' | 'refund', error: string | null, at: Date): void {
    const status = next === 'sent' ? 'sent' : next === 'give-up' ? 'failed' : 'reserved';
    const { pairId, candidateId, cards } = due;
    this.updateDebrief.run({ pairId, candidateId, status, cards, refund: next === 'refund' ? 1 : 0, error, at: at.toISOString() });
  }

  /** `/lp mock skip`: the principle is never chosen for the person's packet. */
  skip(userId: string, principleId: PrincipleId, at: Date): void {
    this.insertSkip.run(userId, principleId, at.toISOString());
  }

  /** False when the principle was not skipped. */
  unskip(userId: string, principleId: PrincipleId): boolean {
    return this.deleteSkip.run(userId, principleId).changes === 1;
  }

  skipsOf(userId: string): PrincipleId[] {
    return this.selectSkips.all(userId).map((row) => row.principle_id as PrincipleId);
  }

  /** A channel's loops in a week: groups paired, and groups that met. Undefined when the week was not paired. */
  weekCounts(channelId: string, weekStart: string): { paired: number; held: number } | undefined {
    const row = this.selectWeekCounts.get(channelId, weekStart);
    return row === undefined || row.paired === 0 ? undefined : { paired: row.paired, held: row.held };
  }

  /** A channel's loops from the week of `sinceWeek` on: groups paired, groups that met, scorecards sent. Counts only. */
  countsSince(channelId: string, sinceWeek: string): { paired: number; held: number; scorecards: number } {
    return this.selectCountsSince.get(channelId, sinceWeek) ?? { paired: 0, held: 0, scorecards: 0 };
  }

  /** The person's pairings, newest first. */
  pairsOf(userId: string, limit: number): MockPair[] {
    return this.selectPairsOf.all(userId, limit).map(toPair);
  }

  /** The candidate's loop stories rated Inclined or better: "verified out loud" in their coverage. */
  verifiedStories(candidateId: string): VerifiedStory[] {
    return this.selectVerified.all(candidateId).map((row) => ({ principleId: row.principle_id as PrincipleId, attachedAnswerId: row.attached_answer_id }));
  }

  /** Says which written story the loop's story was (null: none); false unless it is the candidate's, same principle. */
  attachStory(target: { pairId: number; candidateId: string; principleId: PrincipleId }, answerId: number | null): boolean {
    return this.updateAttached.run({ ...target, answerId }).changes > 0;
  }

  /** "We met" / "Skip this week"; false when the pair's DM was never sent. */
  setOutcome(id: number, status: 'met' | 'skipped', at: Date): boolean {
    return this.updateStatus.run(status, at.toISOString(), id).changes === 1;
  }
}
