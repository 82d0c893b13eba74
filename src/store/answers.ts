import type { PrincipleId } from '../core/principles.js';
import { situationOf, titleOfStory } from '../core/story-title.js';
import type { Db } from './db.js';
import { keyOfAnswer, keyOfUser, openFeedback, personOf, personRecorder } from './people.js';
import { FROM_SLACK_SQL, readableText } from './stories.js';

export type AnswerKind = 'thread' | 'practice';

export interface NewAnswer {
  userId: string;
  principleId: PrincipleId;
  text: string;
  kind: AnswerKind;
  promptId?: number | null;
  channelId?: string | null;
  messageTs?: string | null;
  threadTs?: string | null;
  questionId?: string | null;
  /** Set for a reply that answers a follow-up to an earlier story. */
  parentAnswerId?: number | null;
  at: Date;
}

/** A stored answer as the thread features read it. */
export interface AnswerRecord {
  id: number;
  userId: string;
  promptId: number | null;
  channelId: string | null;
  messageTs: string | null;
  threadTs: string | null;
  principleId: PrincipleId;
  questionId: string | null;
  text: string;
  kind: AnswerKind;
  parentAnswerId: number | null;
  createdAt: string;
  updatedAt: string;
}

interface AnswerRow {
  id: number;
  user_id: string;
  prompt_id: number | null;
  channel_id: string | null;
  message_ts: string | null;
  thread_ts: string | null;
  principle_id: string;
  question_id: string | null;
  text: string;
  kind: AnswerKind;
  parent_answer_id: number | null;
  created_at: string;
  updated_at: string;
}

function toAnswer(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    userId: row.user_id,
    promptId: row.prompt_id,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    threadTs: row.thread_ts,
    principleId: row.principle_id as PrincipleId,
    questionId: row.question_id,
    text: row.text,
    kind: row.kind,
    parentAnswerId: row.parent_answer_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A top-level story with its votes and current score, for wrap-ups, digests and leaderboards. */
export interface RankedStory {
  answerId: number;
  userId: string;
  channelId: string;
  messageTs: string;
  principleId: PrincipleId;
  createdAt: string;
  votes: number;
  /** The latest rubric score; null when it was never scored. */
  score: number | null;
  /** The latest Feedback JSON (validated by the reader). */
  feedbackJson: string | null;
  /** The story's title (its author's, else drawn from its situation; see titleOfStory), not escaped. */
  title: string;
}

type RankedRow = Omit<RankedStory, 'title'> & { customTitle: string | null; text: string; fromSlack: number };

function toRanked({ customTitle, text, fromSlack, ...story }: RankedRow): RankedStory {
  return { ...story, title: titleOfStory({ title: customTitle, text: readableText(text, fromSlack === 1), situation: situationOf(story.feedbackJson) }) };
}

/** What `/lp me` shows. */
export interface UserAnswerSummary {
  stories: number;
  averageScore: number | null;
  votesReceived: number;
}

/** Stories people told (view `answers` over `answer_rows`, migration 020). The thread and practice features grow this store. */
export class AnswerStore {
  private readonly insertRow;
  private readonly insertThreadRow;
  private readonly selectByMessage;
  private readonly selectById;
  private readonly updateTextRow;
  private readonly deleteById;
  private readonly detachRow;
  private readonly selectLatestScoredByUser;
  private readonly selectUnscored;
  private readonly selectStoriesOfPrompt;
  private readonly selectTopStories;
  private readonly selectSummary;
  private readonly selectAnsweredDates;
  private readonly selectAuthorsSince;
  private readonly selectTopContributors;
  private readonly recordPerson;

  constructor(db: Db) {
    this.recordPerson = personRecorder(db);
    const insert = `INSERT INTO answer_rows (person_id, prompt_id, channel_id, message_ts, thread_ts, principle_id, question_id, text, kind,
         parent_answer_id, created_at, updated_at)
       VALUES (${personOf('@userId')}, @promptId, @channelId, @messageTs, @threadTs, @principleId, @questionId,
         lp_seal(${keyOfUser('@userId')}, @text), @kind, @parentAnswerId, @at, @at)`;
    this.insertRow = db.prepare(insert);
    this.insertThreadRow = db.prepare(`${insert} ON CONFLICT (channel_id, message_ts) DO NOTHING`);
    this.selectByMessage = db.prepare<[string, string], AnswerRow>('SELECT * FROM answers WHERE channel_id = ? AND message_ts = ?');
    this.selectById = db.prepare<[number], AnswerRow>('SELECT * FROM answers WHERE id = ?');
    this.updateTextRow = db.prepare(`UPDATE answer_rows SET text = lp_seal(${keyOfAnswer('@id')}, @text), updated_at = @at WHERE id = @id`);
    this.deleteById = db.prepare('DELETE FROM answer_rows WHERE id = ?');
    this.detachRow = db.prepare('UPDATE answer_rows SET parent_answer_id = NULL WHERE id = ? AND parent_answer_id IS NOT NULL');
    // unscored_answers (migration 011, kept by triggers) holds the ids of such answers, so start-up reads a handful of
    // rows instead of scanning every answer (CROSS JOIN keeps that table outermost); the conditions stay, so the
    // answer is the same either way.
    this.selectUnscored = db.prepare<[], AnswerRow>(
      `SELECT a.* FROM unscored_answers u CROSS JOIN answers a ON a.id = u.answer_id WHERE a.kind = 'thread' AND a.message_ts IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id) ORDER BY a.id`,
    );
    // Stories only: a follow-up reply's feedback judges the story with the reply (for the follow-up note); the story's
    // current score stays its own newest feedback, as in `/lp stories`, the Home and every list.
    this.selectLatestScoredByUser = db.prepare<[string], AnswerRow>(
      `SELECT a.* FROM answers a WHERE a.user_id = ? AND a.parent_answer_id IS NULL AND EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id)
       ORDER BY (SELECT MAX(f.id) FROM feedback f WHERE f.answer_id = a.id) DESC LIMIT 1`,
    );
    // A story: a top-level thread answer (follow-up replies belong to their story and are not voted on).
    const story = `SELECT a.id AS answerId, a.user_id AS userId, a.channel_id AS channelId, a.message_ts AS messageTs,
         a.principle_id AS principleId, a.created_at AS createdAt,
         (SELECT COUNT(*) FROM votes v WHERE v.answer_id = a.id) AS votes,
         (SELECT f.score FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1) AS score,
         (SELECT ${openFeedback('f')} FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1) AS feedbackJson,
         a.title AS customTitle, a.text AS text, ${FROM_SLACK_SQL} AS fromSlack
       FROM answers a WHERE a.kind = 'thread' AND a.parent_answer_id IS NULL AND a.message_ts IS NOT NULL`;
    this.selectStoriesOfPrompt = db.prepare<[number], RankedRow>(`${story} AND a.prompt_id = ? ORDER BY a.created_at, a.id`);
    // Ranked on votes and score alone (both from indexes), then the few shown are read whole: ranking every story of
    // the period with its text and feedback JSON cost a page of JSON per story (a busy channel has thousands).
    this.selectTopStories = db.prepare<[string, string, number], RankedRow>(
      `SELECT * FROM (${story} AND a.id IN (
         SELECT id FROM (
           SELECT a.id, a.created_at,
             (SELECT COUNT(*) FROM votes v WHERE v.answer_id = a.id) AS votes,
             (SELECT f.score FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1) AS score
           FROM answers a WHERE a.kind = 'thread' AND a.parent_answer_id IS NULL AND a.message_ts IS NOT NULL
             AND a.channel_id = ? AND a.created_at >= ?)
         WHERE votes > 0 ORDER BY votes DESC, score DESC, created_at, id LIMIT ?))
       ORDER BY votes DESC, score DESC, createdAt, answerId`,
    );
    this.selectSummary = db.prepare<[string, string], { stories: number; averageScore: number | null; votesReceived: number }>(
      `SELECT COUNT(*) AS stories,
         AVG((SELECT f.score FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1)) AS averageScore,
         (SELECT COUNT(*) FROM votes v JOIN answers b ON b.id = v.answer_id WHERE b.user_id = ?) AS votesReceived
       FROM answers a WHERE a.user_id = ? AND a.parent_answer_id IS NULL`,
    );
    // The dates alone (pluck): no row object per date.
    this.selectAnsweredDates = db
      .prepare<[string, string], string>(
        `SELECT DISTINCT p.local_date FROM answers a JOIN prompts p ON p.id = a.prompt_id
         WHERE a.channel_id = ? AND a.user_id = ? AND a.parent_answer_id IS NULL`,
      )
      .pluck();
    this.selectAuthorsSince = db.prepare<[string, string], { user_id: string; answers: number }>(
      `SELECT user_id, COUNT(*) AS answers FROM answers
       WHERE channel_id = ? AND kind = 'thread' AND parent_answer_id IS NULL AND created_at >= ?
       GROUP BY user_id ORDER BY answers DESC, user_id`,
    );
    this.selectTopContributors = db.prepare<[string, string, number], { userId: string; votes: number; stories: number }>(
      `SELECT a.user_id AS userId, COUNT(v.id) AS votes, COUNT(DISTINCT a.id) AS stories
       FROM answers a LEFT JOIN votes v ON v.answer_id = a.id
       WHERE a.channel_id = ? AND a.kind = 'thread' AND a.parent_answer_id IS NULL AND a.created_at >= ?
       GROUP BY a.user_id HAVING COUNT(v.id) > 0 ORDER BY votes DESC, stories DESC, a.user_id LIMIT ?`,
    );
  }

  /** Stores an answer and returns its id. */
  insert(answer: NewAnswer): number {
    this.recordPerson(answer.userId);
    return Number(this.insertRow.run(answerParameters(answer)).lastInsertRowid);
  }

  /**
   * Stores a thread answer unless its message is stored already: the UNIQUE (channel_id, message_ts) makes a
   * redelivered or concurrent duplicate a no-op. Returns the new id, or undefined for a duplicate.
   */
  insertIfNew(answer: NewAnswer): number | undefined {
    this.recordPerson(answer.userId);
    const result = this.insertThreadRow.run(answerParameters(answer));
    return result.changes === 1 ? Number(result.lastInsertRowid) : undefined;
  }

  findByMessage(channelId: string, messageTs: string): AnswerRecord | undefined {
    const row = this.selectByMessage.get(channelId, messageTs);
    return row === undefined ? undefined : toAnswer(row);
  }

  byId(id: number): AnswerRecord | undefined {
    const row = this.selectById.get(id);
    return row === undefined ? undefined : toAnswer(row);
  }

  /** An edit: the text changes in place; its feedback history stays (the next scoring is added to it). */
  updateText(id: number, text: string, at: Date): void {
    this.updateTextRow.run({ text, at: at.toISOString(), id });
  }

  /** Removes the answer with its feedback, votes, follow-up and follow-up replies (ON DELETE CASCADE). */
  delete(id: number): void {
    this.deleteById.run(id);
  }

  /** A follow-up reply becomes a story of its own ("This is a new story"); false when it is one already. */
  detachFromStory(id: number): boolean {
    return this.detachRow.run(id).changes === 1;
  }

  /** Thread answers stored but never scored (the process stopped in between), oldest first. */
  unscoredThreadAnswers(): AnswerRecord[] {
    return this.selectUnscored.all().map(toAnswer);
  }

  /** The person's most recently scored story (thread or practice; follow-up replies are part of their story), for `/lp feedback`. */
  latestScoredByUser(userId: string): AnswerRecord | undefined {
    const row = this.selectLatestScoredByUser.get(userId);
    return row === undefined ? undefined : toAnswer(row);
  }

  /** Every story told in a prompt's thread, oldest first. */
  storiesOfPrompt(promptId: number): RankedStory[] {
    return this.selectStoriesOfPrompt.all(promptId).map(toRanked);
  }

  /** Stories with at least one vote in the channel since `since`: most votes first, then higher score, then earlier. */
  topStories(channelId: string, since: Date, limit: number): RankedStory[] {
    return this.selectTopStories.all(channelId, since.toISOString(), limit).map(toRanked);
  }

  /** Stories told (follow-up replies excluded), their average current score and the votes they received. */
  summaryOf(userId: string): UserAnswerSummary {
    const row = this.selectSummary.get(userId, userId);
    return { stories: row?.stories ?? 0, averageScore: row?.averageScore ?? null, votesReceived: row?.votesReceived ?? 0 };
  }

  /** Channel-local dates of the prompts the person answered in the channel (for streaks). */
  answeredPromptDates(channelId: string, userId: string): Set<string> {
    return new Set(this.selectAnsweredDates.all(channelId, userId));
  }

  /** Who told stories in the channel's threads since `since`, most stories first. */
  authorsSince(channelId: string, since: Date): { userId: string; answers: number }[] {
    return this.selectAuthorsSince.all(channelId, since.toISOString()).map((row) => ({ userId: row.user_id, answers: row.answers }));
  }

  /** People whose stories in the channel since `since` received the most votes. */
  topContributors(channelId: string, since: Date, limit: number): { userId: string; votes: number; stories: number }[] {
    return this.selectTopContributors.all(channelId, since.toISOString(), limit);
  }
}

/** The named parameters of both INSERT statements. */
function answerParameters(answer: NewAnswer) {
  return {
    userId: answer.userId,
    promptId: answer.promptId ?? null,
    channelId: answer.channelId ?? null,
    messageTs: answer.messageTs ?? null,
    threadTs: answer.threadTs ?? null,
    principleId: answer.principleId,
    questionId: answer.questionId ?? null,
    text: answer.text,
    kind: answer.kind,
    parentAnswerId: answer.parentAnswerId ?? null,
    at: answer.at.toISOString(),
  };
}
