import type { Db } from './db.js';

/** What `/lp forget-me` deleted, table by table. */
export interface ForgetCounts {
  /** Stories and follow-up replies. */
  answers: number;
  feedback: number;
  votesCast: number;
  /** Votes others gave the person's stories. */
  votesReceived: number;
  practiceRounds: number;
  /** 1 when the person had saved settings. */
  settings: number;
}

/** Everything stored about one person, for `/lp export --all`. */
export interface PersonalData {
  userId: string;
  settings: Record<string, unknown> | null;
  answers: (Record<string, unknown> & { feedback: Record<string, unknown>[]; votes_received: Record<string, unknown>[] })[];
  votesCast: Record<string, unknown>[];
  practiceRounds: Record<string, unknown>[];
  weeklySummariesSent: Record<string, unknown>[];
}

/**
 * Privacy: one person's data, all of it, to export or delete. Deleting answers cascades (foreign keys) to their
 * feedback, votes received, follow-up replies, practice rounds and any other table hanging off an answer.
 */
export class PrivacyStore {
  private readonly forgetAll;
  private readonly count;
  private readonly select;

  constructor(private readonly db: Db) {
    const mine = 'SELECT id FROM answers WHERE user_id = @userId';
    this.count = {
      answers: db.prepare<[{ userId: string }], { n: number }>('SELECT COUNT(*) AS n FROM answers WHERE user_id = @userId'),
      feedback: db.prepare<[{ userId: string }], { n: number }>(`SELECT COUNT(*) AS n FROM feedback WHERE answer_id IN (${mine})`),
      votesCast: db.prepare<[{ userId: string }], { n: number }>('SELECT COUNT(*) AS n FROM votes WHERE voter_id = @userId'),
      votesReceived: db.prepare<[{ userId: string }], { n: number }>(
        `SELECT COUNT(*) AS n FROM votes WHERE answer_id IN (${mine}) AND voter_id <> @userId`,
      ),
      practiceRounds: db.prepare<[{ userId: string }], { n: number }>(`SELECT COUNT(*) AS n FROM practice_rounds WHERE answer_id IN (${mine})`),
      settings: db.prepare<[{ userId: string }], { n: number }>('SELECT COUNT(*) AS n FROM user_settings WHERE user_id = @userId'),
    };
    const deleteVotesCast = db.prepare('DELETE FROM votes WHERE voter_id = @userId');
    // Follow-up replies first (children), then stories; each cascades to its feedback, votes and practice round.
    const deleteReplies = db.prepare('DELETE FROM answers WHERE user_id = @userId AND parent_answer_id IS NOT NULL');
    const deleteAnswers = db.prepare('DELETE FROM answers WHERE user_id = @userId');
    const deleteSettings = db.prepare('DELETE FROM user_settings WHERE user_id = @userId');
    // The log of weekly summaries sent to the person goes too (it is not counted: it is delivery bookkeeping).
    const deleteSummaries = db.prepare('DELETE FROM personal_summaries WHERE user_id = @userId');
    this.forgetAll = db.transaction((userId: string): ForgetCounts => {
      const counts = this.counts(userId);
      deleteVotesCast.run({ userId });
      deleteReplies.run({ userId });
      deleteAnswers.run({ userId });
      deleteSettings.run({ userId });
      deleteSummaries.run({ userId });
      return counts;
    });
    this.select = {
      settings: db.prepare<[string], Record<string, unknown>>('SELECT * FROM user_settings WHERE user_id = ?'),
      answers: db.prepare<[string], Record<string, unknown>>('SELECT * FROM answers WHERE user_id = ? ORDER BY created_at, id'),
      feedback: db.prepare<[number], Record<string, unknown>>(
        'SELECT id, score, level, feedback_json, created_at FROM feedback WHERE answer_id = ? ORDER BY id',
      ),
      votesReceived: db.prepare<[number], Record<string, unknown>>('SELECT created_at FROM votes WHERE answer_id = ? ORDER BY id'),
      votesCast: db.prepare<[string], Record<string, unknown>>('SELECT answer_id, prompt_id, created_at FROM votes WHERE voter_id = ? ORDER BY id'),
      practiceRounds: db.prepare<[string], Record<string, unknown>>(
        'SELECT r.* FROM practice_rounds r JOIN answers a ON a.id = r.answer_id WHERE a.user_id = ? ORDER BY r.answer_id',
      ),
      summaries: db.prepare<[string], Record<string, unknown>>(
        'SELECT week_start, status, created_at FROM personal_summaries WHERE user_id = ? ORDER BY week_start',
      ),
    };
  }

  counts(userId: string): ForgetCounts {
    const n = (statement: { get(params: { userId: string }): { n: number } | undefined }) => statement.get({ userId })?.n ?? 0;
    return {
      answers: n(this.count.answers),
      feedback: n(this.count.feedback),
      votesCast: n(this.count.votesCast),
      votesReceived: n(this.count.votesReceived),
      practiceRounds: n(this.count.practiceRounds),
      settings: n(this.count.settings),
    };
  }

  /** Deletes everything stored about the person in one transaction and says how much there was. */
  forget(userId: string): ForgetCounts {
    return this.forgetAll(userId);
  }

  /** The person's own data. Votes received carry no voter: who voted is the voter's data, not theirs. */
  export(userId: string): PersonalData {
    return {
      userId,
      settings: this.select.settings.get(userId) ?? null,
      answers: this.select.answers.all(userId).map((answer) => {
        const id = answer.id as number;
        return {
          ...answer,
          feedback: this.select.feedback.all(id).map(({ feedback_json, ...row }) => ({ ...row, feedback: parseJson(feedback_json) })),
          votes_received: this.select.votesReceived.all(id),
        };
      }),
      votesCast: this.select.votesCast.all(userId),
      practiceRounds: this.select.practiceRounds.all(userId),
      weeklySummariesSent: this.select.summaries.all(userId),
    };
  }
}

function parseJson(value: unknown): unknown {
  try {
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return value;
  }
}
