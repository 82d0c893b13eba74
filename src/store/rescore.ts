import type { Feedback, Level } from '../core/rubric/index.js';
import { readSlackText } from '../core/slack-text.js';
import type { Db } from './db.js';
import { storedFeedback } from './feedback.js';
import { keyOfAnswer } from './people.js';
import { FROM_SLACK_SQL } from './stories.js';

/** A stored answer whose current feedback came from an older rubric, with the text that was scored. */
export interface StaleScoring {
  feedbackId: number;
  answerId: number;
  principleId: string;
  questionId: string | null;
  /** The level the older rubric gave, to tell who leaves or reaches the bar. */
  level: Level;
  /** The words scored: a story with its follow-up answers, or a thread follow-up reply after its story. */
  text: string;
}

interface StaleRow {
  feedback_id: number;
  level: Level;
  answer_id: number;
  kind: 'thread' | 'practice';
  text: string;
  principle_id: string;
  question_id: string | null;
  parent_text: string | null;
  /** 1: the text is a Slack message's (markup and entities), read once before scoring as the live path does. */
  from_slack: number;
}

/**
 * Finds and rewrites the current feedback of answers scored by an older rubric (`lp-coach rescore`). Only each
 * answer's newest feedback row is rewritten, in place: it is what coverage, the App Home and digests read, and older
 * rows stay as the history of what the person saw.
 */
export class RescoreStore {
  private readonly selectStale;
  private readonly selectChildren;
  private readonly updateRow;
  private readonly countRows;

  constructor(private readonly db: Db) {
    const stale = `FROM feedback f
      JOIN answers a ON a.id = f.answer_id
      WHERE f.rubric_version < @version
        AND f.id = (SELECT MAX(id) FROM feedback WHERE answer_id = f.answer_id)`;
    this.selectStale = db.prepare<{ version: number; after: number; limit: number }, StaleRow>(
      `SELECT f.id AS feedback_id, f.level, a.id AS answer_id, a.kind, a.text, a.principle_id, a.question_id,
              ${FROM_SLACK_SQL} AS from_slack,
              (SELECT text FROM answers p WHERE p.id = a.parent_answer_id) AS parent_text
       ${stale} AND f.id > @after ORDER BY f.id LIMIT @limit`,
    );
    this.countRows = db.prepare<{ version: number; cap: number }, { n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 ${stale} LIMIT @cap)`);
    this.selectChildren = db.prepare<[number], { text: string }>('SELECT text FROM answers WHERE parent_answer_id = ? ORDER BY id');
    this.updateRow = db.prepare(
      `UPDATE feedback SET score = @score, level = @level, feedback_json = lp_seal(${keyOfAnswer('feedback.answer_id')}, @json),
         detected = @detected, rubric_version = @version WHERE id = @feedbackId`,
    );
  }

  /**
   * How many answers an older rubric scored, counting no further than `cap`: after a rubric upgrade that is every
   * answer, and counting a million of them took 9 s of start-up.
   */
  countStale(version: number, cap = Number.MAX_SAFE_INTEGER): number {
    return this.countRows.get({ version, cap })?.n ?? 0;
  }

  /** The next batch after feedback id `after`, oldest first. */
  staleBatch(version: number, after: number, limit: number): StaleScoring[] {
    return this.selectStale.all({ version, after, limit }).map((row) => ({
      feedbackId: row.feedback_id,
      answerId: row.answer_id,
      principleId: row.principle_id,
      questionId: row.question_id,
      level: row.level,
      text: this.scoredText(row),
    }));
  }

  /** Writes a batch of new results in one transaction. */
  update(results: ReadonlyArray<{ feedbackId: number; feedback: Feedback }>): void {
    this.db.transaction(() => {
      for (const { feedbackId, feedback } of results) {
        this.updateRow.run({ feedbackId, ...storedFeedback(feedback) });
      }
    })();
  }

  /**
   * The same words the app scored: see the thread-answer and practice services. A Slack message's text is read once
   * (readSlackText: `R&amp;D` is scored as "R&D"), a modal's is plain already.
   */
  private scoredText(row: StaleRow): string {
    const read = (text: string) => (row.from_slack === 1 ? readSlackText(text) : text);
    if (row.parent_text !== null) return read(`${row.parent_text}\n\n${row.text}`);
    if (row.kind === 'practice') return [row.text, ...this.selectChildren.all(row.answer_id).map((c) => c.text)].join('\n\n');
    return read(row.text);
  }
}
