import type { Db } from './db.js';
import { personOf, personRecorder } from './people.js';

/** What happened to a reaction that would be a vote. */
export type VoteOutcome = 'counted' | 'duplicate' | 'capped';

export interface NewVote {
  answerId: number;
  voterId: string;
  promptId: number | null;
  /** Counted votes a voter may have per prompt (LP_VOTES_PER_PROMPT). */
  cap: number;
  at: Date;
}

/**
 * Peer votes (table `votes`; the voter by person number, migration 020). One vote per voter per answer is the
 * UNIQUE (answer_id, voter_person_id) constraint; the per-prompt cap is checked and the vote written in one
 * transaction, so two reactions arriving together cannot both slip under it.
 */
export class VoteStore {
  private readonly insertRow;
  private readonly selectExisting;
  private readonly countForPrompt;
  private readonly deleteRow;
  private readonly countVoters;
  private readonly castVote;
  private readonly countVotersSince;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO votes (answer_id, voter_person_id, prompt_id, created_at) VALUES (?, ${personOf()}, ?, ?)
       ON CONFLICT (answer_id, voter_person_id) DO NOTHING`,
    );
    this.selectExisting = db.prepare<[number, string], { id: number }>(`SELECT id FROM votes WHERE answer_id = ? AND voter_person_id = ${personOf()}`);
    this.countForPrompt = db.prepare<[number, string], { n: number }>(`SELECT COUNT(*) AS n FROM votes WHERE prompt_id = ? AND voter_person_id = ${personOf()}`);
    this.deleteRow = db.prepare(`DELETE FROM votes WHERE answer_id = ? AND voter_person_id = ${personOf()}`);
    this.countVoters = db.prepare<[number], { n: number }>('SELECT COUNT(DISTINCT voter_person_id) AS n FROM votes WHERE prompt_id = ?');
    this.countVotersSince = db.prepare<[string, string], { n: number }>(
      `SELECT COUNT(DISTINCT v.voter_person_id) AS n FROM votes v JOIN answer_rows a ON a.id = v.answer_id
       WHERE a.channel_id = ? AND v.created_at >= ?`,
    );
    const recordPerson = personRecorder(db);
    this.castVote = db.transaction((vote: NewVote): VoteOutcome => {
      recordPerson(vote.voterId);
      if (this.selectExisting.get(vote.answerId, vote.voterId) !== undefined) return 'duplicate';
      if (vote.promptId !== null && (this.countForPrompt.get(vote.promptId, vote.voterId)?.n ?? 0) >= vote.cap) return 'capped';
      const result = this.insertRow.run(vote.answerId, vote.voterId, vote.promptId, vote.at.toISOString());
      return result.changes === 1 ? 'counted' : 'duplicate';
    });
  }

  cast(vote: NewVote): VoteOutcome {
    return this.castVote.immediate(vote);
  }

  /** The reaction was removed; false when it was never counted (a self-vote, over the cap). */
  remove(answerId: number, voterId: string): boolean {
    return this.deleteRow.run(answerId, voterId).changes === 1;
  }

  /** How many people voted in a prompt's thread. */
  votersOfPrompt(promptId: number): number {
    return this.countVoters.get(promptId)?.n ?? 0;
  }

  /** How many people voted in the channel since `since`. */
  votersSince(channelId: string, since: Date): number {
    return this.countVotersSince.get(channelId, since.toISOString())?.n ?? 0;
  }
}
