import type { Db } from './db.js';
import { openFeedback, personOf } from './people.js';
import { rebuildTables, tablesNamingPeople } from './table-rebuild.js';
import { FROM_SLACK_SQL, readableText } from './stories.js';

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
  /** `/lp snooze`: the current snooze (null when none) and every period they were snoozed. */
  snooze?: { current: Record<string, unknown> | null; periods: Record<string, unknown>[] };
  /** Mock-loop pools joined, the people they chose never to be paired with, and the loops they were paired in. */
  mockLoops: {
    pools: Record<string, unknown>[];
    avoiding: Record<string, unknown>[];
    /** Principles they asked never to be interviewed on. */
    skipped: Record<string, unknown>[];
    /** The written mock they are taking in their DM (`/lp mock solo`), if any; its story is among the answers. */
    soloInProgress: Record<string, unknown> | null;
    pairings: Record<string, unknown>[];
    /** Scorecards about them, and those they wrote as interviewer. */
    scorecardsReceived: Record<string, unknown>[];
    scorecardsWritten: Record<string, unknown>[];
  };
}

/**
 * Privacy: one person's data, all of it, to export or delete. Deleting answers cascades (foreign keys) to their
 * feedback, votes received, follow-up replies, practice rounds and any other table hanging off an answer.
 *
 * Every table, and why forgetting covers it (or why it holds nothing of a person):
 * - answers (the view over answer_rows: person_id, sealed text and title): the person's stories, follow-up replies and
 *   practice rounds: deleted by person number. people (their Slack id and key): deleted last, then rebuilt.
 * - feedback (feedback_json quotes and paraphrases the answer): ON DELETE CASCADE from answers.
 * - followups (question quotes the story): ON DELETE CASCADE from answers (a reply's link is SET NULL, and the
 *   reply is the same person's answer, deleted too).
 * - votes: cast by the person (voter_person_id): deleted by person number; received on their stories: CASCADE.
 * - practice_rounds: CASCADE from answers.
 * - user_settings (user_id): deleted. personal_summaries (user_id, the weekly DM log): deleted.
 * - outbox (user_id, args: Slack calls owed to the person, e.g. feedback quoting the story): rows of their answers
 *   CASCADE, and the rest are deleted by user_id when the table exists (migration 007; checked once at construction,
 *   so this store also works on a schema without it).
 * - mock_pool, mock_avoid (either side: the person's choices, and others' choices naming them), mock_pair_members,
 *   mock_assignments and mock_scorecards (as candidate and as interviewer: their notes about others go too),
 *   mock_debriefs, mock_skips (principles they asked never to be interviewed on), mock_solo (the written mock they
 *   are taking in their DM): deleted by user id. mock_rounds and mock_pairs hold no user id (a pair's other members keep their history).
 * - user_reminders and nudges (user_id: whether and when to remind the person, the days a reminder went): deleted.
 * - pending_clips (user_id: clips waiting for their transcript) and spoken_practice_questions (practice questions
 *   asked out loud in their DM): deleted by user id. spoken_answers (how a clip was said): CASCADE from answers.
 * - user_snoozes and user_snooze_periods (user_id: the person's snooze and the days they were snoozed): deleted by
 *   user id. channel_holidays holds a channel's dates and the admin who added them (created_by): set to NULL.
 * - team_questions (created_by: who added a channel's own question): the question is the team's, not the person's,
 *   so it stays and created_by is set to NULL.
 * - channels, prompts, wrap_ups, digests, processed_events, schema_migrations: no user id and no person's text
 *   (channel settings, the app's own prompts, Slack ts and error codes, event ids).
 *
 * Deleted rows must not survive as bytes either (issue 10: a forgotten person's id was found 25 times in the file).
 * openDatabase turns on `secure_delete`, so SQLite zeroes the cells, index entries, overflow and freelist pages it
 * frees. That alone is not enough: when SQLite rebalances a b-tree it leaves copies of moved cells in the unused space
 * of pages, and interior index pages keep copies of keys; secure_delete never touches either
 * (test/unit/table-rebuild.test.ts shows both). Rebuilding the whole file (VACUUM) removed them but took 128 s at a
 * million answers. So (migration 020):
 * - stories, feedback, follow-ups and votes name the person only by number, and what the person wrote is sealed with
 *   their key in `people` (src/store/sealing.ts): stale copies there are a number that names nobody and bytes nobody
 *   can open once the key is gone;
 * - after the deletion, `forget` rebuilds `people` and every small table that holds Slack user ids on fresh pages
 *   (table-rebuild.ts: the old pages are freed, so zeroed), then a TRUNCATE checkpoint empties the WAL of old frames;
 * - a file written before secure_delete was on, or before sealing, is VACUUMed once when migration 020 runs.
 */
export class PrivacyStore {
  private readonly forgetAll;
  private readonly count;
  private readonly select;
  private readonly rebuild;

  constructor(private readonly db: Db) {
    // Read once: the schema is settled by the migrations before any store is built.
    const naming = tablesNamingPeople(db);
    this.rebuild = db.transaction(() => rebuildTables(db, naming));
    const me = personOf('@userId');
    const mine = `SELECT id FROM answer_rows WHERE person_id = ${me}`;
    this.count = {
      answers: db.prepare<[{ userId: string }], { n: number }>('SELECT COUNT(*) AS n FROM answers WHERE user_id = @userId'),
      feedback: db.prepare<[{ userId: string }], { n: number }>(`SELECT COUNT(*) AS n FROM feedback WHERE answer_id IN (${mine})`),
      votesCast: db.prepare<[{ userId: string }], { n: number }>(`SELECT COUNT(*) AS n FROM votes WHERE voter_person_id = ${me}`),
      votesReceived: db.prepare<[{ userId: string }], { n: number }>(
        `SELECT COUNT(*) AS n FROM votes WHERE answer_id IN (${mine}) AND voter_person_id IS NOT ${me}`,
      ),
      practiceRounds: db.prepare<[{ userId: string }], { n: number }>(`SELECT COUNT(*) AS n FROM practice_rounds WHERE answer_id IN (${mine})`),
      settings: db.prepare<[{ userId: string }], { n: number }>('SELECT COUNT(*) AS n FROM user_settings WHERE user_id = @userId'),
    };
    const deleteVotesCast = db.prepare(`DELETE FROM votes WHERE voter_person_id = ${me}`);
    // Follow-up replies first (children), then stories; each cascades to its feedback, votes and practice round.
    const deleteReplies = db.prepare(`DELETE FROM answer_rows WHERE person_id = ${me} AND parent_answer_id IS NOT NULL`);
    const deleteAnswers = db.prepare(`DELETE FROM answer_rows WHERE person_id = ${me}`);
    // Last: the person's number and key (the key is what still opens stale copies of their sealed text).
    const deletePerson = db.prepare('DELETE FROM people WHERE user_id = @userId');
    const deleteSettings = db.prepare('DELETE FROM user_settings WHERE user_id = @userId');
    // The log of weekly summaries sent to the person goes too (it is not counted: it is delivery bookkeeping).
    const deleteSummaries = db.prepare('DELETE FROM personal_summaries WHERE user_id = @userId');
    // Slack calls still owed to the person (their feedback, DMs): nothing is sent to someone who asked to be forgotten.
    const deleteOutbox = db.prepare('DELETE FROM outbox WHERE user_id = @userId');
    // The channel keeps its questions; only who added them goes (team_questions, migration 17).
    const forgetQuestionAuthor = db.prepare('UPDATE team_questions SET created_by = NULL WHERE created_by = @userId');
    const deleteMock = [
      db.prepare('DELETE FROM mock_pool WHERE user_id = @userId'),
      db.prepare('DELETE FROM mock_avoid WHERE user_id = @userId OR avoided_id = @userId'),
      db.prepare('DELETE FROM mock_pair_members WHERE user_id = @userId'),
      // Packets and scorecards about the person, and the ones they wrote about others (their notes go with them).
      db.prepare('DELETE FROM mock_assignments WHERE interviewer_id = @userId OR candidate_id = @userId'),
      db.prepare('DELETE FROM mock_scorecards WHERE interviewer_id = @userId OR candidate_id = @userId'),
      db.prepare('DELETE FROM mock_debriefs WHERE candidate_id = @userId'),
      db.prepare('DELETE FROM mock_skips WHERE user_id = @userId'),
      db.prepare('DELETE FROM mock_solo WHERE user_id = @userId'),
      db.prepare('DELETE FROM pending_clips WHERE user_id = @userId'),
      db.prepare('DELETE FROM spoken_practice_questions WHERE user_id = @userId'),
      db.prepare('DELETE FROM user_reminders WHERE user_id = @userId'),
      db.prepare('DELETE FROM nudges WHERE user_id = @userId'),
      // Their snooze and its history (`/lp snooze`); holidays they added stay the channel's, without their name.
      db.prepare('DELETE FROM user_snoozes WHERE user_id = @userId'),
      db.prepare('DELETE FROM user_snooze_periods WHERE user_id = @userId'),
      db.prepare('UPDATE channel_holidays SET created_by = NULL WHERE created_by = @userId'),
    ];
    this.forgetAll = db.transaction((userId: string): ForgetCounts => {
      const counts = this.counts(userId);
      deleteVotesCast.run({ userId });
      deleteReplies.run({ userId });
      deleteAnswers.run({ userId });
      deleteSettings.run({ userId });
      deleteSummaries.run({ userId });
      deleteOutbox.run({ userId });
      for (const statement of deleteMock) statement.run({ userId });
      forgetQuestionAuthor.run({ userId });
      deletePerson.run({ userId });
      return counts;
    });
    this.select = {
      settings: db.prepare<[string], Record<string, unknown>>('SELECT * FROM user_settings WHERE user_id = ?'),
      answers: db.prepare<[string], Record<string, unknown> & { text: string; from_slack: number }>(
        `SELECT a.*, ${FROM_SLACK_SQL} AS from_slack FROM answers a WHERE a.user_id = ? ORDER BY a.created_at, a.id`,
      ),
      feedback: db.prepare<[number], Record<string, unknown>>(
        `SELECT f.id, f.score, f.level, ${openFeedback('f')} AS feedback_json, f.created_at FROM feedback f WHERE f.answer_id = ? ORDER BY f.id`,
      ),
      votesReceived: db.prepare<[number], Record<string, unknown>>('SELECT created_at FROM votes WHERE answer_id = ? ORDER BY id'),
      spoken: db.prepare<[number], { file_id: string; duration_ms: number; words_per_minute: number | null; delivery_json: string }>(
        'SELECT file_id, duration_ms, words_per_minute, delivery_json FROM spoken_answers WHERE answer_id = ?',
      ),
      votesCast: db.prepare<[string], Record<string, unknown>>(`SELECT answer_id, prompt_id, created_at FROM votes WHERE voter_person_id = ${personOf()} ORDER BY id`),
      practiceRounds: db.prepare<[string], Record<string, unknown>>(
        'SELECT r.* FROM practice_rounds r JOIN answers a ON a.id = r.answer_id WHERE a.user_id = ? ORDER BY r.answer_id',
      ),
      mockPools: db.prepare<[string], Record<string, unknown>>('SELECT channel_id, note, target_date, joined_at FROM mock_pool WHERE user_id = ? ORDER BY joined_at'),
      mockSkipped: db.prepare<[string], Record<string, unknown>>('SELECT principle_id, created_at FROM mock_skips WHERE user_id = ? ORDER BY principle_id'),
      mockSolo: db.prepare<[string], Record<string, unknown>>('SELECT principle_id, question_id, answer_id, asked, started_at FROM mock_solo WHERE user_id = ?'),
      mockAvoiding: db.prepare<[string], Record<string, unknown>>('SELECT avoided_id, created_at FROM mock_avoid WHERE user_id = ? ORDER BY created_at'),
      mockPairings: db.prepare<[string], Record<string, unknown>>(
        `SELECT r.channel_id, r.week_start, p.status,
           (SELECT group_concat(o.user_id) FROM mock_pair_members o WHERE o.pair_id = p.id AND o.user_id <> m.user_id) AS paired_with
         FROM mock_pair_members m JOIN mock_pairs p ON p.id = m.pair_id JOIN mock_rounds r ON r.id = p.round_id
         WHERE m.user_id = ? ORDER BY r.week_start`,
      ),
      mockScorecardsReceived: db.prepare<[string], Record<string, unknown>>(
        'SELECT pair_id, interviewer_id, principle_id, rating, strong, missing, note, story_title, submitted_at FROM mock_scorecards WHERE candidate_id = ? ORDER BY submitted_at',
      ),
      mockScorecardsWritten: db.prepare<[string], Record<string, unknown>>(
        'SELECT pair_id, candidate_id, principle_id, rating, strong, missing, note, story_title, submitted_at FROM mock_scorecards WHERE interviewer_id = ? ORDER BY submitted_at',
      ),
      snooze: db.prepare<[string], Record<string, unknown>>('SELECT until_date, created_at FROM user_snoozes WHERE user_id = ?'),
      snoozePeriods: db.prepare<[string], Record<string, unknown>>('SELECT from_date, to_date FROM user_snooze_periods WHERE user_id = ? ORDER BY from_date'),
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

  /**
   * Deletes everything stored about the person in one transaction and says how much there was, then makes sure no
   * byte of it stays in the file or its WAL (see the class comment).
   */
  forget(userId: string): ForgetCounts {
    const counts = this.forgetAll(userId);
    this.scrubFile();
    return counts;
  }

  /**
   * Leaves no readable copy of deleted rows in the file or the WAL (see the class comment): the tables that hold Slack
   * user ids, `people` with its keys among them, are rebuilt in one transaction, then a TRUNCATE checkpoint writes the
   * pages back and empties the WAL. When another connection is reading, the checkpoint cannot finish; the next one (at
   * the latest at close) does. A failing rebuild (disk full, a lock held past busy_timeout) rolls back and is thrown
   * after the checkpoint: the rows are gone and zeroed either way, but it must be seen.
   */
  private scrubFile(): void {
    try {
      this.rebuild();
    } finally {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
  }

  /**
   * The person's own data. Votes received carry no voter: who voted is the voter's data, not theirs. An answer's text
   * is what the person wrote as they see it: for a story told in Slack, Slack's markup read once (`R&D`, not
   * `R&amp;D`; a mention as "@name"), as the rubric read it.
   */
  export(userId: string): PersonalData {
    return {
      userId,
      settings: this.select.settings.get(userId) ?? null,
      answers: this.select.answers.all(userId).map(({ from_slack, person_id, ...answer }) => {
        const id = answer.id as number;
        return {
          ...answer,
          text: readableText(answer.text, from_slack === 1),
          feedback: this.select.feedback.all(id).map(({ feedback_json, ...row }) => ({ ...row, feedback: parseJson(feedback_json) })),
          votes_received: this.select.votesReceived.all(id),
          ...spokenPart(this.select.spoken.get(id)),
        };
      }),
      votesCast: this.select.votesCast.all(userId),
      practiceRounds: this.select.practiceRounds.all(userId),
      weeklySummariesSent: this.select.summaries.all(userId),
      snooze: { current: this.select.snooze.get(userId) ?? null, periods: this.select.snoozePeriods.all(userId) },
      mockLoops: {
        pools: this.select.mockPools.all(userId),
        avoiding: this.select.mockAvoiding.all(userId),
        skipped: this.select.mockSkipped.all(userId),
        soloInProgress: this.select.mockSolo.get(userId) ?? null,
        pairings: this.select.mockPairings.all(userId),
        scorecardsReceived: this.select.mockScorecardsReceived.all(userId),
        scorecardsWritten: this.select.mockScorecardsWritten.all(userId),
      },
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

/** A story told in a clip: the clip's id and how it was said (the audio itself was never stored). */
function spokenPart(row: { file_id: string; duration_ms: number; words_per_minute: number | null; delivery_json: string } | undefined): Record<string, unknown> {
  if (row === undefined) return {};
  return { spoken: { clip_file_id: row.file_id, duration_ms: row.duration_ms, words_per_minute: row.words_per_minute, delivery: parseJson(row.delivery_json) } };
}
